import { COMPARTMENT_SIZES, type CompartmentSize, fittingSizes } from '@threshold/core';
import type { Db } from './db.js';
import type {
  CompartmentRow,
  LockerAlertRow,
  LockerBankRow,
  LockerSiteRow,
  OpenRequestRow,
  ReservationRow,
} from './schema-lockers.js';

// Parcel lockers in the store (docs/lockers.md). Allocation and every reservation step are single conditional
// statements, so no read-then-write in JavaScript can double-book a compartment or apply a step twice.

export const sizeRank = (size: CompartmentSize): number => COMPARTMENT_SIZES.indexOf(size);

export async function insertSite(db: Db, row: LockerSiteRow): Promise<void> {
  await db.insertInto('locker_sites').values(row).execute();
}

export async function findSite(db: Db, id: string): Promise<LockerSiteRow | undefined> {
  return db.selectFrom('locker_sites').selectAll().where('id', '=', id).executeTakeFirst();
}

/** New opening hours for a site: the enforced JSON and its rendering, in one statement. */
export async function setSiteHours(db: Db, id: string, hours: string, text: string): Promise<boolean> {
  const result = await db
    .updateTable('locker_sites')
    .set({ hours, opening_hours: text })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listAllSites(db: Db): Promise<LockerSiteRow[]> {
  return db.selectFrom('locker_sites').selectAll().orderBy('id').execute();
}

/** The sites of every organisation the user is an admin or member of. */
export async function listSitesOfUser(db: Db, userId: string): Promise<LockerSiteRow[]> {
  return db
    .selectFrom('locker_sites')
    .innerJoin('memberships', 'memberships.organisation_id', 'locker_sites.organisation_id')
    .selectAll('locker_sites')
    .where('memberships.user_id', '=', userId)
    .where('memberships.role', 'in', ['admin', 'member'])
    .orderBy('locker_sites.created_at')
    .orderBy('locker_sites.id')
    .execute();
}

export async function insertBank(db: Db, bank: LockerBankRow, compartments: CompartmentRow[]): Promise<void> {
  await db.insertInto('locker_banks').values(bank).execute();
  if (compartments.length > 0) await db.insertInto('locker_compartments').values(compartments).execute();
}

export async function findBank(db: Db, id: string): Promise<LockerBankRow | undefined> {
  return db.selectFrom('locker_banks').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findBankByDevice(db: Db, deviceId: string): Promise<LockerBankRow | undefined> {
  return db.selectFrom('locker_banks').selectAll().where('device_id', '=', deviceId).executeTakeFirst();
}

export async function listBanks(db: Db, siteId: string): Promise<LockerBankRow[]> {
  return db.selectFrom('locker_banks').selectAll().where('site_id', '=', siteId).orderBy('created_at').execute();
}

export async function listCompartments(db: Db, siteId: string): Promise<CompartmentRow[]> {
  return db
    .selectFrom('locker_compartments')
    .selectAll()
    .where('site_id', '=', siteId)
    .orderBy('bank_id')
    .orderBy('position')
    .execute();
}

export async function findCompartment(db: Db, id: string): Promise<CompartmentRow | undefined> {
  return db.selectFrom('locker_compartments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCompartmentAt(db: Db, bankId: string, position: number) {
  return db
    .selectFrom('locker_compartments')
    .selectAll()
    .where('bank_id', '=', bankId)
    .where('position', '=', position)
    .executeTakeFirst();
}

export async function findCompartmentByLabel(db: Db, siteId: string, label: string) {
  return db
    .selectFrom('locker_compartments')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('label', '=', label)
    .executeTakeFirst();
}

/** Compartments held by a reservation whose door was last reported open. */
export async function openHeldCompartments(db: Db): Promise<{ id: string; reservation_id: string }[]> {
  const rows = await db
    .selectFrom('locker_compartments')
    .select(['id', 'reservation_id'])
    .where('door', '=', 'open')
    .where('reservation_id', 'is not', null)
    .limit(500)
    .execute();
  return rows.filter((r): r is { id: string; reservation_id: string } => r.reservation_id !== null);
}

export async function setCompartmentDoor(db: Db, id: string, door: string): Promise<void> {
  await db.updateTable('locker_compartments').set({ door }).where('id', '=', id).execute();
}

/**
 * Takes the smallest free compartment of the site that fits `size` for `reservationId`, or returns undefined when the
 * site has none. One conditional UPDATE: the chosen row is taken only if it is still free when the UPDATE reaches
 * it, so a concurrent booking that won it makes this statement update nothing, and we look again (each statement
 * sees the latest commits on PostgreSQL; SQLite has one writer). A stuck door is never allocated.
 */
export async function takeCompartment(
  db: Db,
  siteId: string,
  size: CompartmentSize,
  reservationId: string,
): Promise<CompartmentRow | undefined> {
  const sizes = fittingSizes(size);
  for (let attempt = 0; attempt < 64; attempt++) {
    const candidate = await db
      .selectFrom('locker_compartments')
      .select('id')
      .where('site_id', '=', siteId)
      .where('size', 'in', sizes)
      .where('reservation_id', 'is', null)
      .where('door', '!=', 'jammed')
      .orderBy('size_rank')
      .orderBy('bank_id')
      .orderBy('position')
      .limit(1)
      .executeTakeFirst();
    if (!candidate) return undefined;
    const taken = await db
      .updateTable('locker_compartments')
      .set({ reservation_id: reservationId })
      .where('id', '=', candidate.id)
      .where('reservation_id', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (taken) return taken;
  }
  throw new Error('compartment allocation kept losing races; giving up');
}

/** Frees the compartment only if this reservation holds it. */
export async function releaseCompartment(db: Db, compartmentId: string, reservationId: string): Promise<void> {
  await db
    .updateTable('locker_compartments')
    .set({ reservation_id: null })
    .where('id', '=', compartmentId)
    .where('reservation_id', '=', reservationId)
    .execute();
}

export async function insertReservation(db: Db, row: ReservationRow): Promise<void> {
  await db.insertInto('locker_reservations').values(row).execute();
}

export async function findReservation(db: Db, id: string): Promise<ReservationRow | undefined> {
  return db.selectFrom('locker_reservations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findReservationOfDelivery(db: Db, deliveryId: string): Promise<ReservationRow | undefined> {
  return db.selectFrom('locker_reservations').selectAll().where('delivery_id', '=', deliveryId).executeTakeFirst();
}

export async function listHomeReservations(db: Db, homeId: string): Promise<ReservationRow[]> {
  return db
    .selectFrom('locker_reservations')
    .selectAll()
    .where('home_id', '=', homeId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(100)
    .execute();
}

export type ReservationChange = Partial<
  Pick<
    ReservationRow,
    'status' | 'data' | 'expires_at' | 'code_salt' | 'code_hash' | 'holding_compartment_id' | 'open_iat'
  >
>;

/** Compare-and-set on the version: true when this step applied, false when another step got there first. */
export async function updateReservation(
  db: Db,
  id: string,
  version: number,
  change: ReservationChange & { updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('locker_reservations')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function dueReservations(db: Db, nowIso: string, limit: number): Promise<ReservationRow[]> {
  return db
    .selectFrom('locker_reservations')
    .selectAll()
    .where('status', '=', 'stored')
    .where('expires_at', '<=', nowIso)
    .orderBy('expires_at')
    .limit(limit)
    .execute();
}

export async function insertLockerAlert(db: Db, row: LockerAlertRow): Promise<void> {
  await db.insertInto('locker_alerts').values(row).execute();
}

export async function listLockerAlerts(db: Db, siteId: string, limit: number): Promise<LockerAlertRow[]> {
  return db
    .selectFrom('locker_alerts')
    .selectAll()
    .where('site_id', '=', siteId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function insertOpenRequest(db: Db, row: OpenRequestRow): Promise<void> {
  await db.insertInto('locker_open_requests').values(row).execute();
}

export async function findOpenRequest(db: Db, id: string): Promise<OpenRequestRow | undefined> {
  return db.selectFrom('locker_open_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A site's operator openings, newest first; `status` narrows them (the pending ones wait for a second admin). */
export async function listOpenRequests(
  db: Db,
  siteId: string,
  status: OpenRequestRow['status'] | undefined,
  limit: number,
): Promise<OpenRequestRow[]> {
  let query = db.selectFrom('locker_open_requests').selectAll().where('site_id', '=', siteId);
  if (status) query = query.where('status', '=', status);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** The second person's approval: applies once, and never by the one who asked. */
export async function approveOpenRequest(db: Db, id: string, approver: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('locker_open_requests')
    .set({ status: 'opened', approved_by: approver, decided_at: at })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('requested_by', '!=', approver)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
