import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/http/auth.js';
import { SIGN_IN_LIMITS } from '../src/services/sign-in-throttle.js';
import { grantStaff, revokeStaff } from '../src/services/staff.js';
import { call, customer, expectProblem, testApp } from './support/app.js';
import { describeEachDialect } from './support/stores.js';

describeEachDialect('http auth', (getStore) => {
  it('signs up, signs in with bearer and cookie, and signs out', async () => {
    const { app } = await testApp(getStore());
    const a = await customer(app, 'a');
    const me = await call(app, a.token, { method: 'GET', url: '/v1/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { id: a.userId, email: a.email, kind: 'customer' }, organisations: [] });

    const signIn = await app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: { email: a.email.toUpperCase(), password: 'correct horse battery' },
    });
    expect(signIn.statusCode).toBe(200);
    const cookie = signIn.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const token = (signIn.json() as { token: string }).token;
    expect(cookie?.value).toBe(token);

    const viaCookie = await app.inject({ method: 'GET', url: '/v1/me', cookies: { [SESSION_COOKIE]: token } });
    expect(viaCookie.json()).toMatchObject({ user: { id: a.userId } });

    const out = await call(app, token, { method: 'POST', url: '/v1/auth/sign-out' });
    expect(out.statusCode).toBe(204);
    expectProblem(await call(app, token, { method: 'GET', url: '/v1/me' }), 401, 'unauthenticated');
    // The sign-up session is independent and still live.
    expect((await call(app, a.token, { method: 'GET', url: '/v1/me' })).statusCode).toBe(200);
    await app.close();
  });

  it('says in /v1/me whether the user is platform staff, as the admin command made them', async () => {
    const { app, clock } = await testApp(getStore());
    const a = await customer(app, 'staff-me');
    const staffOf = async () => (await call(app, a.token, { method: 'GET', url: '/v1/me' })).json().staff;
    expect(await staffOf()).toBeNull();
    expect((await grantStaff({ db: getStore().db, clock }, a.email, 'support')).ok).toBe(true);
    expect(await staffOf()).toBe('support');
    await grantStaff({ db: getStore().db, clock }, a.email, 'admin');
    expect(await staffOf()).toBe('admin');
    await revokeStaff({ db: getStore().db }, a.email);
    expect(await staffOf()).toBeNull();
    await app.close();
  });

  it('stores sessions only as SHA-256 hashes', async () => {
    const { app } = await testApp(getStore());
    const a = await customer(app, 'h');
    const rows = await getStore().db.selectFrom('sessions').selectAll().where('user_id', '=', a.userId).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(a.token);
    const user = await getStore()
      .db.selectFrom('users')
      .selectAll()
      .where('id', '=', a.userId)
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    await app.close();
  });

  it('refuses a duplicate email, a wrong password and an unknown email alike', async () => {
    const { app } = await testApp(getStore());
    const a = await customer(app, 'd');
    const dup = await app.inject({
      method: 'POST',
      url: '/v1/auth/sign-up',
      payload: { email: a.email, name: 'X', password: 'another long password' },
    });
    expectProblem(dup, 409, 'conflict');
    const wrong = await app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: { email: a.email, password: 'nope' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: { email: 'nobody@example.test', password: 'nope' },
    });
    expectProblem(wrong, 401, 'invalid-credentials');
    expectProblem(unknown, 401, 'invalid-credentials');
    expect(wrong.json().detail).toBe(unknown.json().detail);
    await app.close();
  });

  it('throttles per account: 429 with Retry-After, even for the right password, until the window passes', async () => {
    const { app, clock } = await testApp(getStore());
    const a = await customer(app, 't');
    const attempt = (password: string, ip = '10.0.0.1') =>
      app.inject({ method: 'POST', url: '/v1/auth/sign-in', payload: { email: a.email, password }, remoteAddress: ip });
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++)
      expect((await attempt('wrong', `10.0.0.${i}`)).statusCode).toBe(401);
    const blocked = await attempt('correct horse battery', '10.9.9.9');
    expectProblem(blocked, 429, 'too-many-requests');
    expect(blocked.headers['retry-after']).toBe(String(SIGN_IN_LIMITS.windowMs / 1000));
    clock.advance(SIGN_IN_LIMITS.windowMs);
    expect((await attempt('correct horse battery')).statusCode).toBe(200);
    // A success clears the account's failures.
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i++) await attempt('wrong', '10.1.1.1');
    expect((await attempt('correct horse battery', '10.1.1.2')).statusCode).toBe(200);
    await app.close();
  });

  it('throttles per address across accounts', async () => {
    const { app } = await testApp(getStore());
    const victim = await customer(app, 'v');
    const ip = '192.0.2.77';
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/auth/sign-in',
        payload: { email: `spray-${i}@example.test`, password: 'guess' },
        remoteAddress: ip,
      });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: { email: victim.email, password: 'correct horse battery' },
      remoteAddress: ip,
    });
    expectProblem(blocked, 429, 'too-many-requests');
    const elsewhere = await app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: { email: victim.email, password: 'correct horse battery' },
      remoteAddress: '192.0.2.78',
    });
    expect(elsewhere.statusCode).toBe(200);
    await app.close();
    // Twenty-two scrypt verifications: seconds on a busy shared machine, so a generous bound on a test of behaviour.
  }, 60_000);
});

describe('health', () => {
  it('answers /healthz', async () => {
    const { openSqliteTestStore } = await import('./support/stores.js');
    const { store, dispose } = await openSqliteTestStore();
    const { app } = await testApp(store, { ready: { broker: () => 'broker disconnected' } });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: 'not ready', checks: { store: 'ok', broker: 'broker disconnected' } });
    const openapi = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(openapi.statusCode).toBe(200);
    expect(Object.keys(openapi.json().components.securitySchemes).sort()).toEqual(['apiKey', 'bearer', 'session']);
    expect(openapi.json().paths['/v1/homes/{homeId}']).toBeDefined();
    await app.close();
    await dispose();
  });
});
