import type { CameraHealth, CheckAccessPoint, CheckHome, LockHealth, OpenerHealth } from '@threshold/core';
import type { DeviceHealth } from '../gateway/health.js';
import { findAccessPoint, listAccessPoints } from '../store/access-points-repo.js';
import { findEntranceAccessPoint } from '../store/buildings-repo.js';
import type { Db } from '../store/db.js';
import { findEnrolment, listServiceAreas } from '../store/deliveries-repo.js';
import { findDoorRows } from '../store/door-context-repo.js';
import type { Device, Home } from '../store/schema.js';
import { listDevicesOfHome } from './devices-repo.js';
import { type Preferences, preferencesOf } from './preferences.js';

// What the access checks and the booking decision read about one door of one home, filled from the store.

export interface DoorContext {
  homeRow: Home;
  home: CheckHome;
  accessPoint: CheckAccessPoint;
  preferences: Preferences;
  servedArea: { served: boolean; reason: string | null };
  lock: LockHealth | null;
  camera: CameraHealth | null;
  /** A garage's opener (docs/access-points.md "Garage"). */
  opener: OpenerHealth | null;
  lockId: string | null;
  cameraId: string | null;
}

function healthOf(device: Device): DeviceHealth {
  return JSON.parse(device.health) as DeviceHealth;
}

function baseHealth(device: Device) {
  const h = healthOf(device);
  return {
    health: h,
    base: {
      deviceId: device.id,
      accessPointId: device.access_point_id,
      online: device.online === 1,
      battery: h.battery ?? 0,
      clockSkewMs: h.clockSkewMs ?? 0,
    },
  };
}

function lockHealth(device: Device): LockHealth {
  const { health, base } = baseHealth(device);
  return { ...base, jammed: health.jammed === true || health.bolt === 'jammed' };
}

function openerHealth(device: Device): OpenerHealth {
  const { health, base } = baseHealth(device);
  return { ...base, position: health.garage ?? 'closed', obstructed: health.obstructed === true };
}

/** A camera covers the door it is paired to (one camera per door, docs/protocol.md §6). */
function cameraHealth(device: Device): CameraHealth {
  const { base } = baseHealth(device);
  return { ...base, coversAccessPointIds: device.access_point_id === null ? [] : [device.access_point_id] };
}

/**
 * Served area and membership: the home must be enrolled with the carrier, and when the carrier declared service
 * areas, the home's postal code must start with one of its prefixes in the home's country.
 */
export async function servedAreaOf(
  db: Db,
  home: Home,
  organisationId: string,
): Promise<{ served: boolean; reason: string | null }> {
  return servedAreaGiven(db, home, organisationId, (await findEnrolment(db, home.id, organisationId)) !== undefined);
}

/** `servedAreaOf` when the enrolment was read already. */
async function servedAreaGiven(
  db: Db,
  home: Home,
  organisationId: string,
  enrolled: boolean,
): Promise<{ served: boolean; reason: string | null }> {
  if (!enrolled) return { served: false, reason: 'This home is not enrolled with the carrier' };
  const areas = await listServiceAreas(db, organisationId);
  const postal = home.postal_code.replace(/\s+/g, '').toUpperCase();
  const inArea =
    areas.length === 0 ||
    areas.some(
      (a) => a.country === home.country && postal.startsWith(a.postal_prefix.replace(/\s+/g, '').toUpperCase()),
    );
  return inArea
    ? { served: true, reason: null }
    : { served: false, reason: "This address is outside the carrier's service area" };
}

/** The access point a delivery goes through: the one named, else the first door of the kind asked, else the first. */
export async function pickAccessPoint(db: Db, homeId: string, o: { id?: string | null; kind?: string | undefined }) {
  if (o.id) return findAccessPoint(db, homeId, o.id);
  const doors = await listAccessPoints(db, homeId);
  return (o.kind ? doors.find((d) => d.kind === o.kind) : undefined) ?? (o.kind ? undefined : doors[0]);
}

export async function loadDoorContext(
  db: Db,
  homeId: string,
  accessPointId: string,
  organisationId: string,
): Promise<DoorContext | undefined> {
  // The home, its own door, the preferences and the enrolment in one read (store/door-context-repo.ts).
  const rows = await findDoorRows(db, homeId, accessPointId, organisationId);
  if (!rows) return undefined;
  const homeRow = rows.home;
  // A delivery to a building's unit goes through an entrance of the building's common parts (docs/buildings.md).
  const ap = rows.accessPoint ?? (await findEntranceAccessPoint(db, accessPointId));
  if (!ap) return undefined;
  const devices = (await listDevicesOfHome(db, ap.home_id)).filter((d) => d.access_point_id === ap.id);
  const lock = devices.find((d) => d.kind === 'lock');
  const camera = devices.find((d) => d.kind === 'camera');
  const opener = devices.find((d) => d.kind === 'opener');
  const preferences = preferencesOf(rows.preferencesData);
  return {
    homeRow,
    home: {
      id: homeRow.id,
      zone: homeRow.time_zone,
      lat: homeRow.lat,
      lon: homeRow.lon,
      radiusMeters: homeRow.geofence_radius_m,
    },
    accessPoint: {
      id: ap.id,
      kind: ap.kind,
      name: ap.name,
      // A garage may go without its camera when the customer said so; a building entrance when it has none
      // (core kinds/entrance.ts). Any camera that is paired must record.
      cameraRequired:
        ap.kind === 'lobby' || ap.kind === 'package_room'
          ? camera !== undefined
          : !(ap.kind === 'garage' && (preferences.unrecordedAccessPointIds ?? []).includes(ap.id)),
    },
    preferences,
    servedArea: await servedAreaGiven(db, homeRow, organisationId, rows.enrolled),
    lock: lock ? lockHealth(lock) : null,
    camera: camera ? cameraHealth(camera) : null,
    opener: opener ? openerHealth(opener) : null,
    lockId: lock?.id ?? null,
    cameraId: camera?.id ?? null,
  };
}
