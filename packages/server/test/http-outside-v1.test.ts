import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createMetrics } from '../src/metrics/metrics.js';
import { TEST_ENV, testApp } from './support/app.js';
import { describeEachDialect } from './support/stores.js';

// The route sweeps (http-sweeps.test.ts) cover /v1, where every caller is an account or an API key. The few routes
// outside it answer anyone or an operator; this table says which, so a new one cannot appear without someone
// deciding who may call it (docs/decisions.md, "Metrics: a bearer token, off by default").

const OUTSIDE_V1: Record<string, string> = {
  'GET /healthz': 'anyone: liveness, answers only "ok"',
  'GET /readyz': 'anyone: readiness, names a failing dependency (docs/api.md)',
  'GET /openapi.json': 'anyone: the public API description',
  'GET /docs': 'anyone: the API description, rendered',
  'GET /docs/json': 'anyone: the API description',
  'GET /docs/yaml': 'anyone: the API description',
  'GET /docs/static/index.html': 'anyone: the API description viewer',
  'GET /docs/static/swagger-initializer.js': 'anyone: the API description viewer',
  'GET /docs/static/*': 'anyone: the API description viewer',
  'GET /metrics': 'the operator: METRICS_TOKEN as a bearer token, 404 without one (metrics.test.ts)',
  'GET /*': "anyone: the web app's files; every figure it shows comes from /v1",
};

describeEachDialect('routes outside /v1', (getStore) => {
  const seen: string[] = [];
  let close: () => Promise<void>;

  beforeAll(async () => {
    const store = getStore();
    const { app } = await testApp(store, {
      metrics: createMetrics({ db: store.db, clock: { now: () => Date.now() } }),
      config: loadConfig({ ...TEST_ENV, METRICS_TOKEN: 'operator-token-for-the-route-table-0123' }),
      onRoute: (route) => {
        if (!route.url.startsWith('/v1/') && route.method !== 'HEAD') seen.push(`${route.method} ${route.url}`);
      },
    });
    close = () => app.close();
  });
  afterAll(async () => {
    await close?.();
  });

  it('each says who may call it', () => {
    expect(seen.filter((route) => OUTSIDE_V1[route] === undefined)).toEqual([]);
    expect(seen).toContain('GET /metrics');
  });
});
