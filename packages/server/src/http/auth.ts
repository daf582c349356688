import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Principal } from '../policy.js';
import { authenticateSession, SESSION_TTL_MS } from '../services/accounts.js';
import { authenticateApiKey } from '../services/api-keys.js';
import type { ServiceDeps } from '../services/deps.js';
import { forbidden, insufficientScope, unauthenticated } from './problems.js';

export type { Principal } from '../policy.js';
export type UserPrincipal = Extract<Principal, { kind: 'user' }>;
export type ApiKeyPrincipal = Extract<Principal, { kind: 'api_key' }>;

export const SESSION_COOKIE = 'threshold_session';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
}

const anonymous: Principal = { kind: 'anonymous' };

/** Where the caller's credential is: `Authorization: Bearer|ApiKey`, `X-Api-Key`, or the session cookie. */
function credentialOf(request: FastifyRequest): { kind: 'session' | 'api_key'; secret: string } | undefined {
  const [scheme, secret] = (request.headers.authorization ?? '').trim().split(/\s+/, 2);
  if (secret && scheme?.toLowerCase() === 'bearer') return { kind: 'session', secret };
  if (secret && scheme?.toLowerCase() === 'apikey') return { kind: 'api_key', secret };
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header) return { kind: 'api_key', secret: header };
  const cookie = request.cookies?.[SESSION_COOKIE];
  if (cookie) return { kind: 'session', secret: cookie };
  return undefined;
}

export async function principalOf(deps: ServiceDeps, request: FastifyRequest): Promise<Principal> {
  const credential = credentialOf(request);
  if (!credential) return anonymous;
  if (credential.kind === 'api_key') {
    const key = await authenticateApiKey(deps, credential.secret);
    return key ? { kind: 'api_key', organisationId: key.organisationId, keyId: key.id, scopes: key.scopes } : anonymous;
  }
  const found = await authenticateSession(deps, credential.secret);
  if (!found) return anonymous;
  return { kind: 'user', userId: found.user.id, userKind: found.user.kind, sessionId: found.session.id };
}

/** Decorates every request with its principal; unknown or revoked credentials make it anonymous. */
export const authPlugin = fp(
  async (app: FastifyInstance, opts: { services: ServiceDeps }) => {
    // Set by the hook below before any handler runs.
    (app.decorateRequest as (name: string, value: null) => void)('principal', null);
    app.addHook('onRequest', async (request) => {
      request.principal = await principalOf(opts.services, request);
    });
  },
  { name: 'threshold-auth', dependencies: ['@fastify/cookie'] },
);

export function requireUser(request: FastifyRequest): UserPrincipal {
  const { principal } = request;
  if (principal.kind === 'user') return principal;
  if (principal.kind === 'api_key') throw forbidden('This route is for signed-in people, not API keys');
  throw unauthenticated('Sign in first');
}

export function requireApiKey(request: FastifyRequest, scope: string): ApiKeyPrincipal {
  const { principal } = request;
  if (principal.kind !== 'api_key') throw unauthenticated('Send an API key in `Authorization: ApiKey <key>`');
  if (!principal.scopes.includes(scope)) throw insufficientScope(scope);
  return principal;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
