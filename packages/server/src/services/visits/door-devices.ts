import type { Db } from '../../store/db.js';
import type { VisitRow } from '../../store/schema-visits.js';

export interface DoorDevices {
  lockId: string | null;
  cameraId: string | null;
}

/** The lock and the camera paired to an access point (at most one of each, devices.ts pairing). */
export async function doorDevices(db: Db, accessPointId: string): Promise<DoorDevices> {
  const rows = await db
    .selectFrom('devices')
    .select(['id', 'kind'])
    .where('access_point_id', '=', accessPointId)
    .execute();
  return {
    lockId: rows.find((r) => r.kind === 'lock')?.id ?? null,
    cameraId: rows.find((r) => r.kind === 'camera')?.id ?? null,
  };
}

/**
 * Every device paired to an access point, by kind: a machine command's `role` names the device kind it goes to
 * (core visit-events.ts DeviceCommand), whatever the access point's kind.
 */
export async function devicesByRole(db: Db, accessPointId: string): Promise<ReadonlyMap<string, string>> {
  const rows = await db
    .selectFrom('devices')
    .select(['id', 'kind'])
    .where('access_point_id', '=', accessPointId)
    .orderBy('id')
    .execute();
  return new Map(rows.map((r) => [r.kind as string, r.id]));
}

/** The device a capability at this access point is addressed to: its lock, or the car whose boot it opens. */
export async function capabilityAudience(db: Db, accessPointId: string): Promise<string | null> {
  const devices = await devicesByRole(db, accessPointId);
  return devices.get('lock') ?? devices.get('vehicle') ?? null;
}

/** The access point a paired device serves, with its home. */
export async function deviceDoor(db: Db, deviceId: string): Promise<{ homeId: string; accessPointId: string } | null> {
  const row = await db
    .selectFrom('devices')
    .select(['home_id', 'access_point_id'])
    .where('id', '=', deviceId)
    .executeTakeFirst();
  return row?.home_id && row.access_point_id ? { homeId: row.home_id, accessPointId: row.access_point_id } : null;
}

/**
 * The door a paired device serves and the visits open at it, in one statement (a lock's bolt and door events need
 * both): null when the device serves no access point. The visits are ordered as `listOpenVisitsAt` orders them.
 */
export async function deviceDoorVisits(
  db: Db,
  deviceId: string,
): Promise<{ door: { homeId: string; accessPointId: string }; open: VisitRow[] } | null> {
  const rows = await db
    .selectFrom('devices as d')
    .leftJoin('visits as v', (join) => join.onRef('v.access_point_id', '=', 'd.access_point_id').on('v.open', '=', 1))
    .select(['d.home_id as door_home_id', 'd.access_point_id as door_access_point_id'])
    .selectAll('v')
    .where('d.id', '=', deviceId)
    .orderBy('v.opened_at')
    .execute();
  const first = rows[0];
  if (!first?.door_home_id || !first.door_access_point_id) return null;
  const open: VisitRow[] = [];
  for (const { door_home_id: _home, door_access_point_id: _ap, ...visit } of rows) {
    if (visit.id !== null) open.push(visit as VisitRow);
  }
  return { door: { homeId: first.door_home_id, accessPointId: first.door_access_point_id }, open };
}
