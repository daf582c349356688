import type { LockerReservationRelation, Principal } from '../../policy.js';
import type { Db } from '../../store/db.js';
import { findHomeMember } from '../../store/homes-repo.js';
import { findReservation, findSite } from '../../store/lockers-repo.js';
import { findMembership, findOrganisation } from '../../store/organisations-repo.js';
import type { LockerSiteRow, ReservationRow } from '../../store/schema-lockers.js';
import { deliveryFor } from '../deliveries-access.js';
import { fail, type Outcome } from '../failure.js';

// Who may see and act on lockers (docs/lockers.md "Who may do what"). A site belongs to one locker operator: its
// members read it, its admins change it. A reservation is seen by the operator of its site, the carrier of its
// delivery (and the courier assigned) and the members of the customer's home. Anybody else is told it does not exist.

export type SiteAction = 'read' | 'manage';

export async function operatorOrganisation(db: Db, principal: Principal, organisationId: string) {
  if (principal.kind !== 'user') return fail('forbidden', 'Locker sites are managed by a signed-in operator admin');
  const org = await findOrganisation(db, organisationId);
  const membership = await findMembership(db, organisationId, principal.userId);
  if (!org || !membership) return fail('not-found', 'No such organisation');
  if (org.kind !== 'locker_operator') return fail('forbidden', 'Only a locker operator organisation has locker sites');
  if (membership.role !== 'admin') return fail('forbidden', 'Only an organisation admin may manage locker sites');
  return { ok: true as const, value: org };
}

export async function siteFor(
  db: Db,
  principal: Principal,
  siteId: string,
  action: SiteAction,
): Promise<Outcome<LockerSiteRow>> {
  if (principal.kind === 'anonymous') return fail('unauthenticated', 'Sign in, or send an API key');
  const site = await findSite(db, siteId);
  const hidden = fail('not-found', 'No such locker site');
  if (!site || principal.kind !== 'user') return hidden;
  const membership = await findMembership(db, site.organisation_id, principal.userId);
  if (membership?.role !== 'admin' && membership?.role !== 'member') return hidden;
  if (action === 'manage' && membership.role !== 'admin') {
    return fail('forbidden', 'Only an admin of the locker operator may do this');
  }
  return { ok: true, value: site };
}

export type ReservationRelation = LockerReservationRelation;

/** The reservation and every way the principal stands to it, or "not found" for anybody without a relation. */
export async function reservationFor(
  db: Db,
  principal: Principal,
  reservationId: string,
): Promise<Outcome<{ reservation: ReservationRow; relations: ReservationRelation[] }>> {
  if (principal.kind === 'anonymous') return fail('unauthenticated', 'Sign in, or send an API key');
  const reservation = await findReservation(db, reservationId);
  const hidden = fail('not-found', 'No such locker reservation');
  if (!reservation) return hidden;
  const relations: ReservationRelation[] = [];
  const delivery = await deliveryFor(db, principal, reservation.delivery_id, 'read');
  if (delivery.ok) {
    const courier = principal.kind === 'user' && delivery.value.courier_id === principal.userId;
    relations.push(courier ? 'courier' : 'carrier');
  }
  if (principal.kind === 'user') {
    if (await findHomeMember(db, reservation.home_id, principal.userId)) relations.push('customer');
    const site = await findSite(db, reservation.site_id);
    const membership = site && (await findMembership(db, site.organisation_id, principal.userId));
    if (membership?.role === 'admin' || membership?.role === 'member') relations.push('operator');
  }
  return relations.length === 0 ? hidden : { ok: true, value: { reservation, relations } };
}

export async function reservationAs(
  db: Db,
  principal: Principal,
  reservationId: string,
  allowed: readonly ReservationRelation[],
  what: string,
): Promise<Outcome<ReservationRow>> {
  const found = await reservationFor(db, principal, reservationId);
  if (!found.ok) return found;
  if (!found.value.relations.some((r) => allowed.includes(r))) return fail('forbidden', `Only ${what} may do this`);
  return { ok: true, value: found.value.reservation };
}
