import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { LockerBankLink } from '../../src/services/lockers/bank-link.js';
import { type Account, aHome, call, customer } from './app.js';
import type { Platform } from './platform.js';
import { courierOf, type Tenant } from './world.js';

// Parcel lockers for tests (docs/lockers.md): a locker operator with a second admin, sites near the tenant's home,
// and a bank link that records what it was told to open.

export interface RecordedOpen {
  deviceId: string;
  position: number;
  purpose: string;
  capability: string | null;
}

export function recordingBank(): LockerBankLink & { opens: RecordedOpen[]; recordings: string[] } {
  const opens: RecordedOpen[] = [];
  const recordings: string[] = [];
  return {
    opens,
    recordings,
    open: async (c) => {
      opens.push({ deviceId: c.deviceId, position: c.position, purpose: c.purpose, capability: c.capability });
      return 'sent';
    },
    // The site's camera confirms every recording at once (the emulated one is in locker-site-camera.test.ts).
    record: async (_cameraId, session) => {
      recordings.push(session);
      return 'recording';
    },
    stopRecording: async () => {},
    codeRefused: async () => {},
  };
}

export const cameraDeviceId = () =>
  `cam-${[...randomBytes(26)].map((b) => 'abcdefghijklmnopqrstuvwxyz234567'[b % 32]).join('')}`;

export const bankDeviceId = () =>
  `lkb-${[...randomBytes(26)].map((b) => 'abcdefghijklmnopqrstuvwxyz234567'[b % 32]).join('')}`;

async function created(app: FastifyInstance, token: string, url: string, payload: object) {
  const res = await call(app, token, { method: 'POST', url, payload });
  if (res.statusCode !== 201) throw new Error(`POST ${url} failed: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown>;
}

export interface LockerOperator {
  admin: Account;
  second: Account;
  organisationId: string;
}

export async function lockerOperator(app: FastifyInstance, label: string): Promise<LockerOperator> {
  const admin = await customer(app, `op-${label}`);
  const org = await created(app, admin.token, '/v1/organisations', {
    name: `Lockers ${label}`,
    kind: 'locker_operator',
  });
  const second = await customer(app, `op2-${label}`);
  const invitation = await created(app, admin.token, `/v1/organisations/${org.id}/members`, {
    email: second.email,
    role: 'admin',
  });
  const accepted = await call(app, second.token, { method: 'POST', url: `/v1/me/invitations/${invitation.id}/accept` });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.statusCode} ${accepted.body}`);
  return { admin, second, organisationId: org.id as string };
}

export interface SiteSetup {
  siteId: string;
  bankId: string;
  deviceId: string;
  compartments: { id: string; label: string; size: string; position: number }[];
}

/** A site `offsetDeg` north of the tenant's home with one bank of the given sizes (labels A1, A2, …). */
export async function lockerSite(
  app: FastifyInstance,
  op: { admin: Pick<Account, 'token'>; organisationId: string },
  name: string,
  offsetDeg: number,
  sizes: string[],
  hasCamera = true,
): Promise<SiteSetup> {
  const site = await created(app, op.admin.token, '/v1/locker-sites', {
    organisationId: op.organisationId,
    name,
    lat: aHome.lat + offsetDeg,
    lon: aHome.lon,
    timeZone: 'Europe/Amsterdam',
    openingHours: 'always',
    hasCamera,
    pickupDays: 3,
  });
  if (hasCamera) {
    // As if paired (POST /v1/locker-sites/{id}/camera/pair needs a device on MQTT; locker-site-camera.test.ts has one).
    await app.services.db
      .insertInto('locker_site_cameras')
      .values({ site_id: site.id as string, device_id: cameraDeviceId(), paired_by: 'test', paired_at: '2026-01-01' })
      .execute();
  }
  const deviceId = bankDeviceId();
  const bank = await created(app, op.admin.token, `/v1/locker-sites/${site.id}/banks`, {
    name: 'Bank 1',
    deviceId,
    compartments: sizes.map((size, i) => ({ label: `${name.slice(0, 1).toUpperCase()}${i + 1}`, size })),
  });
  return {
    siteId: site.id as string,
    bankId: bank.id as string,
    deviceId,
    compartments: bank.compartments as SiteSetup['compartments'],
  };
}

