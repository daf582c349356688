import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Bus } from '../src/bus.js';
import { createClipStore } from '../src/clips/clip-store.js';
import type { Gateway } from '../src/gateway/gateway.js';
import { silentLog } from '../src/gateway/log.js';
import type { Store } from '../src/store/db.js';
import { testApp } from './support/app.js';
import { withClaims } from './support/claims-world.js';
import { startTestGateway } from './support/gateway.js';
import { withBuildings } from './support/route-cases/buildings.js';
import { withServedAreas } from './support/route-cases/eligibility.js';
import { withLockers } from './support/route-cases/lockers.js';
import { privilegeCases } from './support/route-cases/privilege.js';
import type { World as SweepWorld } from './support/route-cases.js';
import { routeCases } from './support/route-cases.js';
import { describeEachDialect, rowCounts } from './support/stores.js';
import { withDeliveries, withPeople, world } from './support/world.js';

interface SeenRoute {
  method: string;
  url: string;
  hasBody: boolean;
  hasParams: boolean;
}

/** Row counts of every table plus the rows a cross-tenant write could alter (minus usage timestamps). */
async function snapshot(store: Store): Promise<unknown> {
  const db = store.db;
  return {
    counts: await rowCounts(store),
    homes: await db.selectFrom('homes').selectAll().orderBy('id').execute(),
    accessPoints: await db.selectFrom('access_points').selectAll().orderBy('id').execute(),
    homeMembers: await db.selectFrom('home_members').selectAll().orderBy('home_id').orderBy('user_id').execute(),
    memberships: await db.selectFrom('memberships').selectAll().orderBy('organisation_id').orderBy('user_id').execute(),
    organisations: await db.selectFrom('organisations').selectAll().orderBy('id').execute(),
    invitations: await db.selectFrom('invitations').selectAll().orderBy('id').execute(),
    pushSubscriptions: await db.selectFrom('push_subscriptions').selectAll().orderBy('id').execute(),
    staff: await db.selectFrom('platform_staff').selectAll().orderBy('user_id').execute(),
    deliveries: await db.selectFrom('deliveries').select(['id', 'courier_id', 'status']).orderBy('id').execute(),
    keys: await db
      .selectFrom('api_keys')
      .select(['id', 'revoked_at', 'scopes', 'organisation_id'])
      .orderBy('id')
      .execute(),
  };
}

const describeRequest = (r: InjectOptions) =>
  `${r.method} ${r.url} ${typeof r.payload === 'string' ? r.payload.slice(0, 80) : JSON.stringify(r.payload ?? '')}`;

describeEachDialect('route sweeps', (getStore) => {
  const routes: SeenRoute[] = [];
  let w: SweepWorld;
  let gateway: Gateway;

  beforeAll(async () => {
    const store = getStore();
    // A real gateway and clip store, so device routes get past "unavailable" to their own checks.
    gateway = await startTestGateway(store);
    const clips = createClipStore({ dataDir: mkdtempSync(join(tmpdir(), 'threshold-sweep-clips-')) });
    const { app } = await testApp(store, {
      gateway,
      clips,
      visits: { bus: new Bus(), log: silentLog },
      onRoute: (route) => {
        if (route.url.startsWith('/v1/') && route.method !== 'HEAD') routes.push(route);
      },
    });
    w = await withServedAreas(
      await withBuildings(
        await withLockers(await withClaims(await withPeople(await withDeliveries(await world(app))))),
      ),
    );
    // A dozen accounts, each a password hash: give the world room on a busy machine.
  }, 120_000);

  afterAll(async () => {
    await w.app.close();
    await gateway.stop();
  });

  it('has a case for every /v1 route, and malformed input for every route with a body or params', () => {
    const keys = routes.map((r) => `${r.method} ${r.url}`);
    expect(keys.length).toBeGreaterThanOrEqual(20);
    expect(keys.filter((k) => !(k in routeCases))).toEqual([]);
    const needMalformed = routes.filter((r) => r.hasBody || r.hasParams).map((r) => `${r.method} ${r.url}`);
    expect(needMalformed.filter((k) => routeCases[k]?.malformed === undefined)).toEqual([]);
  });

  it('states what every /v1 route could grant, with attempts to widen oneself wherever it grants something', () => {
    const keys = routes.map((r) => `${r.method} ${r.url}`);
    expect(keys.filter((k) => !(k in privilegeCases))).toEqual([]);
    const granting = Object.entries(privilegeCases).filter(([, c]) => c.grants !== 'nothing');
    expect(granting.filter(([, c]) => c.widen === undefined).map(([k]) => k)).toEqual([]);
    expect(granting.length).toBeGreaterThanOrEqual(10);
  });

  it('refuses every attempt by a caller to give itself or its organisation more rights, and changes nothing', async () => {
    const before = await snapshot(getStore());
    const widened: string[] = [];
    let sent = 0;
    for (const [key, privilege] of Object.entries(privilegeCases)) {
      for (const request of privilege.widen?.(w) ?? []) {
        sent++;
        const res = await w.app.inject(request);
        const problem = res.headers['content-type']?.toString().startsWith('application/problem+json');
        if (res.statusCode < 400 || res.statusCode >= 500 || !problem)
          widened.push(`${key}: ${res.statusCode} ${describeRequest(request)} -> ${res.body.slice(0, 120)}`);
      }
    }
    expect(widened).toEqual([]);
    expect(sent).toBeGreaterThan(40);
    expect(await snapshot(getStore())).toEqual(before);
  });

  it("refuses every route called by tenant B with tenant A's ids, and changes nothing", async () => {
    const before = await snapshot(getStore());
    const leaks: string[] = [];
    for (const [key, routeCase] of Object.entries(routeCases)) {
      if ('none' in routeCase.crossTenant) continue;
      for (const request of routeCase.crossTenant(w)) {
        const res = await w.app.inject(request);
        if (res.statusCode !== 403 && res.statusCode !== 404)
          leaks.push(`${key}: ${res.statusCode} ${describeRequest(request)}`);
        else expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    }
    expect(leaks).toEqual([]);
    expect(await snapshot(getStore())).toEqual(before);
  });

  it('answers malformed input with a 4xx problem and changes nothing', async () => {
    const before = await snapshot(getStore());
    const accepted: string[] = [];
    let sent = 0;
    for (const [key, routeCase] of Object.entries(routeCases)) {
      for (const request of routeCase.malformed?.(w) ?? []) {
        sent++;
        const res = await w.app.inject(request);
        const problem = res.headers['content-type']?.toString().startsWith('application/problem+json');
        if (res.statusCode < 400 || res.statusCode >= 500 || !problem) {
          accepted.push(`${key}: ${res.statusCode} ${describeRequest(request)} -> ${res.body.slice(0, 120)}`);
        }
      }
    }
    expect(accepted).toEqual([]);
    expect(sent).toBeGreaterThan(200);
    expect(await snapshot(getStore())).toEqual(before);
    // Every route's malformed variants, one after another (over a thousand requests): room on a busy machine.
  }, 60_000);
});
