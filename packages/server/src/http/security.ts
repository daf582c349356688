import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Principal } from '../policy.js';
import { tooManyRequests } from './problems.js';

// Response headers and request limits for every answer (docs/api.md, "Security headers" and "Limits").

/**
 * The web app (packages/web, built by Vite) and the API docs (Swagger UI) load every script and style from files on
 * this origin, with no inline `<script>` or `<style>`, so the policy allows only 'self'. React's `style={…}` sets
 * CSSOM properties, which a CSP does not govern. Clips play from /v1 (media 'self'); the docs' logo is a data: URL.
 */
export function contentSecurityPolicy(config: Readonly<Config>) {
  return {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'base-uri': ["'self'"],
      'connect-src': ["'self'"],
      'font-src': ["'self'", 'data:'],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      'img-src': ["'self'", 'data:'],
      'media-src': ["'self'", 'blob:'],
      'object-src': ["'none'"],
      'script-src': ["'self'"],
      'script-src-attr': ["'none'"],
      'style-src': ["'self'"],
      // Only behind https: on plain http it would send the browser to an https port nobody listens on.
      ...(config.publicUrl.startsWith('https:') ? { 'upgrade-insecure-requests': [] } : {}),
    },
  };
}

/** Who a request counts against: the signed-in person or API key, else the client address. */
export function callerKey(principal: Principal | null | undefined, ip: string): string {
  if (principal?.kind === 'user') return `user:${principal.userId}`;
  if (principal?.kind === 'api_key') return `key:${principal.keyId}`;
  return `ip:${ip}`;
}

const byCaller = (request: FastifyRequest) => callerKey(request.principal, request.ip);
export const byAddress = (request: FastifyRequest) => `ip:${request.ip}`;

/** A route's own request limit (`config.rateLimit`), or none when configured as 0. */
export function routeRateLimit(max: number, timeWindowMs: number) {
  return max > 0 ? { max, timeWindow: timeWindowMs, keyGenerator: byAddress } : false;
}

export async function registerSecurity(app: FastifyInstance, config: Readonly<Config>): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: contentSecurityPolicy(config),
    referrerPolicy: { policy: 'no-referrer' },
    // HSTS means something only over https; on http://127.0.0.1 it would be ignored at best.
    strictTransportSecurity: config.publicUrl.startsWith('https:'),
    // Swagger UI and the app load only same-origin resources; cross-origin isolation is not needed.
    crossOriginEmbedderPolicy: false,
  });

  // Counted per node in memory; the sign-in failure count is the store's and holds across nodes.
  await app.register(rateLimit, {
    global: config.limits.requestsPerMinute > 0,
    max: Math.max(1, config.limits.requestsPerMinute),
    timeWindow: 60_000,
    keyGenerator: byCaller,
    errorResponseBuilder: (_request, context) =>
      tooManyRequests(Math.ceil(context.ttl / 1000), `At most ${context.max} requests in ${context.after}; slow down`),
  });

  // Answers under /v1 may carry tokens, secrets or a customer's data: no cache may keep them, unless a route says
  // otherwise (RFC 9111 §5.2.2.5).
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/v1/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
