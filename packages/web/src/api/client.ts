// The one way the app talks to the platform: same origin, JSON, the session cookie (docs/api.md "Authentication").
// Every call answers a value, never throws: a refusal is an RFC 9457 problem the views can show as it is.

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

const PROBLEM_PREFIX = 'urn:threshold:problem:';

/** Fired on `window` when the platform says the session is gone (expired, revoked): the app asks to sign in again. */
export const SESSION_ENDED = 'threshold:session-ended';

const NETWORK_ERROR: ApiError = {
  status: 0,
  type: 'network',
  title: 'Cannot reach Threshold',
  detail: 'Check your connection and try again.',
};

async function problemOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as Partial<ApiError> & { type?: string };
  return {
    status: response.status,
    type: (body.type ?? 'unknown').replace(PROBLEM_PREFIX, ''),
    title: body.title ?? response.statusText ?? 'Request failed',
    detail: body.detail ?? body.title ?? `The platform answered ${response.status}.`,
    ...(body.field ? { field: body.field } : {}),
    ...(body.retryAfterSeconds ? { retryAfterSeconds: body.retryAfterSeconds } : {}),
  };
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
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.raw ?? (options.body === undefined ? null : JSON.stringify(options.body)),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
  if (!response.ok) {
    const error = await problemOf(response);
    if (error.type === 'unauthenticated') window.dispatchEvent(new Event(SESSION_ENDED));
    return { ok: false, error };
  }
  if (response.status === 204) return { ok: true, value: undefined as T };
  return { ok: true, value: (await response.json()) as T };
}

export const get = <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, signal ? { signal } : {});
export const post = <T>(path: string, body?: unknown, idempotencyKey?: string) =>
  request<T>('POST', path, { body, ...(idempotencyKey ? { idempotencyKey } : {}) });
export const put = <T>(path: string, body: unknown) => request<T>('PUT', path, { body });

/** A fresh key for a write the user may retry (docs/api.md "Idempotency"). */
export const newIdempotencyKey = (): string => crypto.randomUUID();
