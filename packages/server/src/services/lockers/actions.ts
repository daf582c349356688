import { codeIssueRefusal, type OpenPurpose } from '@threshold/core';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { withTransaction } from '../../store/db.js';
import { appendLedger } from '../../store/ledger-repo.js';
import { findCompartment, updateReservation } from '../../store/lockers-repo.js';
import type { ReservationRow } from '../../store/schema-lockers.js';
import { fail, type Outcome } from '../failure.js';
import { reservationAs, reservationFor, siteFor } from './access.js';
import { issuePickupCode, pickupQr } from './codes.js';
import { openParcel, type ParcelOpened } from './parcel-open.js';
import { courierOpenRefusal } from './site-hours.js';
import { type Applied, applyLockerEvent, type LockerDeps, reservationOf } from './steps.js';

// What the courier and the customer do with a reservation (docs/lockers.md "Drop", "Pickup codes", "Holds").

const asCourier = (deps: LockerDeps, principal: Principal, reservationId: string) =>
  reservationAs(deps.db, principal, reservationId, ['courier'], 'the courier assigned to the delivery');
const asHousehold = (deps: LockerDeps, principal: Principal, reservationId: string) =>
  reservationAs(deps.db, principal, reservationId, ['customer'], "the customer's household");

export interface Opened extends ParcelOpened {
  applied: Applied;
}

/**
 * The assigned courier opens the reserved compartment (a drop) or, once expired, the compartment to take the parcel
 * back (a return): recorded first where the site has a camera, then sent with a capability (parcel-open.ts). A
 * refused recording leaves the reservation open for another try.
 */
export async function courierOpen(
  deps: LockerDeps,
  principal: Principal,
  reservationId: string,
): Promise<Outcome<Opened>> {
  const row = await asCourier(deps, principal, reservationId);
  if (!row.ok) return row;
  const purpose: OpenPurpose = ['expired', 'returning'].includes(row.value.status) ? 'return' : 'drop';
  const closed = await courierOpenRefusal(deps.db, row.value, purpose, deps.clock.now());
  if (!closed.ok) return closed;
  const applied = await applyLockerEvent(deps, reservationId, { type: 'open', purpose });
  if (!applied.ok) return applied;
  const opened = await openParcel(deps, applied.value.reservation, applied.value.compartment, purpose);
  return opened.ok ? { ok: true, value: { applied: applied.value, ...opened.value } } : opened;
}

export async function confirmDrop(
  deps: LockerDeps,
  principal: Principal,
  reservationId: string,
): Promise<Outcome<Applied>> {
  const row = await asCourier(deps, principal, reservationId);
  if (!row.ok) return row;
  return applyLockerEvent(deps, reservationId, { type: 'drop_confirmed' });
}

export interface IssuedPickup {
  code: string;
  qr: string;
  compartment: string;
  siteId: string;
  expiresAt: string;
}

/**
 * A pickup code for the customer, shown once: the store keeps only its salted MAC. Asking again replaces the code
 * (the old one stops working) and keeps the count of wrong codes.
 */
export async function issueCode(
  deps: LockerDeps,
  principal: Principal,
  reservationId: string,
): Promise<Outcome<IssuedPickup>> {
  const found = await asHousehold(deps, principal, reservationId);
  if (!found.ok) return found;
  const row: ReservationRow = found.value;
  const nowMs = deps.clock.now();
  const refusal = codeIssueRefusal(reservationOf(row), nowMs);
  if (refusal) return fail('conflict', `No code: ${refusal}`, { status: row.status });
  const compartment = await findCompartment(deps.db, row.compartment_id);
  if (!compartment) return fail('not-found', 'The reservation has no compartment');
  const issued = issuePickupCode(compartment.id);
  const at = isoAt(nowMs);
  const stored = await withTransaction(deps.db, async (tx) => {
    const change = { code_salt: issued.salt, code_hash: issued.hash, updated_at: at };
    if (!(await updateReservation(tx, row.id, row.version, change))) return false;
    await appendLedger(tx, {
      homeId: row.home_id,
      at,
      kind: 'locker.code_issued',
      subject: row.id,
      data: { compartment: compartment.label, replaced: row.code_hash !== null },
    });
    return true;
  });
  if (!stored) return fail('conflict', 'The reservation changed; ask again');
  return {
    ok: true,
    value: {
      code: issued.code,
      qr: pickupQr(row.site_id, compartment.label, issued.code),
      compartment: compartment.label,
      siteId: row.site_id,
      expiresAt: row.expires_at ?? at,
    },
  };
}

/** A vacation hold: the customer keeps the parcel in the locker until a later instant, within the bound. */
export async function holdParcel(
  deps: LockerDeps,
  principal: Principal,
  reservationId: string,
  until: string,
): Promise<Outcome<Applied>> {
  const found = await asHousehold(deps, principal, reservationId);
  if (!found.ok) return found;
  const untilMs = Date.parse(until);
  if (Number.isNaN(untilMs)) return fail('validation', 'until must be an ISO 8601 instant', { field: 'body.until' });
  return applyLockerEvent(deps, reservationId, { type: 'hold', untilMs });
}

export async function cancelReservation(
  deps: LockerDeps,
  principal: Principal,
  reservationId: string,
): Promise<Outcome<Applied>> {
  const found = await reservationAs(deps.db, principal, reservationId, ['carrier'], 'the carrier of the delivery');
  if (!found.ok) return found;
  return applyLockerEvent(deps, reservationId, { type: 'cancel' });
}

/** An operator admin lifts a compartment's lock-out (after checking with the customer); the count starts again. */
export async function liftLockout(deps: LockerDeps, principal: Principal, reservationId: string) {
  const found = await reservationFor(deps.db, principal, reservationId);
  if (!found.ok) return found;
  const site = await siteFor(deps.db, principal, found.value.reservation.site_id, 'manage');
  if (!site.ok) return site.error.code === 'not-found' ? fail('forbidden', 'Only an operator admin may do this') : site;
  return applyLockerEvent(deps, reservationId, { type: 'lift_lockout' });
}
