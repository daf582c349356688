import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createMailer, mailDir } from '../src/services/notifications/email.js';
import { endpointRefusal, guardedLookup, isPrivateAddress } from '../src/services/notifications/endpoint-guard.js';
import { kindOfAlert } from '../src/services/notifications/kinds.js';
import { sendPush } from '../src/services/notifications/push.js';
import { quietUntil } from '../src/services/notifications/quiet-hours.js';
import { loadVapidKeys, vapidKeysPath } from '../src/services/notifications/vapid-keys.js';
import { call, expectProblem, TEST_ENV, testApp } from './support/app.js';
import { validNotificationPreferences } from './support/route-cases/notifications.js';
import { describeEachDialect } from './support/stores.js';
import { PUSH_KEY, type World, world } from './support/world.js';

// The parts of notifications that need no emulated home: preferences over HTTP, who may subscribe what, where the
// server refuses to POST, quiet-hours arithmetic, VAPID keys kept across restarts, .eml files without SMTP_URL.

const at = (iso: string) => Date.parse(iso);
const notifyConfig = (env: Record<string, string> = {}) => loadConfig({ ...TEST_ENV, ...env }).notifications;

describe('notification kinds', () => {
  it('tells endings as done (grant_visit for a service visit), device conditions as device_offline, the rest as alert', () => {
    expect(kindOfAlert('delivered_inside', { grant: false })).toBe('done');
    expect(kindOfAlert('not_delivered', { grant: true })).toBe('grant_visit');
    expect(kindOfAlert('battery_low', null)).toBe('device_offline');
    expect(kindOfAlert('device_offline', null)).toBe('device_offline');
    for (const kind of ['door_left_open', 'visit_overdue', 'camera_gap', 'door_opened_without_visit', 'lock_jammed']) {
      expect(kindOfAlert(kind, { grant: false })).toBe('alert');
    }
  });
});

describe('quiet hours', () => {
  const night = { start: '22:00', end: '07:00', timeZone: 'Europe/Amsterdam' };
  it('holds a notice inside the stretch to its end, across midnight, in the chosen zone', () => {
    // 23:30 Amsterdam (CET, UTC+1) is 22:30Z: held to 07:00 local = 06:00Z next day.
    expect(quietUntil(at('2026-12-01T22:30:00Z'), night)).toBe(at('2026-12-02T06:00:00Z'));
    // 03:00 local = 02:00Z: held to 06:00Z the same day.
    expect(quietUntil(at('2026-12-02T02:00:00Z'), night)).toBe(at('2026-12-02T06:00:00Z'));
    expect(quietUntil(at('2026-12-02T06:00:00Z'), night)).toBeNull(); // 07:00 local: over
    expect(quietUntil(at('2026-12-01T20:59:00Z'), night)).toBeNull(); // 21:59 local
    expect(quietUntil(at('2026-12-01T12:00:00Z'), null)).toBeNull();
    expect(quietUntil(at('2026-12-01T12:00:00Z'), { ...night, end: '22:00' })).toBeNull();
  });
  it('ends at the wall time on a night the clocks change (29 March 2026, Amsterdam)', () => {
    // 01:00 CET = 00:00Z; clocks jump 02:00 → 03:00; 07:00 CEST is 05:00Z.
    expect(quietUntil(at('2026-03-29T00:00:00Z'), night)).toBe(at('2026-03-29T05:00:00Z'));
  });
});

