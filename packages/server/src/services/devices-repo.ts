import type { AcceptedDevice } from '../bus.js';
import type { AcceptedRow } from '../gateway/device-store.js';
import { batchPerTurn } from '../gateway/turn-batch.js';
import type { Db } from '../store/db.js';
import type { Device } from '../store/schema.js';

// Reads and writes on `devices` for the pairing and device routes (the gateway's own are in gateway/device-store.ts).

export async function findDevice(db: Db, id: string): Promise<Device | undefined> {
  return db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Ids per statement, well under SQLite's and PostgreSQL's bound-parameter limits. */
const READ_CHUNK = 500;

async function findDevicesById(db: Db, ids: readonly string[]): Promise<Map<string, Device>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, Device>();
  for (let i = 0; i < unique.length; i += READ_CHUNK) {
    const rows = await db
      .selectFrom('devices')
      .selectAll()
      .where('id', 'in', unique.slice(i, i + READ_CHUNK))
      .execute();
    for (const row of rows) found.set(row.id, row);
  }
  return found;
}

/** One group of device reads per database (the platform's store; a test's own). */
const groupedReads = new WeakMap<Db, (id: string) => Promise<Device | undefined>>();

/**
 * A device as the store holds it, read together with the other devices asked for in the same turn of the event loop
 * (gateway/turn-batch.ts): the live feed and the device alerts both follow a device's events, and one statement
 * answers them both. The read starts only after every request it answers was made, so each caller sees every write
 * committed before it asked, as `findDevice` would; callers must not change the row they get.
 */
export function findDeviceSoon(db: Db, id: string): Promise<Device | undefined> {
  let read = groupedReads.get(db);
  if (!read) {
    read = batchPerTurn<string, Device | undefined>(async (ids) => {
      const found = await findDevicesById(db, ids);
      return ids.map((one) => ({ status: 'fulfilled', value: found.get(one) }));
    });
    groupedReads.set(db, read);
  }
  return read(id);
}

/** What follows a device's events and status changes to tell its current row: `rowAfter` answers that row. */
export interface DeviceRows {
  /** Call on every `device.status` heard for the device (liveness writes `online` outside the accepting statement). */
  statusChanged(deviceId: string): void;
  /**
   * The row an event carried (bus.ts AcceptedDevice) when no status change heard since could be newer, otherwise
   * the row read now (findDeviceSoon). A status change heard before the carried row came back was committed before
   * the accepting statement read the row (liveness's write and the accepting one update the same row), so it is in
   * it; one heard after may not be.
   */
  rowAfter(deviceId: string, carried: AcceptedDevice | undefined): Promise<AcceptedRow | undefined>;
}

export function deviceRows(db: Db): DeviceRows {
  // Only devices whose status changed since their last carried row: an entry goes once a newer row is used.
  const statusHeardAt = new Map<string, number>();
  return {
    statusChanged(deviceId) {
      statusHeardAt.set(deviceId, performance.now());
    },
    rowAfter(deviceId, carried) {
      const heard = statusHeardAt.get(deviceId);
      if (!carried || (heard !== undefined && heard >= carried.at)) return findDeviceSoon(db, deviceId);
      statusHeardAt.delete(deviceId);
      return Promise.resolve(carried.row);
    },
  };
}

export async function findUnclaimedByClaimHash(db: Db, claimHash: string): Promise<Device | undefined> {
  return db
    .selectFrom('devices')
    .selectAll()
    .where('claim_hash', '=', claimHash)
    .where('home_id', 'is', null)
    .executeTakeFirst();
}

export async function listDevicesOfHome(db: Db, homeId: string): Promise<Device[]> {
  return db
    .selectFrom('devices')
    .selectAll()
    .where('home_id', '=', homeId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findAccessPointHome(db: Db, accessPointId: string): Promise<string | undefined> {
  const row = await db.selectFrom('access_points').select('home_id').where('id', '=', accessPointId).executeTakeFirst();
  return row?.home_id;
}

export async function deviceKindAt(db: Db, accessPointId: string, kind: Device['kind']): Promise<string | undefined> {
  const row = await db
    .selectFrom('devices')
    .select('id')
    .where('access_point_id', '=', accessPointId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row?.id;
}

/**
 * Records a claim, once: only while the device is unclaimed and still carries this claim hash, which it then loses,
 * so a claim code works one time (docs/protocol.md §6). False when someone else claimed it first.
 */
export async function recordClaim(
  db: Db,
  c: { deviceId: string; claimHash: string; homeId: string; accessPointId: string; userId: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('devices')
    .set({
      home_id: c.homeId,
      access_point_id: c.accessPointId,
      claimed_by: c.userId,
      claimed_at: c.at,
      claim_hash: null,
      updated_at: c.at,
    })
    .where('id', '=', c.deviceId)
    .where('home_id', 'is', null)
    .where('claim_hash', '=', c.claimHash)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
