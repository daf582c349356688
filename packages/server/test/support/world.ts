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
  return {
    ...account,
    deviceId,
    homeId: home.id as string,
    accessPointId: door.id as string,
    organisationId: org.id as string,
    keyId: (key.key as { id: string }).id,
    keySecret: key.secret as string,
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
