import type { FastifyInstance } from 'fastify';
import { type Account, aHome, call, customer } from './app.js';

/** Two unrelated tenants, A and B, each with a home, a door, an organisation and an API key. */
export interface Tenant extends Account {
  homeId: string;
  accessPointId: string;
  organisationId: string;
  keyId: string;
  keySecret: string;
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
  return {
    ...account,
    homeId: home.id as string,
    accessPointId: door.id as string,
    organisationId: org.id as string,
    keyId: (key.key as { id: string }).id,
    keySecret: key.secret as string,
  };
}

export async function world(app: FastifyInstance): Promise<World> {
  return { app, a: await tenant(app, 'a'), b: await tenant(app, 'b') };
}
