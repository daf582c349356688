import {
  accessKindOf,
  admitsVisit,
  type Check,
  type CheckInput,
  decideFallback,
  evaluateChecks,
  type FallbackDecision,
  type ReportedPosition,
  scheduleVisit,
} from '@threshold/core';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import type { Db } from '../../store/db.js';
import type { DeliveryRow, VisitRow } from '../../store/schema-visits.js';
import { listOpenVisitsOfHome } from '../../store/visits-repo.js';
import { assignedDelivery } from '../deliveries-access.js';
import { type DoorContext, loadDoorContext } from '../deliveries-context.js';
import { fail, type Outcome } from '../failure.js';
import { checkPreferencesOf } from '../preferences.js';
import type { VisitDeps } from './deps.js';
import { carArrivalChecks } from './kinds/car-context.js';
import { entranceArrivalChecks, isEntranceKind } from './kinds/entrance-context.js';
import { type Applied, applyVisitEvent, deliveryEnded, openVisit, type StepResult } from './runner.js';

// The courier at the door (docs/visits.md "Checks"): a visit is opened and every check runs, recorded by name with
// its evidence. All passed: `arrived`; otherwise `denied` and what to do instead (decideFallback).

export interface Arrival {
  applied: Applied;
  checks: readonly Check[];
  /** What to do instead when a check failed: retry (wrong place or person, door busy) or the customer's fallback. */
  fallback: FallbackDecision | null;
}

async function checksFor(
  deps: VisitDeps,
  ids: { visitId: string; personId: string },
  delivery: DeliveryRow,
  ctx: DoorContext,
  position: ReportedPosition,
  open: readonly VisitRow[],
) {
  const input: CheckInput = {
    visitId: ids.visitId,
    person: { personId: ids.personId },
    purpose: {
      kind: 'delivery',
      deliveryId: delivery.id,
      assignedPersonId: delivery.courier_id,
      window: { start: delivery.window_start, end: delivery.window_end },
    },
    home: ctx.home,
    accessPoint: ctx.accessPoint,
    preferences: checkPreferencesOf(ctx.preferences),
    position,
    servedArea: ctx.servedArea,
    lock: ctx.lock,
    camera: ctx.camera,
    opener: ctx.opener,
    openVisits: open.map((v) => ({ visitId: v.id, accessPointId: v.access_point_id })),
  };
  // A car boot runs the car's own checks (core car-visit-checks.ts) in place of the home's geofence and devices.
  if (accessKindOf(ctx.accessPoint.kind) === 'car') return carArrivalChecks(deps, input, delivery.id);
  // A building's entrance runs the building's checks as well, at the entrance's own geofence (docs/buildings.md).
  if (isEntranceKind(ctx.accessPoint.kind)) return entranceArrivalChecks(deps, input, delivery);
  return evaluateChecks(input, deps.clock.now()).checks;
}

/**
 * A courier arriving again after a denial starts afresh: the denied visit is closed as superseded. `open` are the
 * home's open visits, a delivery's visit among them (arrive writes a visit with its delivery's home, which never
 * changes); what is left open after the denied one closed is the answer.
 */
async function closeDenied(
  deps: VisitDeps,
  deliveryId: string,
  open: readonly VisitRow[],
): Promise<Outcome<readonly VisitRow[]>> {
  const prior = open.find((v) => v.delivery_id === deliveryId);
  if (!prior) return { ok: true, value: open };
  if (prior.state !== 'denied') {
    return fail('conflict', 'A visit is already open for this delivery', { visitId: prior.id, reason: 'visit_open' });
  }
  // The delivery goes on with the new visit: the superseded one does not end it. The row just read is tried first;
  // if it changed meanwhile, its version refuses the write and the visit is read again (runner.ts).
  const event = { type: 'abort' as const, reason: 'other' as const, note: 'arrived again' };
  const closed = await applyVisitEvent(deps, prior.id, event, prior, { keepDelivery: true });
  return closed.ok ? { ok: true, value: open.filter((v) => v.id !== prior.id) } : closed;
}

/** The arrival as its answer is made from it, before the commit (`ArriveOptions.answer`). */
export type ArrivalAnswer = { applied: StepResult; fallback: FallbackDecision | null };

export interface ArriveOptions {
  /** Writes the request's answer in the transaction of the arrival itself (http/idempotency.ts): one commit. */
  answer?: ((tx: Db, arrival: ArrivalAnswer) => Promise<void>) | undefined;
}

export async function arrive(
  deps: VisitDeps,
  principal: Principal,
  deliveryId: string,
  position: ReportedPosition,
  options: ArriveOptions = {},
): Promise<Outcome<Arrival>> {
  const delivery = await assignedDelivery(deps.db, principal, deliveryId);
  if (!delivery.ok) return delivery;
  const d = delivery.value;
  // Checked again, atomically, when the visit is written (persist.ts followVisit); this answers before any work.
  if (!admitsVisit(d.status)) return deliveryEnded();
  if (d.access_point_id === null)
    return fail('conflict', 'This delivery has no door to enter by; leave it at the doorstep');
  const ctx = await loadDoorContext(deps.db, d.home_id, d.access_point_id, d.organisation_id);
  if (!ctx) return fail('conflict', 'The door of this delivery no longer exists');
  // One read of the home's open visits answers both: a visit of this delivery still open, and the door being busy.
  const open = await closeDenied(deps, d.id, await listOpenVisitsOfHome(deps.db, d.home_id));
  if (!open.ok) return open;
  const visit = scheduleVisit({
    id: deps.ids.id('visit'),
    accessPointId: d.access_point_id,
    personId: principal.kind === 'user' ? principal.userId : '',
    ...(deps.expectations ? { expectations: deps.expectations } : {}),
    // The access point's kind picks the visit's machine (core access-kinds.ts).
    access: accessKindOf(ctx.accessPoint.kind),
    ...(ctx.accessPoint.cameraRequired === false ? { cameraRequired: false } : {}),
    // A package-room drop records which parcel went in (core kinds/entrance.ts).
    ...(isEntranceKind(ctx.accessPoint.kind) ? { parcel: { deliveryId: d.id, externalId: d.external_id } } : {}),
  });
  // The person is whoever is signed in; the assignment check compares them to the delivery's courier.
  const checks = await checksFor(deps, { visitId: visit.id, personId: visit.personId }, d, ctx, position, open.value);
  const at = isoAt(deps.clock.now());
  const row = {
    id: visit.id,
    home_id: d.home_id,
    access_point_id: d.access_point_id,
    delivery_id: d.id,
    person_id: visit.personId,
    state: visit.state,
    open: 1,
    data: JSON.stringify(visit),
    version: 0,
    opened_at: at,
    closed_at: null,
    updated_at: at,
  };
  const failed = checks.filter((c) => !c.passed);
  const fallback =
    failed.length === 0 ? null : decideFallback(ctx.preferences.fallback, failed, { lockerAvailable: false });
  const { answer } = options;
  // The new visit, its `arrive` and the request's answer commit together (one durable commit, docs/performance.md).
  const within = answer && ((tx: Db, applied: StepResult) => answer(tx, { applied, fallback }));
  const applied = await openVisit(deps, row, { type: 'arrive', checks }, undefined, within);
  if (!applied.ok) return applied;
  return { ok: true, value: { applied: applied.value, checks, fallback } };
}
