import type { KyselyPlugin } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { createJobRunner, type JobLog } from '../src/jobs/runner.js';
import { fixedClock, isoAt } from '../src/ports.js';
import type { Mailer } from '../src/services/notifications/email.js';
import { EMAIL_JOB, notificationJobHandlers, PUSH_JOB } from '../src/services/notifications/fanout.js';
import { insertAlert } from '../src/store/alerts-repo.js';
import type { Db } from '../src/store/db.js';
import { enqueueNotice } from '../src/store/notice-jobs.js';
import { call, T0, testApp } from './support/app.js';
import { describeEachDialect } from './support/stores.js';
import { PUSH_KEY, type Tenant, type TenantPeople, withPeople, world } from './support/world.js';

// The notices one claim returns fan out together (services/notifications/fanout.ts): each person still gets what
// their preferences and quiet hours say for each notice, and the whole batch costs the same few statements as one.

const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
const log: JobLog = { info() {}, warn() {}, error() {} };
const mailer: Mailer = { send: async () => {}, close() {} };

/** Counts the statements (not transaction control) sent through the Db it is plugged into. */
function counted(db: Db): { db: Db; statements: () => number } {
  let n = 0;
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      if (node.kind !== 'RawNode') n++;
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { db: db.withPlugin(plugin), statements: () => n };
}

describeEachDialect('notice fan-out in batches', (getStore) => {
  let a: Tenant & TenantPeople;
  let b: Tenant & TenantPeople;
  const alertAt = isoAt(T0);

  beforeAll(async () => {
    const w = await withPeople(await world((await testApp(getStore())).app));
    a = w.a;
    b = w.b;
    // A's owner has a second browser; A's resident (no browser) is told only alerts and endings, in quiet hours
    // (B's resident keeps the defaults).
    const second = await call(w.app, a.token, {
      method: 'POST',
      url: '/v1/me/push-subscriptions',
      payload: { endpoint: 'https://push.example.test/send/second', keys: { p256dh: PUSH_KEY, auth: 'C'.repeat(22) } },
    });
    expect(second.statusCode, second.body).toBe(201);
    const off = { push: false, email: false };
    const kinds = Object.fromEntries(
      ['arrival', 'unlock', 'relock', 'done', 'alert', 'grant_visit', 'device_offline'].map((k) => [k, off]),
    );
    const prefs = await call(w.app, a.residentToken, {
      method: 'PUT',
      url: '/v1/me/notification-preferences',
      payload: {
        kinds: { ...kinds, alert: { push: true, email: true }, done: { push: false, email: true } },
        quietHours: { start: hhmm(T0 - 3_600_000), end: hhmm(T0 + 3_600_000), timeZone: 'UTC' },
      },
    });
    expect(prefs.statusCode, prefs.body).toBe(200);
    await getStore().db.deleteFrom('jobs').execute(); // only this test's notices below
  });

  it('tells each person of each home what they chose, with the statements of one notice', async () => {
    const db = getStore().db;
    const alert = (id: string, homeId: string, kind: string) =>
      insertAlert(db, {
        id,
        home_id: homeId,
        visit_id: null,
        kind,
        message: `${kind}!`,
        at: alertAt,
        acknowledged_at: null,
      });
    await alert('alert_fan1', a.homeId, 'door_left_open'); // an alert: never held
    await alert('alert_fan2', a.homeId, 'delivered_inside'); // done: held in quiet hours
    await alert('alert_fan3', b.homeId, 'battery_low'); // device_offline, another home
    await enqueueNotice(db, { source: 'visit', visitId: 'visit_gone', state: 'arrived', homeId: a.homeId }, alertAt);
    const fanouts = await db.selectFrom('jobs').select(['id', 'payload']).where('kind', '=', 'notify.fanout').execute();
    expect(fanouts).toHaveLength(4);
    const jobOf = (alertId: string) => fanouts.find((f) => f.payload.includes(alertId))?.id as string;

    const counter = counted(db);
    const handlers = notificationJobHandlers({
      db: counter.db,
      clock: fixedClock(T0),
      log,
      mailer,
      push: { keys: { publicKey: '', privateKey: '' }, subject: 'mailto:t@example.test', allowPrivate: false },
      publicUrl: 'http://127.0.0.1',
    });
    const runner = createJobRunner({ store: getStore(), clock: fixedClock(T0), log, handlers, nodeId: 'fan' });
    expect(await runner.runDue()).toBe(4);
    // Alerts, visits, people (with names, preferences, browsers), one insert of every send: not per notice or person.
    expect(counter.statements()).toBe(4);

    const sends = await db
      .selectFrom('jobs')
      .select(['id', 'key', 'kind', 'run_at', 'payload'])
      .where('kind', 'in', [PUSH_JOB, EMAIL_JOB])
      .execute();
    const got = sends.map((s) => `${s.key} ${s.run_at === alertAt ? 'now' : 'held'}`).sort();
    const [one, two, three] = ['alert_fan1', 'alert_fan2', 'alert_fan3'].map(jobOf);
    const browsers = await db.selectFrom('push_subscriptions').select(['id', 'endpoint']).execute();
    const [first, second] = [a.pushSubscriptionId, browsers.find((x) => x.endpoint.endsWith('/second'))?.id];
    expect(got).toEqual(
      [
        `notify:${one}:push:${first} now`,
        `notify:${one}:push:${second} now`,
        `notify:${one}:email:${a.userId} now`,
        `notify:${one}:email:${a.residentUserId} now`,
        `notify:${two}:push:${first} now`,
        `notify:${two}:push:${second} now`,
        `notify:${two}:email:${a.userId} now`,
        `notify:${two}:email:${a.residentUserId} held`,
        `notify:${three}:push:${b.pushSubscriptionId} now`,
        `notify:${three}:email:${b.userId} now`,
        `notify:${three}:email:${b.residentUserId} now`,
      ].sort(),
    );
    const held = sends.find((s) => s.key === `notify:${two}:email:${a.residentUserId}`);
    expect(Date.parse(held?.run_at ?? '')).toBeGreaterThan(T0 + 3_000_000);
    const notice = (key: string) =>
      (JSON.parse(sends.find((s) => s.key === key)?.payload ?? '{}') as { notice: object }).notice;
    expect(notice(`notify:${one}:email:${a.userId}`)).toEqual({
      kind: 'alert',
      homeId: a.homeId,
      title: 'Home a: Alert',
      body: 'door_left_open!',
      path: '/',
    });
    expect(notice(`notify:${three}:push:${b.pushSubscriptionId}`)).toMatchObject({
      kind: 'device_offline',
      title: 'Home b: Device needs attention',
    });
    expect(await db.selectFrom('jobs').select('id').where('kind', '=', 'notify.fanout').execute()).toEqual([]);
  });
});