describe('push endpoints the server will POST to', () => {
  it('refuses loopback, private, link-local and non-https endpoints unless configured', () => {
    for (const bad of [
      'http://push.example.test/x',
      'https://127.0.0.1/x',
      'https://localhost/x',
      'https://a.localhost/x',
      'https://10.0.0.1/x',
      'https://192.168.1.1/x',
      'https://169.254.169.254/x',
      'https://[::1]/x',
      'https://[fd00::1]/x',
      'https://[::ffff:127.0.0.1]/x',
      'https://u:p@push.example.test/x',
    ]) {
      expect(endpointRefusal(bad, false), bad).not.toBeNull();
    }
    expect(endpointRefusal('https://fcm.googleapis.com/fcm/send/abc', false)).toBeNull();
    expect(endpointRefusal('http://127.0.0.1:9/x', true)).toBeNull();
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
  });

  it('refuses a name that resolves to a private address at send time', async () => {
    const error = await new Promise<Error | null>((resolve) =>
      guardedLookup(false)('localhost', {}, (err) => resolve(err)),
    );
    expect(error?.name).toBe('PrivateAddressError');
  });

  it('does not follow a redirect from a push service', async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/push/a') res.writeHead(307, { location: '/elsewhere' }).end();
      else res.writeHead(201).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const dir = mkdtempSync(join(tmpdir(), 'threshold-vapid-'));
    const keys = loadVapidKeys(notifyConfig(), dir);
    const sub = { id: 'psub_a', user_id: 'usr_a', endpoint: `${origin}/push/a`, created_at: '' };
    const browser = { p256dh: PUSH_KEY, auth: 'AAAAAAAAAAAAAAAAAAAAAA' };
    // A real browser key is needed for the encryption; any valid P-256 point works.
    const { createECDH } = await import('node:crypto');
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    browser.p256dh = ecdh.getPublicKey().toString('base64url');
    const settings = { keys, subject: 'mailto:ops@example.test', allowPrivate: true };
    const result = await sendPush({ ...sub, ...browser }, { title: 't' }, settings);
    server.close();
    expect(result).toMatchObject({ ok: false, gone: false, retry: false });
    expect(hits).toEqual(['/push/a']);
    // Without the configuration flag the same endpoint is refused before any request.
    const refused = await sendPush({ ...sub, ...browser }, { title: 't' }, { ...settings, allowPrivate: false });
    expect(refused).toMatchObject({ ok: false, retry: false });
    expect(hits).toHaveLength(1);
  });
});

describe('keys and mail without configuration', () => {
  it('makes the VAPID key pair on first start, keeps it private, and reads the same pair after', () => {
    const dir = mkdtempSync(join(tmpdir(), 'threshold-vapid-'));
    const first = loadVapidKeys(notifyConfig(), dir);
    expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65);
    expect(statSync(vapidKeysPath(dir)).mode & 0o777).toBe(0o600);
    expect(loadVapidKeys(notifyConfig(), dir)).toEqual(first);
    const pinned = { VAPID_PUBLIC_KEY: first.publicKey, VAPID_PRIVATE_KEY: first.privateKey };
    expect(loadVapidKeys(notifyConfig(pinned), mkdtempSync(join(tmpdir(), 'x-')))).toEqual(first);
    expect(() => notifyConfig({ VAPID_PUBLIC_KEY: 'x' })).toThrow(/together/);
    expect(() => notifyConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
  });

  it('writes a mail as an .eml file under the data folder when SMTP_URL is not set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'threshold-mail-'));
    const mailer = createMailer(notifyConfig(), dir);
    await mailer.send({ to: 'owner@example.test', subject: 'Home: Alert', text: 'The door was left open.', id: 'n1' });
    mailer.close();
    const files = readdirSync(mailDir(dir));
    expect(files).toHaveLength(1);
    const eml = readFileSync(join(mailDir(dir), files[0]!), 'utf8');
    expect(eml).toMatch(/^To: owner@example\.test$/m);
    expect(eml).toMatch(/^Subject: Home: Alert$/m);
    expect(eml).toContain('The door was left open.');
  });
});

