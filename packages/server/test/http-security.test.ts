import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { WEB_DIST } from '../src/http/web.js';
import { call, customer, expectProblem, TEST_ENV, type TestApp, testApp } from './support/app.js';
import { openSqliteTestStore, type TestStore } from './support/stores.js';

// Response headers, caching and the password rule at the HTTP edge (docs/api.md "Security headers", "Limits").

let db: TestStore;
let t: TestApp;

beforeAll(async () => {
  db = await openSqliteTestStore();
  t = await testApp(db.store);
});
afterAll(async () => {
  await t.app.close();
  await db.dispose();
});

/** No `<script>` without `src` and no `<style>` or `style=`: what a CSP of script-src/style-src 'self' needs. */
function expectNoInlineCode(html: string): void {
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toMatch(/\ssrc=/);
  expect(html).not.toMatch(/<style\b/i);
  expect(html).not.toMatch(/\sstyle=/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
}

describe('security headers', () => {
  it('sends CSP, nosniff, frame-ancestors and Referrer-Policy on API answers, errors and pages', async () => {
    for (const url of ['/v1/me', '/v1/no-such-route', '/healthz', '/openapi.json', '/docs', '/']) {
      const res = await t.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("object-src 'none'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
    }
  });

  it('keeps the API docs working under the policy: no inline code, every asset same-origin', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expectNoInlineCode(page.body);
    for (const src of page.body.match(/(?<=src=")[^"]+/g) ?? []) {
      expect(src.startsWith('./') || src.startsWith('/')).toBe(true);
      const asset = await t.app.inject({ method: 'GET', url: new URL(src, 'http://x/docs/').pathname });
      expect(asset.statusCode, src).toBe(200);
    }
  });

  it.skipIf(!existsSync(join(WEB_DIST, 'index.html')))('keeps the built web app free of inline code', async () => {
    expectNoInlineCode(readFileSync(join(WEB_DIST, 'index.html'), 'utf8'));
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("style-src 'self'");
  });

  it('asks browsers to upgrade and pin https only when the public URL is https', async () => {
    const https = await testApp(db.store, { config: loadConfig({ ...TEST_ENV, PUBLIC_URL: 'https://t.example' }) });
    const res = await https.app.inject({ method: 'GET', url: '/v1/me' });
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    await https.app.close();
    const plain = await t.app.inject({ method: 'GET', url: '/v1/me' });
    expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('caching', () => {
  it('answers Cache-Control: no-store on every answer carrying a token or secret, and on /v1 by default', async () => {
    const email = 'cache@example.test';
    const password = 'correct horse battery';
    const signUp = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-up',
      payload: { email, name: 'Cache Test', password },
    });
    const signIn = await t.app.inject({ method: 'POST', url: '/v1/auth/sign-in', payload: { email, password } });
    const { token } = signIn.json() as { token: string };
    const org = await call(t.app, token, {
      method: 'POST',
      url: '/v1/organisations',
      payload: { name: 'Cache carrier', kind: 'carrier' },
    });
    const key = await call(t.app, token, {
      method: 'POST',
      url: `/v1/organisations/${(org.json() as { id: string }).id}/api-keys`,
      payload: { name: 'k', scopes: ['deliveries:read'] },
    });
    const me = await call(t.app, token, { method: 'GET', url: '/v1/me' });
    const refused = await t.app.inject({ method: 'GET', url: '/v1/me' });
    const answers = { signUp, signIn, org, key, me, refused };
    expect(Object.values(answers).map((a) => a.statusCode)).toEqual([201, 200, 201, 201, 200, 401]);
    for (const [name, answer] of Object.entries(answers))
      expect(answer.headers['cache-control'], name).toBe('no-store');
  });
});

describe('weak passwords at sign-up (NIST SP 800-63B)', () => {
  it.each([
    ['aaaaaaaaaa', 'repetitive'],
    ['1234567890', 'common'],
    ['password12', 'common'],
    ['weakling.person', 'personal'],
  ])('refuses %s with weak-password (%s) and creates nothing', async (password, reason) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-up',
      payload: { email: 'weakling.person@example.test', name: 'Weakling Person', password },
    });
    expectProblem(res, 400, 'weak-password');
    expect(res.json()).toMatchObject({ reason });
    expect(res.json().detail).toMatch(/choose/);
  });

  it('accepts a long passphrase without composition rules', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/sign-up',
      payload: { email: 'weakling.person@example.test', name: 'Weakling Person', password: 'quiet river at dawn' },
    });
    expect(res.statusCode).toBe(201);
  });

  it('refuses a weak password for an account an organisation admin creates too', async () => {
    const admin = await customer(t.app, 'admin');
    const org = await call(t.app, admin.token, {
      method: 'POST',
      url: '/v1/organisations',
      payload: { name: 'Weak carrier', kind: 'carrier' },
    });
    const res = await call(t.app, admin.token, {
      method: 'POST',
      url: `/v1/organisations/${(org.json() as { id: string }).id}/members`,
      payload: { email: 'new.courier@example.test', role: 'courier', account: { name: 'New', password: 'qwertyuiop' } },
    });
    expectProblem(res, 400, 'weak-password');
  });
});
