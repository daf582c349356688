import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Bus } from '../src/bus.js';
import { createClipStore } from '../src/clips/clip-store.js';
import type { Gateway } from '../src/gateway/gateway.js';
import { silentLog } from '../src/gateway/log.js';
import { testApp } from './support/app.js';
import { withClaims } from './support/claims-world.js';
import { startTestGateway } from './support/gateway.js';
import { idempotencyCases } from './support/route-cases/idempotency.js';
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
    w = await withClaims(await withPeople(await withDeliveries(await world(app))));
  });

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
  });
});
