import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { Problem } from './problems.js';

// The web app (packages/web) is a single-page app served by the platform itself, so it talks to /v1 on its own
// origin with the session cookie (DESIGN.md "Architecture"). src/http and dist/http sit at the same depth.
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

const NOT_BUILT = 'The Threshold web app is not built yet. Run `npm run build` (or `npm run build:web`) and reload.\n';

/** Paths the app never answers with index.html: the API, its docs, and missing hashed assets. */
const RESERVED = /^\/(v1|docs|assets)(\/|$)/;

/** A file under `root` for this URL path, or null; `normalize` plus the prefix check refuse `..` escapes. */
function fileFor(root: string, urlPath: string): string | null {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^[/\\]+/, '');
  const full = join(root, relative);
  if (relative === '' || !full.startsWith(root + sep)) return null;
  try {
    return statSync(full).isFile() ? relative : null;
  } catch {
    return null;
  }
}

export const webApp: FastifyPluginAsync<{ distDir?: string }> = async (app, options) => {
  const root = options.distDir ?? WEB_DIST;
  await app.register(fastifyStatic, { root, serve: false });

  // Checked per request, so building the app while the server runs is enough.
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const file = fileFor(root, path);
    if (file) {
      // Vite names assets by content hash: they never change under the same name.
      const immutable = file.startsWith(`assets${sep}`);
      return reply.sendFile(file, { maxAge: immutable ? '365d' : 0, immutable });
    }
    if (RESERVED.test(path)) throw new Problem('not-found', `No route ${request.method} ${path}`);
    if (!existsSync(join(root, 'index.html'))) return reply.code(503).type('text/plain; charset=utf-8').send(NOT_BUILT);
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
};