/** A site next to the tenant's home with one bank of the given compartments, no device named: pair one. */
export async function bankSite(
  app: FastifyInstance,
  op: { admin: Pick<Account, 'token'>; organisationId: string },
  o: { name: string; hasCamera: boolean; compartments: { label: string; size: string }[] },
): Promise<{ siteId: string; bankId: string }> {
  const site = await created(app, op.admin.token, '/v1/locker-sites', {
    organisationId: op.organisationId,
    name: o.name,
    lat: aHome.lat + 0.001,
    lon: aHome.lon,
    timeZone: 'Europe/Amsterdam',
    openingHours: 'always',
    hasCamera: o.hasCamera,
    pickupDays: 3,
  });
  const bank = await created(app, op.admin.token, `/v1/locker-sites/${site.id}/banks`, {
    name: `Bank ${o.name}`,
    compartments: o.compartments,
  });
  return { siteId: site.id as string, bankId: bank.id as string };
}

export interface BookedReservation {
  id: string;
  status: string;
  compartment: { id: string; label: string };
}

/** A locker delivery for the platform's household at `siteId`, assigned to its courier: its reservation. */
export async function bookedAt(
  p: Pick<Platform, 'call' | 'clock' | 'carrier' | 'owner' | 'courier'>,
  siteId: string,
  size: string,
  windowMs?: { start: number; end: number },
): Promise<BookedReservation> {
  const now = p.clock.now();
  const { start, end } = windowMs ?? { start: now - 600_000, end: now + 7_200_000 };
  const window = { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
  const booked = await p.call(p.carrier.apiKey, {
    method: 'POST',
    url: '/v1/deliveries',
    payload: { homeId: p.owner.homeId, externalId: `lk-${Math.random()}`, window, locker: { size, siteId } },
  });
  if (booked.statusCode !== 201) throw new Error(`booking failed: ${booked.statusCode} ${booked.body}`);
  const deliveryId = (booked.json() as { id: string }).id;
  await p.call(p.carrier.apiKey, {
    method: 'POST',
    url: `/v1/deliveries/${deliveryId}/assign`,
    payload: { courierId: p.courier.userId },
  });
  const found = await p.call(p.carrier.apiKey, { method: 'GET', url: `/v1/deliveries/${deliveryId}/locker` });
  return found.json() as BookedReservation;
}

export interface Carrier {
  key: { authorization: string };
  courierToken: string;
  courierId: string;
}

/** The tenant's carrier enrolled at its home, with a courier. */
export async function carrierOf(app: FastifyInstance, t: Tenant): Promise<Carrier> {
  await created(app, t.token, `/v1/homes/${t.homeId}/enrolments`, { organisationId: t.organisationId, plan: 'std' });
  const courier = await courierOf(app, t, 'lk-courier');
  return { key: { authorization: `ApiKey ${t.keySecret}` }, courierToken: courier.token, courierId: courier.userId };
}

let bookings = 0;

/** Books a locker delivery and assigns the courier; answers the booking response. */
export async function bookLocker(
  app: FastifyInstance,
  t: Tenant,
  carrier: Carrier,
  locker: { size: string; siteId?: string },
) {
  const res = await app.inject({
    method: 'POST',
    url: '/v1/deliveries',
    headers: carrier.key,
    payload: {
      homeId: t.homeId,
      externalId: `locker-${++bookings}-${Math.random().toString(36).slice(2, 8)}`,
      window: { start: '2026-11-25T08:00:00Z', end: '2026-11-25T18:00:00Z' },
      locker,
    },
  });
  if (res.statusCode === 201) {
    const id = (res.json() as { id: string }).id;
    const assigned = await app.inject({
      method: 'POST',
      url: `/v1/deliveries/${id}/assign`,
      headers: carrier.key,
      payload: { courierId: carrier.courierId },
    });
    if (assigned.statusCode !== 200) throw new Error(`assign failed: ${assigned.statusCode} ${assigned.body}`);
  }
  return res;
}
