import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config.js';
import { buildApp } from '../../src/http/app.js';
import type { AppDeps } from '../../src/http/deps.js';
import { fixedClock, randomIds } from '../../src/ports.js';
import type { Store } from '../../src/store/db.js';

export const T0 = Date.parse('2026-11-25T09:00:00.000Z');

export interface TestApp {
  app: FastifyInstance;
  clock: ReturnType<typeof fixedClock>;
}

/**
 * Tests call the API far faster than any person: request limits are off unless a test turns one on (sign-in failures
 * are still counted in the store, at their defaults).
 */
export const TEST_ENV = {
  DATA_DIR: '/tmp/threshold-unused',
  DEMO: 'false',
  RATE_LIMIT_PER_MINUTE: '0',
  RATE_LIMIT_SIGN_UPS_PER_HOUR: '0',
  RATE_LIMIT_SIGN_INS_PER_MINUTE: '0',
} as const;

export async function testApp(store: Store, extra: Partial<AppDeps> = {}): Promise<TestApp> {
  const clock = fixedClock(T0);
  const config = loadConfig(TEST_ENV);
  const app = await buildApp({ store, config, clock, ids: randomIds, ...extra });
  await app.ready();
  return { app, clock };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export interface Account {
  token: string;
  userId: string;
  email: string;
}

let counter = 0;

/** Signs up a fresh customer; emails are unique per call so tests sharing a store do not collide. */
export async function customer(app: FastifyInstance, label = 'c'): Promise<Account> {
  const email = `${label}-${++counter}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const res = await app.inject({
    method: 'POST',
    url: '/v1/auth/sign-up',
    payload: { email, name: `Customer ${label}`, password: 'correct horse battery' },
  });
  if (res.statusCode !== 201) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
  const body = res.json() as { token: string; user: { id: string } };
  return { token: body.token, userId: body.user.id, email };
}

export async function call(
  app: FastifyInstance,
  token: string | undefined,
  options: InjectOptions,
): Promise<LightMyRequestResponse> {
  return app.inject({ ...options, headers: { ...(token ? bearer(token) : {}), ...options.headers } });
}

export const aHome = {
  name: 'Home',
  addressLine1: 'Keizersgracht 1',
  city: 'Amsterdam',
  postalCode: '1015 AA',
  country: 'NL',
  lat: 52.37,
  lon: 4.89,
  geofenceRadiusM: 50,
  timeZone: 'Europe/Amsterdam',
};

export function expectProblem(res: LightMyRequestResponse, status: number, code: string): void {
  if (res.statusCode !== status || !res.headers['content-type']?.toString().startsWith('application/problem+json')) {
    throw new Error(
      `expected ${status} problem+json ${code}, got ${res.statusCode} ${res.headers['content-type']} ${res.body}`,
    );
  }
  const body = res.json() as { type: string; status: number };
  if (body.type !== `urn:threshold:problem:${code}` || body.status !== status) {
    throw new Error(`expected problem ${code}, got ${res.body}`);
  }
}
