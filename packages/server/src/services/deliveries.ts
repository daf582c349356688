import { checkDeliveryWindow, type DeliveryWindow, eligibleMethod, localDate, type ParcelSpec } from '@threshold/core';
import type { Principal } from '../policy.js';
import { isoAt } from '../ports.js';
import { insertParcel } from '../store/cars-repo.js';
import { withTransaction } from '../store/db.js';
import {
  findDeliveryByExternalId,
  findEnrolment,
  insertDelivery,
  listCourierDeliveries,
  updateDelivery,
} from '../store/deliveries-repo.js';
import { findHome } from '../store/homes-repo.js';
import { findMembership } from '../store/organisations-repo.js';
import type { DeliveryRow } from '../store/schema-visits.js';
import { findOpenVisitOfDelivery } from '../store/visits-repo.js';
import { buildingOfHome, entranceChoice } from './buildings/usable.js';
import { inCarReasons } from './cars-eligibility.js';
import { deliveryFor } from './deliveries-access.js';
import { loadDoorContext, pickAccessPoint } from './deliveries-context.js';
import { enqueueDeliveryWebhook } from './deliveries-webhooks.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';
import { bookLockerDelivery, type LockerChoice } from './lockers/booking.js';
import { loadPreferences } from './preferences.js';

// The carrier API (issue "In-home delivery, end to end"): book a delivery, learn its method, assign a courier.

export interface NewDelivery {
  homeId: string;
  externalId: string;
  window: DeliveryWindow;
  accessPoint?: { kind: string } | undefined;
  /** A locker delivery (docs/lockers.md): the parcel's size, and the customer's chosen site if any. */
  locker?: LockerChoice | undefined;
  /** A delivery to a building's unit through its lobby or into its package room (docs/buildings.md). */
  building?: { entrance: 'lobby' | 'package_room' } | undefined;
  /** What the carrier declares about the parcel; an in-car delivery needs it (the boot must fit it). */
  parcel?: ParcelSpec | undefined;
}

const parcelColumns = (p: ParcelSpec) => ({
  length_cm: p.lengthCm,
  width_cm: p.widthCm,
  height_cm: p.heightCm,
  value_cents: p.valueCents,
});

async function decideMethod(deps: ServiceDeps, organisationId: string, homeId: string, input: NewDelivery) {
  const door = await pickAccessPoint(deps.db, homeId, { kind: input.accessPoint?.kind });
  if (!door) {
    return { accessPointId: null, method: 'doorstep' as const, reasons: ['The home has no such access point'] };
  }
  const ctx = (await loadDoorContext(deps.db, homeId, door.id, organisationId))!;
  if (door.kind === 'car_boot') {
    const parcel = input.parcel ?? null;
    const reasons = await inCarReasons(deps.db, ctx.homeRow, {
      window: input.window,
      parcel,
      servedArea: ctx.servedArea,
    });
    return {
      accessPointId: door.id,
      method: reasons.length === 0 ? ('in_car' as const) : ('doorstep' as const),
      reasons,
    };
  }
  const { method, reasons } = eligibleMethod({
    home: ctx.home,
    accessPoint: ctx.accessPoint,
    preferences: { ...ctx.preferences, pets: ctx.preferences.pets.status },
    servedArea: ctx.servedArea,
    lock: ctx.lock,
    camera: ctx.camera,
    opener: ctx.opener,
    window: input.window,
  });
  return { accessPointId: door.id, method, reasons: [...reasons] };
}

/** The building's entrance of that kind the carrier may use in the window, else the doorstep and why. */
async function decideEntrance(
  deps: ServiceDeps,
  organisationId: string,
  homeId: string,
  kind: 'lobby' | 'package_room',
  window: { startMs: number; endMs: number },
) {
  const choice = entranceChoice(await buildingOfHome(deps.db, homeId, organisationId, window), kind);
  return choice.reasons.length === 0
    ? { accessPointId: choice.entranceId, method: kind, reasons: [] }
    : { accessPointId: null, method: 'doorstep' as const, reasons: choice.reasons };
}

