import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../../server/src/config.js';
import { buildApp } from '../../../server/src/http/app.js';
import { fixedClock, randomIds } from '../../../server/src/ports.js';
import { openStore } from '../../../server/src/store/db.js';

// The platform's HTTP app built on a fresh SQLite folder without listening: for the OpenAPI document it serves, and
// for sending it requests through `app.inject` as if over the network.

// Fixed settings, so the document depends on the routes alone and not on whoever runs the generation.
const ENV = { DATA_DIR: '/tmp/threshold-unused', DEMO: 'false', PUBLIC_URL: 'http://127.0.0.1:8080' };

export interface Built {
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function builtApp(): Promise<Built> {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-sdk-'));
  const store = await openStore({ dataDir });
  const app = await buildApp({ store, config: loadConfig(ENV), clock: fixedClock(0), ids: randomIds });
  await app.ready();
  return {
    app,
    async close() {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Injected extends Built {
  /** A fetch that answers from the app in process. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
}

export async function injectedApp(): Promise<Injected> {
  const built = await builtApp();
  return {
    ...built,
    async fetch(input, init) {
      const request = new Request(input, init);
      const url = new URL(request.url);
      const answer = await built.app.inject({
        method: request.method as 'GET',
        url: `${url.pathname}${url.search}`,
        headers: Object.fromEntries(request.headers),
        ...(request.body ? { payload: Buffer.from(await request.arrayBuffer()) } : {}),
      });
      const empty = answer.statusCode === 204 || answer.statusCode === 304 || answer.rawPayload.length === 0;
      return new Response(empty ? null : new Uint8Array(answer.rawPayload), {
        status: answer.statusCode,
        headers: Object.entries(answer.headers).flatMap(([name, value]) =>
          value === undefined
            ? []
            : (Array.isArray(value) ? value : [String(value)]).map((v) => [name, v] as [string, string]),
        ),
      });
    },
  };
}
