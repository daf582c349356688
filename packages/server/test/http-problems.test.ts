import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aHome, call, customer, expectProblem, testApp } from './support/app.js';
import { openSqliteTestStore, type TestStore } from './support/stores.js';

describe('problem responses', () => {
  let testStore: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    testStore = await openSqliteTestStore();
    ({ app } = await testApp(testStore.store));
  });
  afterAll(async () => {
    await app.close();
    await testStore.dispose();
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/nothing-here?x=1' });
    expectProblem(res, 404, 'not-found');
    expect(res.json().detail).toBe('No route GET /v1/nothing-here');
  });

  it('names the failing field of an invalid body', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/auth/sign-up',
      payload: { email: 'a@example.test', name: 'A' },
    });
    expectProblem(res, 400, 'validation');
    expect(res.json()).toMatchObject({ field: 'body.password', detail: 'body.password is required' });
    const extra = await app.inject({
      method: 'POST',
      url: '/v1/auth/sign-up',
      payload: { email: 'a@example.test', name: 'A', password: 'long enough pass', admin: true },
    });
    expect(extra.json()).toMatchObject({ field: 'body.admin', detail: 'body.admin is not allowed' });
  });

  const big = JSON.stringify({ email: 'a@example.test', password: 'x'.repeat(70_000) });
  it.each([
    ['application/json', '{"email":', 400, 'malformed-json'],
    ['application/json', '', 400, 'malformed-json'],
    ['application/xml', '<a/>', 415, 'unsupported-media-type'],
    // Text is parsed as a string, which the body schema then refuses.
    ['text/plain', 'hi', 400, 'validation'],
    ['application/json', big, 413, 'payload-too-large'],
  ])('answers a %s body %#', async (contentType, payload, status, code) => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      headers: { 'content-type': contentType },
      payload,
    });
    expectProblem(res, status, code);
  });

  it('never leaks internals in a 500', async () => {
    const a = await customer(app, 'leak');
    await testStore.store.db.schema.dropTable('idempotency_keys').execute();
    const res = await call(app, a.token, {
      method: 'POST',
      url: '/v1/homes',
      payload: aHome,
      headers: { 'idempotency-key': 'k1' },
    });
    expectProblem(res, 500, 'internal');
    expect(res.json()).toEqual({
      type: 'urn:threshold:problem:internal',
      title: 'Internal server error',
      status: 500,
      detail: 'An unexpected error occurred',
    });
  });
});
