import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { Type } from 'typebox';
import { isoAt } from '../ports.js';
import type { ServiceDeps } from '../services/deps.js';
import { afterCommit, type Db, withLazyCommit } from '../store/db.js';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  type IdempotencyClaim,
  releaseIdempotencyKey,
} from '../store/idempotency-repo.js';
import { idempotencyInFlight, idempotencyMismatch } from './problems.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route honours `Idempotency-Key` (docs/api.md, "Idempotency"); see idempotencyPlugin. */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    /** This request's hold on its Idempotency-Key while it runs; null when it has none. */
    idempotencyClaim: HeldClaim | null;
  }
}

type HeldClaim = IdempotencyClaim & {
  sealWith: string;
  /** The answer as stored by the handler's own committed transaction (`answerInTransaction`): nothing left to store. */
  answered?: string;
};

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const JSON_TYPE = 'application/json; charset=utf-8';
/** How long a key is remembered (the draft's "expiry"); a retry after that runs afresh. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A first request still running after this long is taken to have died with its process. */
export const IDEMPOTENCY_ABANDONED_MS = 2 * 60 * 1000;

const KeySchema = Type.String({
  pattern: '^[\\x21-\\x7e]{1,255}$',
  description: 'Makes a retry safe: the same key with the same request replays the first answer (docs/api.md)',
});

/** JSON with object keys sorted, so the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The exact caller: one user, or one API key (not its whole organisation, whose other keys may hold fewer scopes). */
function callerOf(request: FastifyRequest): string | undefined {
  const { principal } = request;
  if (principal.kind === 'user') return `user:${principal.userId}`;
  if (principal.kind === 'api_key') return `key:${principal.keyId}`;
  return undefined;
}

function requestHash(request: FastifyRequest): string {
  const body = request.body;
  return createHash('sha256')
    .update(`${request.url}\n`)
    .update(Buffer.isBuffer(body) ? body : canonical(body))
    .digest('hex');
}

/**
 * The stored answer is sealed (AES-256-GCM) under a key derived from the Idempotency-Key, and the row holds only that
 * key's hash: a reader of the database cannot open an answer (a new API key's secret, say) without the client's key.
 */
function answerKey(idempotencyKey: string, scope: string): Buffer {
  return Buffer.from(hkdfSync('sha256', idempotencyKey, scope, 'threshold idempotent answer', 32));
}

