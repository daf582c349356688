import type { Db } from './db.js';
import type { LockerBankRow, LockerSiteCameraRow } from './schema-lockers.js';

// A locker site's devices paired to the site (docs/lockers.md "Pairing a bank", "The site camera"): the claim is one
// conditional statement on the device and one on the bank (or the site's camera row), in the caller's transaction,
// so two admins pairing at once, or one device offered to two banks or sites, cannot both win.

/** The bank a paired locker-bank device serves: the bank names the device and the device was claimed. */
export async function findPairedBank(db: Db, deviceId: string): Promise<LockerBankRow | undefined> {
  return db
    .selectFrom('locker_banks')
    .innerJoin('devices', 'devices.id', 'locker_banks.device_id')
    .selectAll('locker_banks')
    .where('locker_banks.device_id', '=', deviceId)
    .where('devices.claimed_at', 'is not', null)
    .where('devices.home_id', 'is', null)
    .executeTakeFirst();
}

/** Claims an unclaimed device of `kind` for a locker site: no home, the claim code's hash still on it. */
export async function claimSiteDevice(
  db: Db,
  c: { deviceId: string; kind: 'locker_bank' | 'camera'; claimHash: string; userId: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('devices')
    .set({ claimed_by: c.userId, claimed_at: c.at, claim_hash: null, updated_at: c.at })
    .where('id', '=', c.deviceId)
    .where('kind', '=', c.kind)
    .where('home_id', 'is', null)
    .where('claim_hash', '=', c.claimHash)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Names the device on its bank, if the bank names no device yet or already this one. */
export async function setBankDevice(db: Db, bankId: string, deviceId: string): Promise<boolean> {
  const result = await db
    .updateTable('locker_banks')
    .set({ device_id: deviceId })
    .where('id', '=', bankId)
    .where((eb) => eb.or([eb('device_id', 'is', null), eb('device_id', '=', deviceId)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Makes the camera the site's, if the site has none yet and the camera serves no other site (both keys unique). */
export async function setSiteCamera(db: Db, row: LockerSiteCameraRow): Promise<boolean> {
  const result = await db
    .insertInto('locker_site_cameras')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The camera paired to a site, if any (the row is written only in the transaction that claims the camera). */
export async function findSiteCamera(db: Db, siteId: string): Promise<LockerSiteCameraRow | undefined> {
  return db.selectFrom('locker_site_cameras').selectAll().where('site_id', '=', siteId).executeTakeFirst();
}

/** The site a paired camera watches, if it is a site's camera. */
export async function findCameraSite(db: Db, deviceId: string): Promise<LockerSiteCameraRow | undefined> {
  return db.selectFrom('locker_site_cameras').selectAll().where('device_id', '=', deviceId).executeTakeFirst();
}
