import {
  BOLT_OPEN_STATES,
  type Check,
  decideFallback,
  type FallbackDecision,
  type Visit,
  type VisitEvent,
  type VisitState,
  visitAccess,
} from '@threshold/core';
import type { Principal } from '../../policy.js';
import type { VisitRow } from '../../store/schema-visits.js';
import { findVisitRow } from '../../store/visits-repo.js';
import type { Outcome } from '../failure.js';
import { loadPreferences } from '../preferences.js';
import { visitForCourier } from './access.js';
import { capabilityGrant } from './capability.js';
import type { VisitDeps } from './deps.js';
import { doorDevices } from './door-devices.js';
import type { SentCommand } from './effects.js';
import { openCarBoot } from './kinds/car-unlock.js';
import { openGarage } from './kinds/garage-open.js';
import { applyVisitEvent, parseVisit } from './runner.js';
import { visitMoved, type Waiting, waitForConfirmation } from './waits.js';

// "Open the door" (DESIGN.md "Visits"): the camera is told to record and must confirm with its signed
// `recording: started` before any capability exists; only then is the unlock sent to the lock.

export interface UnlockOutcome {
  row: VisitRow;
  visit: Visit;
  unlocked: boolean;
  /** The lock did not answer the unlock: the courier's phone may present a capability (POST …/capability). */
  lockUnreachable: boolean;
  /** Set when the door will not open: what to do with the parcel instead. */
  fallback: FallbackDecision | null;
}

const NOT_RECORDING = 'The camera did not confirm it is recording';

async function outcome(deps: VisitDeps, visitId: string, extra: Partial<UnlockOutcome>): Promise<UnlockOutcome> {
  const row = (await findVisitRow(deps.db, visitId))!;
  const visit = parseVisit(row);
  const unlocked = BOLT_OPEN_STATES.includes(visit.state) || 'unlockedAtMs' in visit;
  return { row, visit, unlocked, lockUnreachable: false, fallback: null, ...extra };
}

/** The camera never confirmed: the visit fails (no capability was issued) and the customer's fallback applies. */
async function cameraFailed(deps: VisitDeps, row: VisitRow): Promise<UnlockOutcome> {
  await applyVisitEvent(deps, row.id, { type: 'recording_failed', detail: NOT_RECORDING }, row);
  const prefs = await loadPreferences(deps.db, row.home_id);
  const failed: Check = { name: 'devices_ready', passed: false, reason: NOT_RECORDING, evidence: {} };
  return outcome(deps, row.id, { fallback: decideFallback(prefs.fallback, [failed], { lockerAvailable: false }) });
}

export async function requestUnlock(
  deps: VisitDeps,
  principal: Principal,
  visitId: string,
): Promise<Outcome<UnlockOutcome>> {
  const found = await visitForCourier(deps.db, principal, visitId);
  if (!found.ok) return found;
  const row = found.value;
  // Each access kind opens its own way (docs/access-points.md); what follows is the door's.
  if (visitAccess(parseVisit(row)) === 'garage') return openGarage(deps, row);
  if (visitAccess(parseVisit(row)) === 'car') return openCarBoot(deps, row);
  // A building entrance with no camera is opened at once, unrecorded (core kinds/entrance.ts).
  if (parseVisit(row).cameraRequired === false) return unlockUnrecorded(deps, row);
  const { cameraId } = await doorDevices(deps.db, row.access_point_id);
  const recording = waitForConfirmation(deps, cameraId, visitId);
  const requested = await applyVisitEvent(deps, visitId, { type: 'unlock_requested' }, row);
  if (!requested.ok) {
    recording.cancel();
    return requested;
  }
  const confirmed = await recording.promise;
  if (confirmed === null) {
    // The camera's message may have moved the visit just as the wait ran out: then it did confirm.
    const current = (await findVisitRow(deps.db, visitId))!;
    const moved = current.state === 'recording' || BOLT_OPEN_STATES.includes(current.state as VisitState);
    if (moved) return afterHeard(deps, visitId, visitMoved(deps, visitId), current);
    return { ok: true, value: await cameraFailed(deps, current) };
  }
  // Moved by the transaction that accepted the camera's message on this node: the commit sent the unlock.
  if (confirmed.by === 'here') return lockAnswered(deps, visitId, confirmed.commands, confirmed.moved);
  return afterHeard(deps, visitId, confirmed.moved);
}

/**
 * The bus carried the camera's confirmation: the node that accepted it moved the visit (and sent the unlock), or
 * did not (it does not move visits in the accept, or the visit was not awaiting it there); the visit says which.
 */
async function afterHeard(
  deps: VisitDeps,
  visitId: string,
  moved: Waiting<unknown>,
  current?: VisitRow,
): Promise<Outcome<UnlockOutcome>> {
  const row = current ?? (await findVisitRow(deps.db, visitId))!;
  if (row.state === 'verified') {
    moved.cancel();
    return confirmAndUnlock(deps, row);
  }
  if (row.state !== 'recording') {
    moved.cancel();
    return { ok: true, value: await outcome(deps, visitId, {}) };
  }
  // The lock's answer went to the node that sent the unlock: a visit still waiting for the bolt when the wait ends
  // is one the lock did not answer in time, as far as this node can tell.
  const answered = await moved.promise;
  return { ok: true, value: await outcome(deps, visitId, { lockUnreachable: answered === null }) };
}

function unlockUnrecorded(deps: VisitDeps, row: VisitRow): Promise<Outcome<UnlockOutcome>> {
  return sendUnlock(deps, row, { type: 'unlock_requested', capability: capabilityGrant(deps) });
}

function confirmAndUnlock(deps: VisitDeps, known: VisitRow): Promise<Outcome<UnlockOutcome>> {
  return sendUnlock(deps, known, { type: 'recording_confirmed', capability: capabilityGrant(deps) });
}

/** Applies the event that issues the capability and sends the unlock, and waits for the lock's answer. */
async function sendUnlock(deps: VisitDeps, known: VisitRow, event: VisitEvent): Promise<Outcome<UnlockOutcome>> {
  const visitId = known.id;
  const moved = visitMoved(deps, visitId);
  const confirmed = await applyVisitEvent(deps, visitId, event, known);
  if (!confirmed.ok) {
    moved.cancel();
    return confirmed.error.code === 'conflict' ? { ok: true, value: await outcome(deps, visitId, {}) } : confirmed;
  }
  return lockAnswered(deps, visitId, confirmed.value.commands, moved);
}

/** The unlock command's answer, then (when the lock took it) the bolt moving the visit, within the unlock wait. */
async function lockAnswered(
  deps: VisitDeps,
  visitId: string,
  commands: Promise<SentCommand[]>,
  moved: Waiting<unknown>,
): Promise<Outcome<UnlockOutcome>> {
  const sent = await commands;
  const unlock = sent.find((s) => s.type === 'unlock');
  const result = unlock?.result;
  if (!result?.ok) {
    moved.cancel();
    const unreachable = result === undefined || result.error !== 'rejected';
    return { ok: true, value: await outcome(deps, visitId, { lockUnreachable: unreachable }) };
  }
  await moved.promise;
  return { ok: true, value: await outcome(deps, visitId, {}) };
}
