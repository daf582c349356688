import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { notFound, unauthenticated } from '../http/problems.js';
import type { Metrics } from './metrics.js';

// HTTP latency by route, and `GET /metrics` itself (docs/operations.md "Metrics"). Who may scrape is decided in
// docs/decisions.md: only a caller presenting METRICS_TOKEN as a bearer token; without a token configured the route
// answers 404. It sits outside /v1: it is for the operator's Prometheus, not for any account.

/** Requests that matched no route are counted under one label, so random URLs cannot mint label values. */
const UNMATCHED = 'unmatched';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

function bearerMatches(request: FastifyRequest, expected: Buffer): boolean {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer (\S+)$/.exec(header);
  // Compared as digests: equal lengths for timingSafeEqual, and no early exit that would time the token.
  return match !== null && timingSafeEqual(digest(match[1]!), expected);
}

export const metricsPlugin = fp(
  async (app: FastifyInstance, opts: { metrics: Metrics; token: string | undefined }) => {
    const { metrics, token } = opts;
    app.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? UNMATCHED;
      metrics.http.observe(
        { method: request.method, route, status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
      done();
    });
    const expected = token === undefined ? null : digest(token);
    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      // Not served at all unless configured: a 404, not the web app's page for an unknown path.
      if (expected === null) throw notFound('route: set METRICS_TOKEN to serve metrics');
      if (!bearerMatches(request, expected)) throw unauthenticated('Send the metrics token as a bearer token');
      const body = await metrics.registry.metrics();
      return reply.header('cache-control', 'no-store').type(metrics.registry.contentType).send(body);
    });
  },
  { name: 'threshold-metrics' },
);