describeEachDialect('notification preferences and push subscriptions over HTTP', (getStore) => {
  let w: World;
  beforeAll(async () => {
    w = await world((await testApp(getStore())).app);
  });
  const prefsUrl = '/v1/me/notification-preferences';

  it('starts from the defaults and keeps what the person sets, for that person only', async () => {
    const initial = await call(w.app, w.a.token, { method: 'GET', url: prefsUrl });
    expect(initial.json()).toMatchObject({ kinds: { alert: { push: true, email: true } } });
    expect(initial.json()).not.toHaveProperty('quietHours');
    const put = await call(w.app, w.a.token, { method: 'PUT', url: prefsUrl, payload: validNotificationPreferences });
    expect(put.statusCode).toBe(200);
    expect((await call(w.app, w.a.token, { method: 'GET', url: prefsUrl })).json()).toEqual(
      validNotificationPreferences,
    );
    expect((await call(w.app, w.b.token, { method: 'GET', url: prefsUrl })).json()).not.toHaveProperty('quietHours');
    const cleared = await call(w.app, w.a.token, {
      method: 'PUT',
      url: prefsUrl,
      payload: { kinds: validNotificationPreferences.kinds },
    });
    expect(cleared.json()).not.toHaveProperty('quietHours');
  });

  it('refuses an unknown kind, a wrong type, a bad hour and an unknown zone', async () => {
    const { kinds } = validNotificationPreferences;
    for (const payload of [
      { ...validNotificationPreferences, kinds: { ...kinds, sms: { push: true, email: true } } },
      { ...validNotificationPreferences, kinds: { ...kinds, alert: { push: 'yes', email: false } } },
      { ...validNotificationPreferences, quietHours: { start: '24:00', end: '07:00', timeZone: 'UTC' } },
      { ...validNotificationPreferences, quietHours: { start: '22:00', end: '07:00', timeZone: 'Mars/Base' } },
    ]) {
      expectProblem(await call(w.app, w.a.token, { method: 'PUT', url: prefsUrl, payload }), 400, 'validation');
    }
  });

  it('lets a browser move to another person only with its own keys', async () => {
    const endpoint = 'https://push.example.test/send/shared-browser';
    const keys = { p256dh: PUSH_KEY, auth: 'CCCCCCCCCCCCCCCCCCCCCC' };
    const mine = await call(w.app, w.a.token, {
      method: 'POST',
      url: '/v1/me/push-subscriptions',
      payload: { endpoint, keys },
    });
    expect(mine.statusCode).toBe(201);
    const stolen = await call(w.app, w.b.token, {
      method: 'POST',
      url: '/v1/me/push-subscriptions',
      payload: { endpoint, keys: { ...keys, auth: 'DDDDDDDDDDDDDDDDDDDDDD' } },
    });
    expectProblem(stolen, 403, 'forbidden');
    const owner = await w.app.inject({
      method: 'GET',
      url: '/v1/me/push-subscriptions',
      headers: { authorization: `Bearer ${w.a.token}` },
    });
    expect((owner.json() as { items: { endpoint: string }[] }).items.map((i) => i.endpoint)).toContain(endpoint);
    // The same browser, signed in as B, sends the same keys: the subscription is B's now.
    const moved = await call(w.app, w.b.token, {
      method: 'POST',
      url: '/v1/me/push-subscriptions',
      payload: { endpoint, keys },
    });
    expect(moved.statusCode).toBe(201);
    const after = await call(w.app, w.a.token, { method: 'GET', url: '/v1/me/push-subscriptions' });
    expect((after.json() as { items: { endpoint: string }[] }).items.map((i) => i.endpoint)).not.toContain(endpoint);
    const { id } = moved.json() as { id: string };
    expectProblem(
      await call(w.app, w.a.token, { method: 'DELETE', url: `/v1/me/push-subscriptions/${id}` }),
      404,
      'not-found',
    );
    expect(
      (await call(w.app, w.b.token, { method: 'DELETE', url: `/v1/me/push-subscriptions/${id}` })).statusCode,
    ).toBe(204);
  });

  it('refuses endpoints on this machine or a private network (no PUSH_ALLOW_PRIVATE_ENDPOINTS)', async () => {
    for (const endpoint of ['https://127.0.0.1:8080/x', 'https://10.0.0.7/x', 'http://push.example.test/x']) {
      const res = await call(w.app, w.a.token, {
        method: 'POST',
        url: '/v1/me/push-subscriptions',
        payload: { endpoint, keys: { p256dh: PUSH_KEY, auth: 'AAAAAAAAAAAAAAAAAAAAAA' } },
      });
      expectProblem(res, 400, 'validation');
    }
  });

  it('answers 503 for the VAPID key where notifications are not running', async () => {
    expectProblem(
      await call(w.app, undefined, { method: 'GET', url: '/v1/push/vapid-public-key' }),
      503,
      'unavailable',
    );
  });
});
