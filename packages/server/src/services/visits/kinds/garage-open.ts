import type { Visit, VisitEvent } from '@threshold/core';
import type { VisitRow } from '../../../store/schema-visits.js';
import { findVisitRow } from '../../../store/visits-repo.js';
import type { Outcome } from '../../failure.js';
import { capabilityGrant } from '../capability.js';
import type { VisitDeps } from '../deps.js';
import { devicesByRole } from '../door-devices.js';
import { applyVisitEvent, parseVisit } from '../runner.js';
import type { UnlockOutcome } from '../unlock.js';
import { waitForBus, waitForRecording } from '../waits.js';

// The courier's "open" at a garage (docs/access-points.md "Garage"): the camera first when the customer wants one
// (the indoor rule), then `garage.open`, and the answer once the opener reports the door open (or the wait ends).

const OPEN_WAIT_MS = 10_000;

async function outcome(deps: VisitDeps, visitId: string, extra: Partial<UnlockOutcome> = {}): Promise<UnlockOutcome> {
  const row = (await findVisitRow(deps.db, visitId))!;
  const visit = parseVisit(row);
  const unlocked = visit.state === 'garage_open' || 'openedAtMs' in visit;
  return { row, visit, unlocked, lockUnreachable: false, fallback: null, ...extra };
}

/** Applies `event` and waits until the visit leaves `from` (the opener answered, or the machine gave up). */
async function stepAndWait(deps: VisitDeps, row: VisitRow, event: VisitEvent, from: Visit['state'], waitMs: number) {
  const moved = waitForBus(deps.bus, 'home.visit', (p) => p.visitId === row.id && p.state !== from, waitMs);
  const applied = await applyVisitEvent(deps, row.id, event, row);
  if (!applied.ok) {
    moved.cancel();
    return applied;
  }
  const sent = await applied.value.commands;
  const open = sent.find((s) => s.type === 'garage.open');
  if (open && !open.result.ok) {
    moved.cancel();
    return { ok: true as const, value: { unreachable: open.result.error !== 'rejected' } };
  }
  if (applied.value.visit.state === from) await moved.promise;
  return { ok: true as const, value: { unreachable: false } };
}

export async function openGarage(deps: VisitDeps, row: VisitRow): Promise<Outcome<UnlockOutcome>> {
  const visit = parseVisit(row);
  const waitMs = deps.waits?.unlockMs ?? OPEN_WAIT_MS;
  if (visit.cameraRequired === false) {
    const done = await stepAndWait(deps, row, { type: 'unlock_requested' }, 'garage_opening', waitMs);
    if (!done.ok) return done;
    return { ok: true, value: await outcome(deps, row.id, { lockUnreachable: done.value.unreachable }) };
  }
  const cameraId = (await devicesByRole(deps.db, row.access_point_id)).get('camera') ?? null;
  const recording = waitForRecording(deps, cameraId, row.id);
  const requested = await applyVisitEvent(deps, row.id, { type: 'unlock_requested' }, row);
  if (!requested.ok) {
    recording.cancel();
    return requested;
  }
  if ((await recording.promise) === null) {
    // No confirmation, no opening: the visit fails as indoors and the door never moves.
    await applyVisitEvent(deps, row.id, {
      type: 'recording_failed',
      detail: 'The camera did not confirm it is recording',
    });
    return { ok: true, value: await outcome(deps, row.id) };
  }
  // The garage takes no capability (docs/decisions.md); the event carries one because its type is shared.
  const confirmed = { type: 'recording_confirmed' as const, capability: capabilityGrant(deps) };
  const done = await stepAndWait(deps, requested.value.saved, confirmed, 'garage_opening', waitMs);
  if (!done.ok) return done.error.code === 'conflict' ? { ok: true, value: await outcome(deps, row.id) } : done;
  return { ok: true, value: await outcome(deps, row.id, { lockUnreachable: done.value.unreachable }) };
}
