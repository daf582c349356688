import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Mailbox, type PushService, startPushService, startSmtpServer } from './support/notification-sinks.js';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// Customer notifications end to end (docs/notifications.md): a delivery driven through HTTP and MQTT against the
// emulated lock and camera; Web Push to a push service on 127.0.0.1 that checks VAPID and decrypts as a browser
// would; email to an SMTP server on 127.0.0.1 at SMTP_URL.

const AT_DOOR = { lat: 52.37, lon: 4.89, accuracyMeters: 8 };
const iso = (ms: number) => new Date(ms).toISOString();
const hhmm = (ms: number) => iso(ms).slice(11, 16);
const ALL_ON = Object.fromEntries(
  ['arrival', 'unlock', 'relock', 'done', 'alert', 'grant_visit', 'device_offline'].map((k) => [
    k,
    { push: true, email: true },
  ]),
);

describeEachDialect('customer notifications', (getStore) => {
  let p: Platform;
  let push: PushService;
  let smtp: Mailbox;
  let email: string;
  let browser: ReturnType<PushService['subscribe']>;

  beforeAll(async () => {
    push = await startPushService();
    smtp = await startSmtpServer();
    p = await startPlatform(getStore(), { env: { SMTP_URL: smtp.url, PUSH_ALLOW_PRIVATE_ENDPOINTS: 'true' } });
    email = ((await p.call(p.owner.token, { method: 'GET', url: '/v1/me' })).json() as { user: { email: string } }).user
      .email;
  }, 30_000);
  afterAll(async () => {
    await p?.close();
    await push?.close();
    await smtp?.close();
  });

  const setPreferences = async (quietHours?: object) => {
    const res = await p.call(p.owner.token, {
      method: 'PUT',
      url: '/v1/me/notification-preferences',
      payload: { kinds: ALL_ON, ...(quietHours ? { quietHours } : {}) },
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  const subscribe = async (sub: ReturnType<PushService['subscribe']>) => {
    const res = await p.call(p.owner.token, { method: 'POST', url: '/v1/me/push-subscriptions', payload: sub.json });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string };
  };

  async function deliver(): Promise<string> {
    const window = { start: iso(p.clock.now() - 600_000), end: iso(p.clock.now() + 7_200_000) };
    const booked = await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: '/v1/deliveries',
      payload: { homeId: p.owner.homeId, externalId: `parcel-${Math.random()}`, window },
    });
    const deliveryId = (booked.json() as { id: string }).id;
    await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: `/v1/deliveries/${deliveryId}/assign`,
      payload: { courierId: p.courier.userId },
    });
    const arrived = await p.call(p.courier.token, {
      method: 'POST',
      url: `/v1/deliveries/${deliveryId}/arrive`,
      payload: { position: AT_DOOR },
    });
    expect(arrived.statusCode, arrived.body).toBe(201);
    return (arrived.json() as { visit: { id: string } }).visit.id;
  }

  const step = (visitId: string, action: string, payload?: object) =>
    p.call(p.courier.token, {
      method: 'POST',
      url: `/v1/visits/${visitId}/${action}`,
      ...(payload ? { payload } : {}),
    });

  const stateOf = async (visitId: string) =>
    ((await p.call(p.owner.token, { method: 'GET', url: `/v1/visits/${visitId}` })).json() as { state: string }).state;

  const pushed = (pred: (m: PushService['messages'][number]) => boolean, what: string) =>
    until(() => push.messages.find(pred), `push: ${what}`, 10_000);
  const mailed = (pred: (raw: string) => boolean, what: string) =>
    until(() => smtp.mails.find((m) => m.to.includes(email) && pred(m.raw)), `mail: ${what}`, 10_000);

  it('the VAPID public key is served, and a browser subscribes', async () => {
    const res = await p.call(undefined, { method: 'GET', url: '/v1/push/vapid-public-key' });
    expect(res.statusCode).toBe(200);
    expect(Buffer.from((res.json() as { publicKey: string }).publicKey, 'base64url')).toHaveLength(65);
    await setPreferences();
    browser = push.subscribe();
    await subscribe(browser);
    const listed = await p.call(p.owner.token, { method: 'GET', url: '/v1/me/push-subscriptions' });
    expect((listed.json() as { items: { endpoint: string }[] }).items.map((i) => i.endpoint)).toEqual([
      browser.json.endpoint,
    ]);
  });

  it('a completed delivery is pushed (arrival, unlock, relock, done) and mailed, decrypted and VAPID-signed', async () => {
    const visitId = await deliver();
    expect((await step(visitId, 'unlock')).statusCode).toBe(200);
    p.lock.openDoor();
    await until(async () => (await stateOf(visitId)) === 'door_opened', 'door opened');
    p.lock.closeDoor();
    await until(async () => (await stateOf(visitId)) === 'relocked', 'relocked');
    expect((await step(visitId, 'complete')).statusCode).toBe(200);

    for (const kind of ['arrival', 'unlock', 'relock']) {
      await pushed((m) => m.payload.kind === kind && m.payload.url === `/visits/${visitId}`, kind);
    }
    const done = await pushed((m) => m.payload.kind === 'done' && m.payload.url === `/visits/${visitId}`, 'done');
    expect(done.payload).toMatchObject({
      title: 'Home: Delivery update',
      body: expect.stringContaining('Delivered inside'),
    });
    expect(done.subscriptionId).toBe(browser.id);
    const key = (await p.call(undefined, { method: 'GET', url: '/v1/push/vapid-public-key' })).json() as {
      publicKey: string;
    };
    expect(done.vapidKey).toBe(key.publicKey);
    expect(done.jwt.claims).toMatchObject({ aud: push.origin, sub: expect.stringMatching(/^mailto:/) });
    const mail = await mailed((raw) => raw.includes('Subject: Home: Delivery update'), 'done');
    expect(mail.raw).toContain('Delivered inside');
    expect(mail.raw).toContain(`/visits/${visitId}`);
    await until(() => !p.camera.state().recording, 'camera idle');
    expect(push.errors).toEqual([]);
  }, 40_000);

  it('an alert is pushed and mailed', async () => {
    p.lock.openDoor();
    const alert = await pushed((m) => m.payload.kind === 'alert', 'alert');
    p.lock.closeDoor();
    expect(alert.payload.title).toBe('Home: Alert');
    await mailed((raw) => raw.includes('Subject: Home: Alert'), 'alert');
    expect(push.errors).toEqual([]);
  }, 20_000);

  it('a 410 from the push service prunes the subscription; the other browser still hears', async () => {
    const expired = push.subscribe();
    const { id } = await subscribe(expired);
    push.answer(expired.id, 410);
    const before = push.messages.length;
    p.lock.openDoor();
    await until(async () => {
      const res = await p.call(p.owner.token, { method: 'GET', url: '/v1/me/push-subscriptions' });
      return !(res.json() as { items: { id: string }[] }).items.some((i) => i.id === id);
    }, 'subscription pruned');
    p.lock.closeDoor();
    await until(() => push.messages.slice(before).some((m) => m.subscriptionId === browser.id), 'live browser');
    const left = await p.store.db.selectFrom('push_subscriptions').select('id').execute();
    expect(left.map((r) => r.id)).not.toContain(id);
  }, 20_000);

  it('sending is a job with retries: a push service answering 503 gets the notice once it is back', async () => {
    push.answer(browser.id, 503);
    const before = push.messages.length;
    p.lock.openDoor();
    const failed = await until(async () => {
      const row = await p.store.db
        .selectFrom('jobs')
        .select(['id', 'last_error'])
        .where('kind', '=', 'notify.push')
        .where('attempts', '>=', 1)
        .where('last_error', 'like', '%503%')
        .executeTakeFirst();
      return row;
    }, 'a push send failed with 503');
    push.answer(browser.id, 201);
    p.lock.closeDoor();
    await pushed(
      (m) => push.messages.indexOf(m) >= before && m.subscriptionId === browser.id && m.payload.kind === 'alert',
      'alert after the retry',
    );
    await until(async () => {
      const row = await p.store.db.selectFrom('jobs').select('id').where('id', '=', failed.id).executeTakeFirst();
      return row === undefined;
    }, 'the retried job done');
    expect(push.errors).toEqual([]);
  }, 30_000);

  it('quiet hours hold back a non-alert notice until they end, and not an alert', async () => {
    const now = p.clock.now();
    await setPreferences({ start: hhmm(now - 3_600_000), end: hhmm(now + 3_600_000), timeZone: 'UTC' });
    const before = push.messages.length;
    const mailsBefore = smtp.mails.length;
    const visitId = await deliver();
    // The arrival's sends are scheduled for the end of quiet hours, not now.
    const held = await until(async () => {
      const rows = await p.store.db
        .selectFrom('jobs')
        .select(['kind', 'run_at'])
        .where('kind', 'in', ['notify.push', 'notify.email'])
        .execute();
      return rows.length >= 2 ? rows : undefined;
    }, 'held sends');
    for (const row of held) expect(Date.parse(row.run_at)).toBeGreaterThan(now + 3_000_000);

    p.lock.openDoor(); // a door opened with no visit of its own... while a visit is arrived: still an alert
    await pushed((m) => push.messages.indexOf(m) >= before && m.payload.kind === 'alert', 'alert in quiet hours');
    p.lock.closeDoor();
    expect(push.messages.slice(before).map((m) => m.payload.kind)).not.toContain('arrival');
    expect(smtp.mails.slice(mailsBefore).some((m) => m.raw.includes('Courier at the door'))).toBe(false);

    expect((await step(visitId, 'fallback', { method: 'reattempt' })).statusCode).toBe(200);
    p.clock.advance(2 * 3_600_000);
    await pushed((m) => m.payload.kind === 'arrival' && m.payload.url === `/visits/${visitId}`, 'arrival after');
    await mailed((raw) => raw.includes('Courier at the door') && raw.includes(visitId), 'arrival mail after');
  }, 40_000);
});
