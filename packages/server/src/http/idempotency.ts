import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isoAt } from '../ports.js';
import type { ServiceDeps } from '../services/deps.js';
import { findIdempotencyRecord, insertIdempotencyRecord } from '../store/idempotency-repo.js';
import { idempotencyMismatch, validation } from './problems.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** JSON with object keys sorted, so the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function callerOf(request: FastifyRequest): string {
  const { principal } = request;
  if (principal.kind === 'user') return `user:${principal.userId}`;
  if (principal.kind === 'api_key') return `org:${principal.organisationId}`;
  return 'anonymous';
}

/**
 * Runs a retryable write at most once per `Idempotency-Key` (docs/api.md, "Idempotency"; draft-ietf-httpapi-
 * idempotency-key-header). The same key with the same request replays the stored response; with a different
 * request it is refused with 409 `idempotency-mismatch`. Only successful responses are stored, so a request that
 * failed may be retried with the same key. Keys are scoped to the caller and the route.
 */
export async function idempotent<T>(
  deps: ServiceDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  run: () => Promise<T>,
): Promise<T> {
  const key = request.headers[IDEMPOTENCY_HEADER];
  if (key === undefined) {
    reply.code(status);
    return run();
  }
  if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
    throw validation('Idempotency-Key must be 1-255 visible ASCII characters', 'headers.idempotency-key');
  }
  const scope = `${callerOf(request)} ${request.method} ${request.routeOptions.url ?? request.url}`;
  const requestHash = createHash('sha256')
    .update(`${request.url}\n${canonical(request.body)}`)
    .digest('hex');
  const stored = await findIdempotencyRecord(deps.db, scope, key);
  if (stored) {
    if (stored.request_hash !== requestHash) throw idempotencyMismatch();
    reply.code(stored.status_code).header('idempotent-replayed', 'true');
    return JSON.parse(stored.response) as T;
  }
  const response = await run();
  await insertIdempotencyRecord(deps.db, {
    scope,
    key,
    request_hash: requestHash,
    status_code: status,
    response: JSON.stringify(response),
    created_at: isoAt(deps.clock.now()),
  });
  reply.code(status);
  return response;
}
