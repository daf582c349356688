import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from './db.js';
import type { CarsTable, DeliveryParcelsTable } from './schema-cars.js';

// The customer's car and a delivery's declared parcel (docs/car-boot.md; STYLE.md habit 9: plain functions over Db).

export type CarRow = Selectable<CarsTable>;
export type ParcelRow = Selectable<DeliveryParcelsTable>;

export async function insertCar(db: Db, car: Insertable<CarsTable>): Promise<void> {
  await db.insertInto('cars').values(car).execute();
}

export async function findCarOfHome(db: Db, homeId: string): Promise<CarRow | undefined> {
  return db.selectFrom('cars').selectAll().where('home_id', '=', homeId).executeTakeFirst();
}

export async function findCarAt(db: Db, accessPointId: string): Promise<CarRow | undefined> {
  return db.selectFrom('cars').selectAll().where('access_point_id', '=', accessPointId).executeTakeFirst();
}

export async function updateCar(db: Db, id: string, changes: Updateable<CarsTable>): Promise<void> {
  await db.updateTable('cars').set(changes).where('id', '=', id).execute();
}

export async function deleteCar(db: Db, id: string): Promise<void> {
  await db.deleteFrom('cars').where('id', '=', id).execute();
}

export async function insertParcel(db: Db, parcel: ParcelRow): Promise<void> {
  await db.insertInto('delivery_parcels').values(parcel).execute();
}

export async function findParcel(db: Db, deliveryId: string): Promise<ParcelRow | undefined> {
  return db.selectFrom('delivery_parcels').selectAll().where('delivery_id', '=', deliveryId).executeTakeFirst();
}