function seal(answer: string, idempotencyKey: string, scope: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', answerKey(idempotencyKey, scope), iv);
  const sealed = Buffer.concat([cipher.update(answer, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

function unseal(stored: string, idempotencyKey: string, scope: string): string {
  const [iv = '', sealed = ''] = stored.split('.');
  const bytes = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', answerKey(idempotencyKey, scope), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString('utf8');
}

/** Adds the header to the route's schema, so it is validated and shows in the OpenAPI document. */
function declareHeader(route: RouteOptions): void {
  if (!route.config?.idempotent) return;
  route.schema ??= {};
  const schema = route.schema;
  const headers = schema.headers as { properties?: object; required?: string[] } | undefined;
  schema.headers = Type.Object(
    { ...(headers?.properties ?? {}), [IDEMPOTENCY_HEADER]: Type.Optional(KeySchema) },
    headers?.required ? { required: headers.required } : {},
  );
}

async function claim(services: ServiceDeps, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const key = request.headers[IDEMPOTENCY_HEADER];
  const caller = callerOf(request);
  // Without a key, or for an anonymous caller (whom the route refuses anyway), the request simply runs.
  if (!request.routeOptions.config.idempotent || typeof key !== 'string' || caller === undefined) return;
  const now = services.clock.now();
  const scope = `${caller} ${request.method} ${request.routeOptions.url}`;
  const held: IdempotencyClaim = {
    scope,
    key: createHash('sha256').update(key).digest('hex'),
    requestHash: requestHash(request),
    claimedAt: isoAt(now),
  };
  // The claim need not reach the disk on its own: an effect of this request commits durably after it, and with it
  // the claim (both logs keep commit order); a claim lost in a power cut had nothing durable built on it yet.
  const limits = {
    expiredBefore: isoAt(now - IDEMPOTENCY_TTL_MS),
    abandonedBefore: isoAt(now - IDEMPOTENCY_ABANDONED_MS),
  };
  const outcome = await withLazyCommit(services.db, (db) => claimIdempotencyKey(db, held, limits));
  if (outcome.kind === 'mismatch') throw idempotencyMismatch();
  if (outcome.kind === 'in_flight') throw idempotencyInFlight();
  if (outcome.kind === 'claimed') {
    request.idempotencyClaim = { ...held, sealWith: key };
    return;
  }
  reply
    .code(outcome.status)
    .header('idempotent-replayed', 'true')
    .type(JSON_TYPE)
    .send(unseal(outcome.response, key, scope));
  return reply;
}

/** Stores a success for replay; anything else lets go of the key, so the client may retry with it. */
async function settle(services: ServiceDeps, request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const held = request.idempotencyClaim;
  if (!held) return payload;
  request.idempotencyClaim = null;
  if (held.answered !== undefined) return payload; // stored with the handler's effect, in its transaction
  const json = String(reply.getHeader('content-type') ?? '').startsWith('application/json');
  const ok = reply.statusCode >= 200 && reply.statusCode < 300;
  if (ok && json && typeof payload === 'string') {
    await completeIdempotencyKey(services.db, held, reply.statusCode, seal(payload, held.sealWith, held.scope));
  } else {
    await releaseIdempotencyKey(services.db, held);
  }
  return payload;
}

/** How a handler stores its answer in the transaction of its effect (`answerInTransaction`). */
export interface AnswerInTransaction<T, R> {
  /**
   * For the service to call inside its transaction with what the answer is made of: the answer is presented and
   * serialised as the route sends it (its schema, the reply's status code) and stored, sealed, with the effect.
   * Absent when the request holds no claim.
   */
  store: ((tx: Db, input: T) => Promise<void>) | undefined;
  /**
   * What the handler sends: the very text that was stored and committed (typed as the body it serialises, which
   * Fastify sends as it is), else the presented body as usual.
   */
  send(input: T): R;
}

/**
 * The answer of an idempotent request stored in the same transaction as its effect, instead of in a commit of its own
 * after the handler (`onSend`): one durable commit less, and a retry finds either no effect and no answer (it runs
 * afresh) or both. The reply's status code must be set before `store` is called; the handler sends what `send`
 * gives, which is byte for byte what a replay sends.
 */
export function answerInTransaction<T, R>(
  request: FastifyRequest,
  reply: FastifyReply,
  present: (input: T) => R,
): AnswerInTransaction<T, R> {
  const held = request.idempotencyClaim;
  let committed: string | undefined;
  return {
    store:
      held === null
        ? undefined
        : async (tx, input) => {
            const text = String(reply.serialize(present(input)));
            await completeIdempotencyKey(tx, held, reply.statusCode, seal(text, held.sealWith, held.scope));
            // Only the attempt that commits counts: a transaction retried after a lost race stores again.
            afterCommit(tx, () => {
              committed = text;
            });
          },
    send(input) {
      if (!held || committed === undefined) return present(input);
      held.answered = committed;
      reply.type(JSON_TYPE);
      return committed as R;
    },
  };
}

/**
 * `Idempotency-Key` as a property of a route (draft-ietf-httpapi-idempotency-key-header; docs/api.md,
 * "Idempotency"): a route declares `config: { idempotent: true }` and gets the header in its schema, an atomic claim
 * of the key before its handler runs (after validation and authentication), a replay of the stored status and body
 * for a repeat, `409 idempotency-mismatch` for the key with another request, and `409 idempotency-in-flight` while
 * the first request still runs. Keys are scoped to the caller and the route, and expire after 24 hours.
 */
export const idempotencyPlugin = fp(
  async (app: FastifyInstance, opts: { services: ServiceDeps }) => {
    (app.decorateRequest as (name: string, value: null) => void)('idempotencyClaim', null);
    app.addHook('onRoute', declareHeader);
    app.addHook('preHandler', (request, reply) => claim(opts.services, request, reply));
    app.addHook('onSend', (request, reply, payload) => settle(opts.services, request, reply, payload));
    // A request that never reached onSend (its connection died mid-send) still lets go of its key.
    app.addHook('onResponse', async (request) => {
      const held = request.idempotencyClaim;
      request.idempotencyClaim = null;
      if (held) await releaseIdempotencyKey(opts.services.db, held);
    });
  },
  { name: 'threshold-idempotency', dependencies: ['threshold-auth'] },
);
