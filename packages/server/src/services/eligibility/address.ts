import {
  type AccessPointState,
  type AddressEligibilityInput,
  accessKindOf,
  addressEligibility,
  type CompartmentSize,
  DEFAULT_CHECK_POLICY,
  type DeliveryWindow,
  type DeviceState,
  haversineMeters,
  type KnownHome,
  type LatLon,
  type MethodAnswer,
  type ParcelSpec,
  type Ring,
} from '@threshold/core';
import { listAccessPoints } from '../../store/access-points-repo.js';
import { findCarOfHome } from '../../store/cars-repo.js';
import type { Db } from '../../store/db.js';
import { findEnrolment } from '../../store/deliveries-repo.js';
import { findHome } from '../../store/homes-repo.js';
import { freeCompartmentsBySite, lockerSitePositions } from '../../store/locker-room-repo.js';
import type { Home } from '../../store/schema.js';
import { servedAreasAround } from '../../store/served-areas-repo.js';
import { carProfileOf, vehicleOf } from '../cars.js';
import { type DoorContext, loadDoorContext, servedAreaOf } from '../deliveries-context.js';
import { fail, type Outcome } from '../failure.js';
import { buildingMethods } from './buildings.js';

// Eligibility for an address (docs/eligibility.md): gathers what the asking carrier may know about the address and
// hands it to core addressEligibility. An address is an enrolled home's id or a position (`geo:`, RFC 5870); a
// position is never matched to a home, and a home id the carrier may not see reads exactly like one that does not
// exist, so the answer never tells a carrier whether a stranger is a customer.

/** Locker sites farther than this from the address are not "near" it. */
export const LOCKER_NEAR_METERS = 3000;

export type Address = { kind: 'home'; homeId: string } | { kind: 'geo'; lat: number; lon: number };

const GEO = /^geo:(-?\d{1,2}(?:\.\d{1,10})?),(-?\d{1,3}(?:\.\d{1,10})?)$/;
const HOME = /^home_[A-Za-z0-9_-]{1,64}$/;

/** `home_…` or `geo:<lat>,<lon>` (decimal degrees, WGS 84), else null. */
export function parseAddress(text: string): Address | null {
  if (HOME.test(text)) return { kind: 'home', homeId: text };
  const geo = GEO.exec(text);
  if (!geo) return null;
  const lat = Number(geo[1]);
  const lon = Number(geo[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { kind: 'geo', lat, lon } : null;
}

export interface EligibilityQuery {
  address: Address;
  window: DeliveryWindow;
  lockerSize: CompartmentSize;
  parcel: ParcelSpec | null;
}

function deviceState(d: { online: boolean; battery: number; clockSkewMs: number } | null, fault: boolean) {
  return d === null
    ? undefined
    : ({ online: d.online, battery: d.battery, clockSkewMs: d.clockSkewMs, fault } as DeviceState);
}

function accessPointState(ctx: DoorContext): AccessPointState {
  const devices: AccessPointState['devices'] = {
    lock: deviceState(ctx.lock, ctx.lock?.jammed === true),
    camera: deviceState(ctx.camera, false),
    opener: deviceState(ctx.opener, ctx.opener?.obstructed === true),
  };
  return {
    id: ctx.accessPoint.id,
    kind: accessKindOf(ctx.accessPoint.kind) === 'garage' ? 'garage' : 'door',
    cameraRequired: ctx.accessPoint.cameraRequired !== false,
    devices: Object.fromEntries(Object.entries(devices).filter(([, d]) => d !== undefined)),
  };
}

async function knownHome(db: Db, home: Home, carrierId: string, window: DeliveryWindow): Promise<KnownHome> {
  const contexts: DoorContext[] = [];
  for (const ap of await listAccessPoints(db, home.id)) {
    if (!['door', 'garage'].includes(accessKindOf(ap.kind))) continue;
    const ctx = await loadDoorContext(db, home.id, ap.id, carrierId);
    if (ctx) contexts.push(ctx);
  }
  const preferences = contexts[0]?.preferences;
  const car = await findCarOfHome(db, home.id);
  const profile = car ? carProfileOf(car) : null;
  return {
    zone: home.time_zone,
    inPostalArea: (await servedAreaOf(db, home, carrierId)).served,
    accessPoints: contexts.map(accessPointState),
    inHomeAccessPointIds: preferences?.inHomeAccessPointIds ?? [],
    daysOff: preferences?.daysOff ?? [],
    car:
      car && profile
        ? {
            blocked: profile.blocked,
            allowedWeekdays: profile.allowedWeekdays,
            vehiclePaired: (await vehicleOf({ db }, car)) !== null,
            boot: profile.boot,
          }
        : null,
    building: await buildingMethods(db, home.id, carrierId, {
      startMs: Date.parse(window.start),
      endMs: Date.parse(window.end),
    }),
  };
}

async function lockerRoomNear(db: Db, point: LatLon) {
  const near = (await lockerSitePositions(db)).filter((s) => haversineMeters(point, s) <= LOCKER_NEAR_METERS);
  const free = await freeCompartmentsBySite(
    db,
    near.map((s) => s.id),
  );
  return near.map((s) => free.get(s.id) ?? {});
}

/** The home the carrier may see at this address, or null for a position; not-found for any other home id. */
async function resolve(db: Db, carrierId: string, address: Address) {
  if (address.kind === 'geo')
    return { ok: true as const, value: { point: { lat: address.lat, lon: address.lon }, home: null } };
  const home = await findHome(db, address.homeId);
  if (!home || !(await findEnrolment(db, home.id, carrierId))) {
    // Word for word what booking answers (services/deliveries.ts), for an unknown id and a stranger's home alike.
    return fail('not-found', 'No home with this id is enrolled with your organisation', {
      reason: 'home_not_enrolled',
    });
  }
  return { ok: true as const, value: { point: { lat: home.lat, lon: home.lon }, home } };
}

/** Every method for the address and window, for the carrier `carrierId` (already authorised by the caller). */
export async function eligibilityForCarrier(
  db: Db,
  carrierId: string,
  query: EligibilityQuery,
): Promise<Outcome<MethodAnswer[]>> {
  const found = await resolve(db, carrierId, query.address);
  if (!found.ok) return found;
  const { point, home } = found.value;
  const around = await servedAreasAround(db, carrierId, point);
  const input: AddressEligibilityInput = {
    point,
    window: query.window,
    areas: around.areas.map((a) => ({
      id: a.id,
      methods: JSON.parse(a.methods) as string[],
      ring: JSON.parse(a.ring) as Ring,
    })),
    areasDrawn: around.any,
    home: home ? await knownHome(db, home, carrierId, query.window) : null,
    lockerRoom: await lockerRoomNear(db, point),
    lockerSize: query.lockerSize,
    parcel: query.parcel,
    policy: DEFAULT_CHECK_POLICY,
  };
  return { ok: true, value: addressEligibility(input) };
}
