import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bus } from '../src/bus.js';
import { loadConfig } from '../src/config.js';
import { createLiveHub } from '../src/live/live-hub.js';
import { fixedClock } from '../src/ports.js';
import { aHome, bearer, call, customer, expectProblem, TEST_ENV, testApp } from './support/app.js';
import { openSqliteTestStore, type TestStore } from './support/stores.js';

// Each request limit on its own, turned on with a small value (docs/api.md, "Limits"); other tests run with them off.

let db: TestStore;
beforeAll(async () => {
  db = await openSqliteTestStore();
});
afterAll(async () => {
  await db.dispose();
});

const withLimits = (env: Record<string, string>, extra = {}) =>
  testApp(db.store, { config: loadConfig({ ...TEST_ENV, ...env }), ...extra });

describe('request limits', () => {
  it('limits requests per caller per minute: 429 problem+json with Retry-After, other callers unaffected', async () => {
    const { app } = await withLimits({ RATE_LIMIT_PER_MINUTE: '3' });
    const [a, b] = [await customer(app, 'ra'), await customer(app, 'rb')];
    for (let i = 0; i < 3; i++)
      expect((await call(app, a.token, { method: 'GET', url: '/v1/me' })).statusCode).toBe(200);
    const limited = await call(app, a.token, { method: 'GET', url: '/v1/me' });
    expectProblem(limited, 429, 'too-many-requests');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Counted per person, not per address: b signs in from the same address and is not limited.
    expect((await call(app, b.token, { method: 'GET', url: '/v1/me' })).statusCode).toBe(200);
    await app.close();
  });

  it('limits sign-ups per client address per hour', async () => {
    const { app } = await withLimits({ RATE_LIMIT_SIGN_UPS_PER_HOUR: '2' });
    const signUp = (i: number, remoteAddress = '203.0.113.5') =>
      app.inject({
        method: 'POST',
        url: '/v1/auth/sign-up',
        payload: { email: `many-${i}@example.test`, name: 'Many', password: 'correct horse battery' },
        remoteAddress,
      });
    expect((await signUp(1)).statusCode).toBe(201);
    expect((await signUp(2)).statusCode).toBe(201);
    const limited = await signUp(3);
    expectProblem(limited, 429, 'too-many-requests');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(60);
    expect((await signUp(4, '203.0.113.6')).statusCode).toBe(201);
    await app.close();
  });

  it('limits sign-in requests per client address per minute, before any password is checked', async () => {
    const { app } = await withLimits({ RATE_LIMIT_SIGN_INS_PER_MINUTE: '3' });
    const a = await customer(app, 'si');
    const signIn = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/v1/auth/sign-in',
        payload: { email: a.email, password },
        remoteAddress: '203.0.113.9',
      });
    for (let i = 0; i < 3; i++) expect((await signIn('correct horse battery')).statusCode).toBe(200);
    expectProblem(await signIn('correct horse battery'), 429, 'too-many-requests');
    await app.close();
  });

  it('bounds the live streams one caller holds open at once', async () => {
    const hub = createLiveHub(new Bus(), { clock: fixedClock(1_000), bufferSize: 3, heartbeatMs: 1_000 });
    const { app } = await withLimits({ LIVE_STREAMS_PER_CALLER: '1' }, { live: hub });
    const a = await customer(app, 'sse');
    const home = await call(app, a.token, {
      method: 'POST',
      url: '/v1/homes',
      payload: aHome,
    });
    const url = `${await app.listen({ host: '127.0.0.1', port: 0 })}/v1/homes/${home.json().id}/events`;
    const first = new AbortController();
    const open = await fetch(url, { headers: bearer(a.token), signal: first.signal });
    expect(open.status).toBe(200);
    const second = await fetch(url, { headers: bearer(a.token) });
    expect(second.status).toBe(429);
    expect(second.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(second.headers.get('retry-after')).toBe('30');
    first.abort();
    await expect.poll(() => hub.subscriberCount()).toBe(0);
    const again = new AbortController();
    expect((await fetch(url, { headers: bearer(a.token), signal: again.signal })).status).toBe(200);
    again.abort();
    await app.close();
    hub.stop();
  });
});