export async function createDelivery(
  deps: ServiceDeps,
  principal: Principal,
  input: NewDelivery,
): Promise<Outcome<DeliveryRow>> {
  if (principal.kind !== 'api_key') return fail('forbidden', 'Deliveries are booked with an API key');
  const organisationId = principal.organisationId;
  const window = checkDeliveryWindow(input.window, 0);
  if (window.position === 'invalid') {
    return fail('validation', 'The window needs ISO 8601 instants with an offset and start before end', {
      field: 'body.window',
    });
  }
  const home = await findHome(deps.db, input.homeId);
  if (!home || !(await findEnrolment(deps.db, home.id, organisationId))) {
    return fail('not-found', 'No home with this id is enrolled with your organisation', {
      reason: 'home_not_enrolled',
    });
  }
  const existing = await findDeliveryByExternalId(deps.db, organisationId, input.externalId);
  if (existing) {
    return fail('conflict', 'A delivery with this externalId already exists', { deliveryId: existing.id });
  }
  const decided = input.locker
    ? { accessPointId: null, method: 'locker' as const, reasons: [] }
    : input.building
      ? await decideEntrance(deps, organisationId, home.id, input.building.entrance, window)
      : await decideMethod(deps, organisationId, home.id, input);
  const at = isoAt(deps.clock.now());
  const row: DeliveryRow = {
    id: deps.ids.id('dlv'),
    organisation_id: organisationId,
    home_id: home.id,
    access_point_id: decided.accessPointId,
    external_id: input.externalId,
    window_start: isoAt(window.startMs),
    window_end: isoAt(window.endMs),
    method: decided.method,
    method_reasons: JSON.stringify(decided.reasons),
    courier_id: null,
    status: 'booked',
    created_at: at,
    updated_at: at,
  };
  if (input.locker) {
    const booked = await bookLockerDelivery(deps, row, home, input.locker);
    return booked.ok ? { ok: true, value: booked.value.delivery } : booked;
  }
  await withTransaction(deps.db, async (tx) => {
    await insertDelivery(tx, row);
    if (input.parcel) await insertParcel(tx, { delivery_id: row.id, ...parcelColumns(input.parcel) });
    await enqueueDeliveryWebhook(tx, deps, 'delivery.created', row);
  });
  return { ok: true, value: row };
}

export async function assignCourier(
  deps: ServiceDeps,
  principal: Principal,
  deliveryId: string,
  courierId: string,
): Promise<Outcome<DeliveryRow>> {
  const delivery = await deliveryFor(deps.db, principal, deliveryId, 'write');
  if (!delivery.ok) return delivery;
  const membership = await findMembership(deps.db, delivery.value.organisation_id, courierId);
  if (membership?.role !== 'courier') {
    return fail('validation', 'No courier of your organisation has this id', { field: 'body.courierId' });
  }
  if (!['booked', 'assigned'].includes(delivery.value.status)) {
    return fail('conflict', `The delivery is ${delivery.value.status}; it can no longer be reassigned`);
  }
  const changes = { courier_id: courierId, status: 'assigned' as const, updated_at: isoAt(deps.clock.now()) };
  const assigned = { ...delivery.value, ...changes };
  await withTransaction(deps.db, async (tx) => {
    await updateDelivery(tx, deliveryId, changes);
    await enqueueDeliveryWebhook(tx, deps, 'delivery.assigned', assigned);
  });
  return { ok: true, value: assigned };
}

export interface Stop {
  delivery: DeliveryRow;
  address: { line1: string; line2: string | null; city: string; postalCode: string; country: string };
  location: { lat: number; lon: number };
  pets: { status: string; note: string };
  instructions: string;
  visitId: string | null;
}

const DAY_MS = 86_400_000;

/** The courier's stops whose window touches today in the home's own zone, in window order. */
export async function courierStops(deps: ServiceDeps, principal: Principal): Promise<Outcome<Stop[]>> {
  if (principal.kind !== 'user') return fail('forbidden', 'Stops are for signed-in couriers');
  const now = deps.clock.now();
  // Any zone's "today" lies within a day and a half of now.
  const rows = await listCourierDeliveries(
    deps.db,
    principal.userId,
    isoAt(now - 1.5 * DAY_MS),
    isoAt(now + 1.5 * DAY_MS),
  );
  const stops: Stop[] = [];
  for (const row of rows) {
    const { address_line1, address_line2, city, postal_code, country, lat, lon, time_zone, ...delivery } = row;
    // A stop is today's when its window touches today (a 23:55–02:05 window is on both days' lists).
    const today = localDate(now, time_zone);
    const first = localDate(Date.parse(row.window_start), time_zone);
    const last = localDate(Date.parse(row.window_end) - 1, time_zone);
    if (first > today || last < today) continue;
    const prefs = await loadPreferences(deps.db, row.home_id);
    const visit = await findOpenVisitOfDelivery(deps.db, row.id);
    stops.push({
      delivery,
      address: { line1: address_line1, line2: address_line2, city, postalCode: postal_code, country },
      location: { lat, lon },
      pets: prefs.pets,
      instructions: prefs.instructions,
      visitId: visit?.id ?? null,
    });
  }
  return { ok: true, value: stops };
}
