import {
  type Check,
  DEFAULT_CHECK_POLICY,
  decideFallback,
  evaluateCarUnlock,
  type ReportedPosition,
  reportAtArrival,
  type Visit,
} from '@threshold/core';
import type { VisitRow } from '../../../store/schema-visits.js';
import { findVisitRow } from '../../../store/visits-repo.js';
import { fail, type Outcome } from '../../failure.js';
import { loadPreferences } from '../../preferences.js';
import { capabilityGrant } from '../capability.js';
import type { VisitDeps } from '../deps.js';
import { applyVisitEvent, parseVisit } from '../runner.js';
import type { UnlockOutcome } from '../unlock.js';
import { waitForBus } from '../waits.js';
import { carVisitInput, loadCarParts } from './car-context.js';

// "Open the boot" (docs/car-boot.md "Unlock"): the car's checks run again now — a car driven away since the arrival,
// a courier no longer at it, a block set by the customer, a stale report all refuse the unlock, named — and only
// then is a capability issued and sent to the car. The courier's position is the one shared at the arrival.

async function outcome(deps: VisitDeps, visitId: string, extra: Partial<UnlockOutcome>): Promise<UnlockOutcome> {
  const row = (await findVisitRow(deps.db, visitId))!;
  const visit = parseVisit(row);
  const unlocked = 'unlockedAtMs' in visit;
  return { row, visit, unlocked, lockUnreachable: false, fallback: null, ...extra };
}

/** The courier's position the arrival judged (its `courier_at_car` evidence), or null. */
function courierAtArrival(visit: Visit): ReportedPosition | null {
  if (!('checks' in visit)) return null;
  const check = visit.checks.find((c) => c.name === 'courier_at_car');
  return (check?.evidence.courier as ReportedPosition | undefined) ?? null;
}

async function unlockChecks(deps: VisitDeps, row: VisitRow, visit: Visit): Promise<Check[] | null> {
  const parts = await loadCarParts(deps, row.access_point_id, row.delivery_id);
  if (parts === null) return null;
  // Only the car's own checks and the vehicle's health are judged again; the rest stood at the arrival.
  const base = {
    accessPoint: { id: row.access_point_id, kind: 'car_boot', name: parts.car.make },
    home: { zone: (await homeZone(deps, row.home_id)) ?? 'UTC' },
    position: courierAtArrival(visit),
    policy: DEFAULT_CHECK_POLICY,
  };
  const arrival = 'checks' in visit ? reportAtArrival(visit.checks) : null;
  return evaluateCarUnlock(carVisitInput(base, parts), arrival, deps.clock.now());
}

async function homeZone(deps: VisitDeps, homeId: string): Promise<string | undefined> {
  const row = await deps.db.selectFrom('homes').select('time_zone').where('id', '=', homeId).executeTakeFirst();
  return row?.time_zone;
}

export async function openCarBoot(deps: VisitDeps, row: VisitRow): Promise<Outcome<UnlockOutcome>> {
  const visit = parseVisit(row);
  if (visit.state !== 'arrived') {
    return fail('conflict', 'access can be requested once, after arrival with all checks passed', {
      state: visit.state,
    });
  }
  const checks = await unlockChecks(deps, row, visit);
  if (checks === null) return fail('conflict', 'The customer has no car registered any more');
  const unlocked = waitForBus(
    deps.bus,
    'home.visit',
    (p) => p.visitId === row.id && p.state !== 'boot_unlocking' && p.state !== 'arrived',
    deps.waits?.unlockMs ?? 5_000,
  );
  const step = { kind: 'unlock_requested' as const, checks, capability: capabilityGrant(deps) };
  const applied = await applyVisitEvent(deps, row.id, { type: 'car', step }, row);
  if (!applied.ok) {
    unlocked.cancel();
    return applied;
  }
  if (applied.value.visit.state === 'denied') {
    unlocked.cancel();
    const failed = checks.filter((c) => !c.passed);
    const prefs = await loadPreferences(deps.db, row.home_id);
    const fallback = decideFallback(prefs.fallback, failed, { lockerAvailable: false });
    return { ok: true, value: await outcome(deps, row.id, { fallback }) };
  }
  const sent = await applied.value.commands;
  const result = sent.find((s) => s.type === 'unlock')?.result;
  if (!result?.ok) {
    unlocked.cancel();
    const unreachable = result === undefined || result.error !== 'rejected';
    return { ok: true, value: await outcome(deps, row.id, { lockUnreachable: unreachable }) };
  }
  await unlocked.promise;
  return { ok: true, value: await outcome(deps, row.id, {}) };
}
