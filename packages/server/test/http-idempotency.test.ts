import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Bus } from '../src/bus.js';
import { createClipStore } from '../src/clips/clip-store.js';
import type { Gateway } from '../src/gateway/gateway.js';
import { silentLog } from '../src/gateway/log.js';
import { aHome, bearer, expectProblem, testApp } from './support/app.js';
import { withClaims } from './support/claims-world.js';
import { startTestGateway } from './support/gateway.js';
import { withBuildings } from './support/route-cases/buildings.js';
import { withServedAreas } from './support/route-cases/eligibility.js';
import { idempotencyCases } from './support/route-cases/idempotency.js';
import { withLockers } from './support/route-cases/lockers.js';
import { apiKey } from './support/route-cases/shared.js';
import type { World } from './support/route-cases.js';
import { describeEachDialect, rowCounts } from './support/stores.js';
import { withDeliveries, withPeople, world } from './support/world.js';

// docs/api.md, "Idempotency": every POST under /v1 either takes an Idempotency-Key or says why not, and every POST
// that creates something creates it once however often it is retried with its key.

/** The POST routes whose OpenAPI operation declares the Idempotency-Key header, as `POST /v1/a/:b`. */
function declaringTheHeader(w: World): Set<string> {
  const doc = w.app.swagger() as { paths: Record<string, { post?: { parameters?: { in: string; name: string }[] } }> };
  const declaring = Object.entries(doc.paths)
    .filter(([, item]) => item.post?.parameters?.some((p) => p.in === 'header' && p.name === 'idempotency-key'))
    .map(([path]) => `POST ${path.replace(/\{(\w+)\}/g, ':$1')}`);
  return new Set(declaring);
}

describeEachDialect('idempotency sweep', (getStore) => {
  const posts: string[] = [];
  let w: World;
  let gateway: Gateway;

  beforeAll(async () => {
    const store = getStore();
    gateway = await startTestGateway(store);
    const clips = createClipStore({ dataDir: mkdtempSync(join(tmpdir(), 'threshold-idem-clips-')) });
    const { app } = await testApp(store, {
      gateway,
      clips,
      visits: { bus: new Bus(), log: silentLog },
      onRoute: (route) => {
        if (route.url.startsWith('/v1/') && route.method === 'POST') posts.push(`POST ${route.url}`);
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

  it('classifies every POST: what it creates or does, or why it takes no key; and the header is declared to match', () => {
    expect(posts.length).toBeGreaterThanOrEqual(30);
    expect(posts.filter((k) => !(k in idempotencyCases))).toEqual([]);
    const declaring = declaringTheHeader(w);
    const wrong = posts.filter((k) => declaring.has(k) === 'none' in (idempotencyCases[k] ?? {}));
    expect(wrong).toEqual([]);
  });

  it('creates one thing for two calls with one Idempotency-Key, and answers the second like the first', async () => {
    const store = getStore();
    const failures: string[] = [];
    let swept = 0;
    for (const [route, c] of Object.entries(idempotencyCases)) {
      if (!('request' in c)) continue;
      const request = await c.request(w);
      request.headers = { ...request.headers, 'idempotency-key': `sweep:${route.replaceAll(' ', '_')}` };
      const before = await rowCounts(store);
      const first = await w.app.inject(request);
      const afterFirst = await rowCounts(store);
      const second = await w.app.inject(request);
      const afterSecond = await rowCounts(store);
      swept++;
      const problems = [
        first.statusCode >= 300 && `first call ${first.statusCode} ${first.body.slice(0, 160)}`,
        afterFirst[c.creates] !== (before[c.creates] ?? 0) + 1 && `${c.creates} did not gain one row`,
        second.statusCode !== first.statusCode && `second call ${second.statusCode}, first ${first.statusCode}`,
        second.body !== first.body && 'second body differs',
        second.headers['idempotent-replayed'] !== 'true' && 'second call not marked Idempotent-Replayed',
        JSON.stringify(afterSecond) !== JSON.stringify(afterFirst) && 'second call wrote rows',
      ].filter(Boolean);
      if (problems.length > 0) failures.push(`${route}: ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
    expect(swept).toBeGreaterThanOrEqual(17);
  }, 120_000); // three counts of every table per route: PostgreSQL on a busy machine needs the room

  it('runs one of two concurrent duplicates; the other is replayed or told the first is in flight', async () => {
    const store = getStore();
    const request = {
      method: 'POST' as const,
      url: '/v1/homes',
      headers: { ...bearer(w.a.token), 'idempotency-key': 'concurrent-1' },
      payload: { ...aHome, name: 'Raced home' },
    };
    const before = (await rowCounts(store)).homes;
    const answers = await Promise.all([1, 2, 3].map(() => w.app.inject(request)));
    expect((await rowCounts(store)).homes).toBe((before ?? 0) + 1);
    const created = answers.filter((r) => r.statusCode === 201);
    expect(new Set(created.map((r) => r.json().id)).size).toBe(1);
    for (const res of answers.filter((r) => r.statusCode !== 201)) {
      expectProblem(res, 409, 'idempotency-in-flight');
      expect(res.headers['retry-after']).toBe('1');
    }
    const later = await w.app.inject(request);
    expect(later.statusCode).toBe(201);
    expect(later.json().id).toBe(created[0]?.json().id);
  });

  it('lets go of the key when the request fails, so the retry runs', async () => {
    const headers = { ...bearer(w.a.token), 'idempotency-key': 'failed-once' };
    const send = (payload: object) => w.app.inject({ method: 'POST', url: '/v1/homes', headers, payload });
    expectProblem(await send({ ...aHome, name: 'Retried', timeZone: 'Mars/Olympus' }), 400, 'validation');
    const retried = await send({ ...aHome, name: 'Retried' });
    expect(retried.statusCode).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
  });

  it('replays only to the credential that made the request, not to another key of its organisation', async () => {
    const reader = await w.app.inject({
      method: 'POST',
      url: `/v1/organisations/${w.a.organisationId}/api-keys`,
      headers: bearer(w.a.token),
      payload: { name: 'reader', scopes: ['deliveries:read'] },
    });
    const booking = {
      method: 'POST' as const,
      url: '/v1/deliveries',
      payload: {
        homeId: w.a.homeId,
        externalId: 'idem-scope',
        window: { start: '2026-11-25T08:00:00Z', end: '2026-11-25T11:00:00Z' },
      },
    };
    const key = { 'idempotency-key': 'booking-scope' };
    const writer = await w.app.inject({ ...booking, headers: { ...apiKey(w.a.keySecret), ...key } });
    expect(writer.statusCode).toBe(201);
    const other = await w.app.inject({ ...booking, headers: { ...apiKey(reader.json().secret), ...key } });
    expectProblem(other, 403, 'insufficient-scope');
  });

  it('stores neither the key nor the answer in the clear: a new API key secret is not in the database twice', async () => {
    const request = {
      method: 'POST' as const,
      url: `/v1/organisations/${w.a.organisationId}/api-keys`,
      headers: { ...bearer(w.a.token), 'idempotency-key': 'sealed-answer-1' },
      payload: { name: 'sealed', scopes: ['deliveries:read'] },
    };
    const first = await w.app.inject(request);
    const { secret } = first.json() as { secret: string };
    const rows = await getStore().db.selectFrom('idempotency_keys').selectAll().execute();
    expect(rows.filter((r) => r.key === 'sealed-answer-1' || r.response.includes(secret))).toEqual([]);
    expect((await w.app.inject(request)).body).toBe(first.body);
  });
});
