import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThreshold, type Threshold } from '../src/index.js';
import { type Injected, injectedApp } from './support/inject.js';

// Every route the web app, the demo CLI and the benchmark's driver call goes through the typed SDK, exists in the
// committed OpenAPI document with that method, and answers from its own handler when the SDK sends it (docs/sdk.md
// "Who uses it"). The calls are read from the sources, so a new call is covered the day it is written.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CALLERS = ['packages/web/src', 'packages/demo/src', 'bench/src', 'packages/sdk/src'];

/**
 * The only platform URLs built by hand: ones the browser itself fetches (EventSource, a video's src, a download
 * link) or the SDK's own stream reader. Any other hand-built /v1 URL fails this test: call the route through the SDK.
 */
const BROWSER_NATIVE = ['GET /v1/clips/{clipId}', 'GET /v1/homes/{homeId}/events', 'GET /v1/visits/{visitId}/evidence'];

const TYPED_CALL = /\.(GET|POST|PUT|PATCH|DELETE)\(\s*'(\/[^']*)'/g;
const TYPE_REFERENCE = /(?:Of<\s*|paths\[)'(\/[^']*)'(?:,\s*|\]\[)'(get|post|put|patch|delete)'/g;
const LITERAL = /(['`])(\/v1\/[^'`]*?)\1/g;

interface Use {
  op: string;
  where: string;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The operations the callers use, typed (`api.POST('/v1/…')`, `ResponseOf<'/v1/…', 'get'>`) and hand-built. */
function usesOf(): { typed: Use[]; handBuilt: Use[] } {
  const typed: Use[] = [];
  const handBuilt: Use[] = [];
  for (const dir of CALLERS) {
    for (const file of sources(join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      const where = relative(ROOT, file);
      const covered = new Set<number>();
      for (const m of text.matchAll(TYPED_CALL)) {
        typed.push({ op: `${m[1]} ${m[2]}`, where });
        covered.add(m.index + m[0].indexOf("'"));
      }
      for (const m of text.matchAll(TYPE_REFERENCE)) {
        typed.push({ op: `${m[2]!.toUpperCase()} ${m[1]}`, where });
        covered.add(m.index + m[0].indexOf("'"));
      }
      for (const m of text.matchAll(LITERAL)) {
        if (covered.has(m.index)) continue;
        const template = m[2]!.split('?')[0]!.replace(/\$\{[^}]*\}/g, '{}');
        handBuilt.push({ op: `GET ${template}`, where });
      }
    }
  }
  return { typed, handBuilt };
}

type Operations = Record<string, Record<string, unknown>>;
const document = JSON.parse(readFileSync(join(ROOT, 'packages/sdk/openapi.json'), 'utf8')) as { paths: Operations };
const shape = (path: string) => path.replace(/\{[^}]*\}/g, '{}');
/** The document's `METHOD /path/{name}` for a call, matching hand-built paths by shape. */
function documented(op: string): string | undefined {
  const [method, path] = op.split(' ') as [string, string];
  for (const [template, item] of Object.entries(document.paths)) {
    if ((template === path || shape(template) === shape(path)) && method.toLowerCase() in item) {
      return `${method} ${template}`;
    }
  }
  return undefined;
}

describe('the routes the web app, the demo and the benchmark call', () => {
  const { typed, handBuilt } = usesOf();
  const used = [...new Set([...typed, ...handBuilt].map((u) => documented(u.op) ?? u.op))].sort();
  let app: Injected;
  let sdk: Threshold;

  beforeAll(async () => {
    app = await injectedApp();
    sdk = createThreshold({ baseUrl: 'http://platform.test', fetch: app.fetch, retries: 0 });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('are read from the sources (web, demo and bench each call many)', () => {
    for (const caller of ['packages/web/', 'packages/demo/', 'bench/']) {
      expect(typed.filter((u) => u.where.startsWith(caller)).length, caller).toBeGreaterThan(5);
    }
    expect(used.length).toBeGreaterThan(40);
  });

  it('each is in the OpenAPI document with its method', () => {
    const missing = [...typed, ...handBuilt].filter((u) => documented(u.op) === undefined);
    expect(missing, 'calls to routes the platform does not have').toEqual([]);
  });

  it('are built by hand only where the browser fetches the URL itself', () => {
    const stray = handBuilt.filter((u) => !BROWSER_NATIVE.includes(documented(u.op) ?? ''));
    expect(stray, 'call these through the typed SDK').toEqual([]);
  });

  it('each answers from its own route when sent through the SDK', async () => {
    const unrouted: string[] = [];
    // The first is a control: a route nobody has must be caught.
    for (const op of ['GET /v1/no-such-route/{id}', ...used]) {
      const [method, template] = op.split(' ') as [string, string];
      // Any id will do: a route refuses it (401, 400, 404 with its own problem), the router never says "No route".
      const path = template.replace(/\{[^}]*\}/g, 'x');
      const response = await sdk.fetch(path, { method, ...(method === 'GET' ? {} : { body: '{}' }) });
      const body = (await response.json().catch(() => ({}))) as { detail?: string };
      if (response.status === 405 || body.detail?.startsWith('No route')) unrouted.push(op);
    }
    expect(unrouted).toEqual(['GET /v1/no-such-route/{id}']);
  });

  it('go out with the method, path and Idempotency-Key the typed client makes', async () => {
    const seen: string[] = [];
    const recording = createThreshold({
      baseUrl: 'http://platform.test',
      retries: 0,
      fetch: (input, init) => {
        const request = new Request(input, init);
        seen.push(`${request.method} ${new URL(request.url).pathname} ${request.headers.has('idempotency-key')}`);
        return app.fetch(request);
      },
    });
    const homeId = 'home_x';
    await recording.api.GET('/v1/homes/{homeId}/grants', { params: { path: { homeId } } });
    await recording.api.POST('/v1/homes/{homeId}/grants', {
      params: { path: { homeId } },
      body: {
        grantee: { kind: 'person', email: 'a@example.test' },
        accessPointIds: ['ap_x'],
        schedule: { kind: 'once', start: '2026-12-01T10:00:00Z', end: '2026-12-01T11:00:00Z' },
        maxVisitMinutes: 30,
      },
    });
    await recording.api.PUT('/v1/me/notification-preferences', {
      body: {
        kinds: Object.fromEntries(
          ['arrival', 'unlock', 'relock', 'done', 'alert', 'grant_visit', 'device_offline'].map((k) => [
            k,
            { push: true, email: false },
          ]),
        ) as never,
      },
    });
    expect(seen).toEqual([
      'GET /v1/homes/home_x/grants false',
      'POST /v1/homes/home_x/grants true',
      'PUT /v1/me/notification-preferences false',
    ]);
  });
});
