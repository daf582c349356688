import { createThreshold, ProblemError } from '@threshold/sdk';

// The one way the app talks to the platform: the typed SDK (@threshold/sdk, docs/sdk.md) on the same origin with the
// session cookie (docs/api.md "Authentication"). Every call answers a value, never throws: a refusal is an RFC 9457
// problem the views can show as it is.

/** The app's client: the browser's own session cookie; retries only what cannot write twice. */
export const threshold = createThreshold({ auth: { kind: 'cookie' } });

export interface ApiError {
  status: number;
  /** The problem type without its `urn:threshold:problem:` prefix, or `network` when the platform was not reached. */
  type: string;
  title: string;
  detail: string;
  field?: string;
  retryAfterSeconds?: number;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Fired on `window` when the platform says the session is gone (expired, revoked): the app asks to sign in again. */
export const SESSION_ENDED = 'threshold:session-ended';

const NETWORK_ERROR: ApiError = {
  status: 0,
  type: 'network',
  title: 'Cannot reach Threshold',
  detail: 'Check your connection and try again.',
};

function apiErrorOf(problem: ProblemError): ApiError {
  const { field, retryAfterSeconds } = problem.extras;
  const error: ApiError = {
    status: problem.status,
    type: problem.code === 'about:blank' ? 'unknown' : problem.code,
    title: problem.title,
    detail: problem.detail,
    ...(typeof field === 'string' && field ? { field } : {}),
    ...(typeof retryAfterSeconds === 'number' && retryAfterSeconds ? { retryAfterSeconds } : {}),
  };
  if (error.type === 'unauthenticated') window.dispatchEvent(new Event(SESSION_ENDED));
  return error;
}

/** A typed SDK call as a value: its data, or the problem it was refused with, or `network`. */
export async function settle<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<ApiResult<T>> {
  try {
    const { data, error, response } = await call;
    if (!response.ok) return { ok: false, error: apiErrorOf(new ProblemError(response.status, error)) };
    return { ok: true, value: data as T };
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
}

export interface RequestOptions {
  body?: unknown;
  /** A body sent as it is (e.g. a photo), with its content type. */
  raw?: Blob;
  contentType?: string;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.raw) headers['content-type'] = options.contentType ?? options.raw.type;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await threshold.fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.raw ?? (options.body === undefined ? null : JSON.stringify(options.body)),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
  if (!response.ok) return { ok: false, error: apiErrorOf(await ProblemError.fromResponse(response)) };
  if (response.status === 204) return { ok: true, value: undefined as T };
  return { ok: true, value: (await response.json()) as T };
}

export const get = <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, signal ? { signal } : {});
export const post = <T>(path: string, body?: unknown, idempotencyKey?: string) =>
  request<T>('POST', path, { body, ...(idempotencyKey ? { idempotencyKey } : {}) });
export const put = <T>(path: string, body: unknown) => request<T>('PUT', path, { body });

/** A fresh key for a write the user may retry (docs/api.md "Idempotency"). */
export const newIdempotencyKey = (): string => crypto.randomUUID();
