import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { IDEMPOTENT_OPERATIONS } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { ProblemError } from './problem.js';
import { retryingFetch } from './retry.js';

// The typed client: openapi-fetch over the generated paths, plus who is calling, idempotency keys and retries
// (docs/sdk.md).

export const SESSION_COOKIE = 'threshold_session';

/**
 * Who is calling. `cookie` without a value is the browser's own session cookie (same origin); with a value it is
 * sent as the Cookie header (Node). `bearer` is the token from sign-in; `apiKey` an organisation's key.
 */
export type ThresholdAuth =
  | { kind: 'none' }
  | { kind: 'cookie'; cookie?: string }
  | { kind: 'bearer'; token: string }
  | { kind: 'apiKey'; key: string };

export interface ThresholdOptions {
  /** Where the API is; '' (the default) is the page's own origin in a browser. */
  baseUrl?: string;
  auth?: ThresholdAuth;
  fetch?: typeof fetch;
  /** Further attempts of a replayable call after a network error or 502/503/504 (default 2; 0 turns them off). */
  retries?: number;
  retryDelayMs?: number;
  /** Makes the Idempotency-Key of a write that accepts one (default `crypto.randomUUID`). */
  newIdempotencyKey?: () => string;
}

export interface Threshold {
  /** Every route, typed: `api.GET('/v1/homes/{homeId}', { params: { path: { homeId } } })`. */
  readonly api: Client<paths>;
  readonly baseUrl: string;
  auth(): ThresholdAuth;
  setAuth(auth: ThresholdAuth): void;
  /** A request outside the typed routes (a stream, a raw upload) with the same caller and retries. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

function authorize(headers: Headers, auth: ThresholdAuth): void {
  if (auth.kind === 'bearer') headers.set('authorization', `Bearer ${auth.token}`);
  else if (auth.kind === 'apiKey') headers.set('x-api-key', auth.key);
  else if (auth.kind === 'cookie' && auth.cookie) headers.set('cookie', auth.cookie);
}

export function createThreshold(options: ThresholdOptions = {}): Threshold {
  let auth: ThresholdAuth = options.auth ?? { kind: 'none' };
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const newKey = options.newIdempotencyKey ?? (() => crypto.randomUUID());
  const send = retryingFetch(options.fetch ?? globalThis.fetch.bind(globalThis), {
    retries: options.retries ?? 2,
    delayMs: options.retryDelayMs ?? 200,
  });
  const caller: Middleware = {
    onRequest({ request, schemaPath }) {
      authorize(request.headers, auth);
      // Made here, once per call, so every retry of the call carries the same key.
      const accepts = IDEMPOTENT_OPERATIONS.has(`${request.method} ${schemaPath}`);
      if (accepts && !request.headers.has('idempotency-key')) request.headers.set('idempotency-key', newKey());
      return request;
    },
  };
  const api = createClient<paths>({ baseUrl, fetch: send });
  api.use(caller);
  return {
    api,
    baseUrl,
    auth: () => auth,
    setAuth(next) {
      auth = next;
    },
    fetch(path, init = {}) {
      const request = new Request(`${baseUrl}${path}`, init);
      authorize(request.headers, auth);
      return send(request);
    },
  };
}

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The data of a successful call; a refusal throws a {@link ProblemError}. */
export async function ok<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ProblemError(response.status, error);
  return data as T;
}
