import type { Db } from './db.js';
import type { LockerBankRow } from './schema-lockers.js';

// A locker bank's device paired to its bank (docs/lockers.md "Pairing a bank"): the claim is one conditional
// statement on the device and one on the bank, in the caller's transaction, so two admins pairing at once, or one
// device offered to two banks, cannot both win.

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

/** Claims an unclaimed bank device: no home, the claim code's hash still on it. */
export async function claimBankDevice(
  db: Db,
  c: { deviceId: string; claimHash: string; userId: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('devices')
    .set({ claimed_by: c.userId, claimed_at: c.at, claim_hash: null, updated_at: c.at })
    .where('id', '=', c.deviceId)
    .where('kind', '=', 'locker_bank')
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
