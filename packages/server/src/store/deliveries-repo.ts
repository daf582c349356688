import type { Selectable } from 'kysely';
import type { Db } from './db.js';
import type { DeliveriesTable, DeliveryRow, DeliveryStatus, HomeEnrolmentsTable } from './schema-visits.js';

export type Enrolment = Selectable<HomeEnrolmentsTable>;

export async function insertDelivery(db: Db, row: DeliveryRow): Promise<void> {
  await db.insertInto('deliveries').values(row).execute();
}

export async function findDelivery(db: Db, id: string): Promise<DeliveryRow | undefined> {
  return db.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findDeliveryByExternalId(
  db: Db,
  organisationId: string,
  externalId: string,
): Promise<DeliveryRow | undefined> {
  return db
    .selectFrom('deliveries')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}

export async function updateDelivery(
  db: Db,
  id: string,
  changes: Partial<Pick<DeliveriesTable, 'courier_id' | 'status' | 'updated_at'>>,
): Promise<void> {
  await db.updateTable('deliveries').set(changes).where('id', '=', id).execute();
}

/**
 * Changes a delivery only while its status is one of `from`, in one statement (DESIGN.md "Checks are atomic"): true
 * when it did, false when the status had moved on.
 */
export async function updateDeliveryFrom(
  db: Db,
  id: string,
  from: readonly DeliveryStatus[],
  changes: Partial<Pick<DeliveriesTable, 'status' | 'updated_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('deliveries')
    .set(changes)
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A courier's deliveries whose window starts in [from, to), in window order, with the home's address. */
export async function listCourierDeliveries(db: Db, courierId: string, from: string, to: string) {
  return db
    .selectFrom('deliveries')
    .innerJoin('homes', 'homes.id', 'deliveries.home_id')
    .selectAll('deliveries')
    .select(['homes.address_line1', 'homes.address_line2', 'homes.city', 'homes.postal_code', 'homes.country'])
    .select(['homes.lat', 'homes.lon', 'homes.time_zone'])
    .where('deliveries.courier_id', '=', courierId)
    .where('deliveries.window_start', '>=', from)
    .where('deliveries.window_start', '<', to)
    .orderBy('deliveries.window_start')
    .orderBy('deliveries.id')
    .execute();
}

export async function findEnrolment(db: Db, homeId: string, organisationId: string): Promise<Enrolment | undefined> {
  return db
    .selectFrom('home_enrolments')
    .selectAll()
    .where('home_id', '=', homeId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function saveEnrolment(db: Db, row: Enrolment): Promise<void> {
  await db
    .insertInto('home_enrolments')
    .values(row)
    .onConflict((oc) => oc.columns(['home_id', 'organisation_id']).doUpdateSet({ plan: row.plan }))
    .execute();
}

/** The postal prefixes an organisation declared for a country (none declared: it serves wherever homes enrol). */
export async function listServiceAreas(db: Db, organisationId: string) {
  return db
    .selectFrom('service_areas')
    .select(['country', 'postal_prefix'])
    .where('organisation_id', '=', organisationId)
    .execute();
}
