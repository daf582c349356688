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

/**
 * The options that send a body as it is (a photo) on a typed route: openapi-fetch hands the Blob to fetch untouched,
 * with its own content type, where it would otherwise send JSON.
 */
export const rawBody = (blob: Blob, contentType: string) => ({
  body: blob as never,
  bodySerializer: (body: unknown) => body as BodyInit,
  headers: { 'content-type': contentType },
});

/** A fresh key for a write the user may retry (docs/api.md "Idempotency"). */
export const newIdempotencyKey = (): string => crypto.randomUUID();
