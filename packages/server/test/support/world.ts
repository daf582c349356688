import { deviceIdFor, generateKeyPair } from '@threshold/protocol';
import type { FastifyInstance } from 'fastify';
import { type Account, aHome, call, customer } from './app.js';

/** Two unrelated tenants, A and B, each with a home, a door, an organisation and an API key. */
export interface Tenant extends Account {
  homeId: string;
  accessPointId: string;
  organisationId: string;
  keyId: string;
  keySecret: string;
  /** A lock already paired to the tenant's door (written straight to the store: pairing has its own tests). */
  deviceId: string;
  /** A webhook endpoint of the organisation (a public address: the sweeps run without WEBHOOK_ALLOW_PRIVATE). */
  webhookEndpointId: string;
}

export interface World {
  app: FastifyInstance;
  a: Tenant;
  b: Tenant;
}

async function created(
  app: FastifyInstance,
  token: string,
  url: string,
  payload: object,
): Promise<Record<string, unknown>> {
  const res = await call(app, token, { method: 'POST', url, payload });
  if (res.statusCode !== 201) throw new Error(`POST ${url} failed: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown>;
}

export async function tenant(app: FastifyInstance, label: string): Promise<Tenant> {
  const account = await customer(app, label);
  const home = await created(app, account.token, '/v1/homes', { ...aHome, name: `Home ${label}` });
  const door = await created(app, account.token, `/v1/homes/${home.id}/access-points`, {
    kind: 'front_door',
    name: 'Front',
  });
  const org = await created(app, account.token, '/v1/organisations', { name: `Carrier ${label}`, kind: 'carrier' });
  const key = await created(app, account.token, `/v1/organisations/${org.id}/api-keys`, {
    name: 'integration',
    scopes: ['deliveries:read', 'deliveries:write'],
  });
  const deviceId = await pairedLock(app, account.userId, home.id as string, door.id as string);
  const endpoint = await created(app, account.token, '/v1/webhook-endpoints', {
    organisationId: org.id,
    url: 'https://93.184.216.34/hooks',
    eventTypes: ['delivery.created'],
    enabled: false, // nothing is ever queued for it: tests send only to 127.0.0.1
  });
  return {
    ...account,
    deviceId,
    homeId: home.id as string,
    accessPointId: door.id as string,
    organisationId: org.id as string,
    keyId: (key.key as { id: string }).id,
    keySecret: key.secret as string,
    webhookEndpointId: (endpoint.endpoint as { id: string }).id,
  };
}

async function pairedLock(app: FastifyInstance, userId: string, homeId: string, accessPointId: string) {
  const { publicKey } = generateKeyPair();
  const id = deviceIdFor('lock', publicKey);
  const at = new Date().toISOString();
  await app.deps.store.db
    .insertInto('devices')
    .values({
      id,
      kind: 'lock',
      public_key: publicKey,
      firmware: 'test',
      claim_hash: null,
      home_id: homeId,
      access_point_id: accessPointId,
      claimed_by: userId,
      claimed_at: at,
      last_seq: 0,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

export async function world(app: FastifyInstance): Promise<World> {
  return { app, a: await tenant(app, 'a'), b: await tenant(app, 'b') };
}

/** What `withDeliveries` adds to a tenant: a courier of its carrier, a delivery to its home, and that visit. */
export interface TenantVisit {
  courierToken: string;
  deliveryId: string;
  visitId: string;
}

/** A courier account of the tenant's carrier (made by its admin), signed in. */
export async function courierOf(app: FastifyInstance, t: Tenant, label: string) {
  const email = `${label}-${t.userId.slice(-8)}@example.test`.toLowerCase();
  const password = 'correct horse battery';
  await created(app, t.token, `/v1/organisations/${t.organisationId}/members`, {
    email,
    role: 'courier',
    account: { name: 'Courier', password },
  });
  const signIn = await app.inject({ method: 'POST', url: '/v1/auth/sign-in', payload: { email, password } });
  const { token, user } = signIn.json() as { token: string; user: { id: string } };
  return { token, userId: user.id };
}

async function deliveryAndVisit(app: FastifyInstance, t: Tenant): Promise<TenantVisit> {
  await created(app, t.token, `/v1/homes/${t.homeId}/enrolments`, { organisationId: t.organisationId, plan: 'std' });
  const { token: courierToken, userId } = await courierOf(app, t, 'courier');
  const courier = { id: userId };
  const key = { authorization: `ApiKey ${t.keySecret}` };
  const booked = await app.inject({
    method: 'POST',
    url: '/v1/deliveries',
    headers: key,
    payload: {
      homeId: t.homeId,
      externalId: 'world-1',
      window: { start: '2026-11-25T08:00:00Z', end: '2026-11-25T11:00:00Z' },
    },
  });
  const deliveryId = (booked.json() as { id: string }).id;
  await app.inject({
    method: 'POST',
    url: `/v1/deliveries/${deliveryId}/assign`,
    headers: key,
    payload: { courierId: courier.id },
  });
  const arrived = await call(app, courierToken, {
    method: 'POST',
    url: `/v1/deliveries/${deliveryId}/arrive`,
    payload: { position: { lat: aHome.lat, lon: aHome.lon, accuracyMeters: 5 } },
  });
  if (arrived.statusCode !== 201) throw new Error(`arrive failed: ${arrived.statusCode} ${arrived.body}`);
  return { courierToken, deliveryId, visitId: (arrived.json() as { visit: { id: string } }).visit.id };
}

/** Both tenants with a delivery and a visit each (the app must run visits: AppDeps.visits). */
export async function withDeliveries(w: World): Promise<World & { a: Tenant & TenantVisit; b: Tenant & TenantVisit }> {
  return {
    ...w,
    a: { ...w.a, ...(await deliveryAndVisit(w.app, w.a)) },
    b: { ...w.b, ...(await deliveryAndVisit(w.app, w.b)) },
  };
}

/**
 * What `withPeople` adds to a tenant: a resident of its home (joined by invitation, accepted) and an open invitation
 * from its organisation's admin to an outsider, as admin: the privilege sweep tries to widen itself with them.
 */
export interface TenantPeople {
  residentToken: string;
  residentUserId: string;
  residentEmail: string;
  invitationId: string;
  /** The owner's browser subscribed to Web Push (a public https endpoint; nothing is ever sent to it here). */
  pushSubscriptionId: string;
  pushEndpoint: string;
}

/** An uncompressed P-256 point (0x04 ‖ x ‖ y), as a browser's subscription carries. */
export const PUSH_KEY = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString('base64url');

async function people(app: FastifyInstance, t: Tenant): Promise<TenantPeople> {
  const resident = await customer(app, 'resident');
  const receipt = await created(app, t.token, `/v1/homes/${t.homeId}/members`, {
    email: resident.email,
    role: 'resident',
  });
  const accepted = await call(app, resident.token, { method: 'POST', url: `/v1/me/invitations/${receipt.id}/accept` });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.statusCode} ${accepted.body}`);
  const outsider = await customer(app, 'outsider');
  const invitation = await created(app, t.token, `/v1/organisations/${t.organisationId}/members`, {
    email: outsider.email,
    role: 'admin',
  });
  const pushEndpoint = `https://push.example.test/send/${t.userId}`;
  const subscription = await created(app, t.token, '/v1/me/push-subscriptions', {
    endpoint: pushEndpoint,
    keys: { p256dh: PUSH_KEY, auth: 'AAAAAAAAAAAAAAAAAAAAAA' },
  });
  return {
    pushSubscriptionId: subscription.id as string,
    pushEndpoint,
    residentToken: resident.token,
    residentUserId: resident.userId,
    residentEmail: resident.email,
    invitationId: invitation.id as string,
  };
}

/** Both tenants with a resident and an open invitation each (after `withDeliveries`). */
export async function withPeople<T extends Tenant>(w: World & { a: T; b: T }) {
  return {
    ...w,
    a: { ...w.a, ...(await people(w.app, w.a)) },
    b: { ...w.b, ...(await people(w.app, w.b)) },
  };
}
