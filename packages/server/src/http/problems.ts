/**
 * The one error catalogue (STYLE.md, habit 7). Every error the API answers is a Problem, sent as
 * `application/problem+json` (RFC 9457) with a stable `type` URI that clients may switch on; docs/api.md lists them.
 */
export const PROBLEM_TYPE_PREFIX = 'urn:threshold:problem:';

export const problemCodes = {
  'bad-request': { status: 400, title: 'Bad request' },
  validation: { status: 400, title: 'Invalid request' },
  'weak-password': { status: 400, title: 'Password too easy to guess' },
  'malformed-json': { status: 400, title: 'Malformed JSON body' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  'invalid-credentials': { status: 401, title: 'Invalid email or password' },
  forbidden: { status: 403, title: 'Forbidden' },
  'insufficient-scope': { status: 403, title: 'API key lacks the required scope' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  'idempotency-mismatch': { status: 409, title: 'Idempotency key reused with a different request' },
  'idempotency-in-flight': { status: 409, title: 'A request with this idempotency key is still running' },
  'payload-too-large': { status: 413, title: 'Request body too large' },
  'uri-too-long': { status: 414, title: 'URI too long' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'range-not-satisfiable': { status: 416, title: 'Range not satisfiable' },
  'request-timeout': { status: 408, title: 'Request timeout' },
  'headers-too-large': { status: 431, title: 'Request header fields too large' },
  'too-many-requests': { status: 429, title: 'Too many requests' },
  // Device uploads (docs/protocol.md §5) and evidence.
  'device-not-paired': { status: 403, title: 'The device is not paired to a home' },
  'upload-not-expected': { status: 409, title: 'No recording session awaits an upload from this device' },
  'upload-rate-limited': { status: 429, title: 'Too many uploads from this device' },
  'clip-unverified': { status: 409, title: 'The clip failed verification' },
  // Retention (docs/ledger.md "Retention"): the file is gone, its hash stays on the ledger.
  'clip-expired': { status: 410, title: 'The clip was deleted at the end of its retention' },
  // Webhooks (docs/webhooks.md).
  'webhook-url-refused': { status: 400, title: 'Webhooks may not go to this URL' },
  // Claims and purpose-bound staff access (docs/claims.md).
  'purpose-required': { status: 403, title: 'Staff need a purpose-bound access to see this' },
  internal: { status: 500, title: 'Internal server error' },
  unavailable: { status: 503, title: 'Service unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof problemCodes;

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  [extension: string]: unknown;
}

export class Problem extends Error {
  override name = 'Problem';
  readonly type: string;
  readonly status: number;
  readonly title: string;
  readonly detail: string;

  constructor(
    readonly code: ProblemCode,
    detail?: string,
    /** RFC 9457 extension members, e.g. `field` or `retryAfterSeconds`. */
    readonly extra?: Readonly<Record<string, unknown>>,
  ) {
    const { status, title } = problemCodes[code];
    super(detail ?? title);
    this.type = `${PROBLEM_TYPE_PREFIX}${code}`;
    this.status = status;
    this.title = title;
    this.detail = detail ?? title;
  }

  toJSON(): ProblemBody {
    return { ...this.extra, type: this.type, title: this.title, status: this.status, detail: this.detail };
  }
}

export const badRequest = (detail: string) => new Problem('bad-request', detail);
export const validation = (detail: string, field?: string) =>
  new Problem('validation', detail, field === undefined ? undefined : { field });
export const unauthenticated = (detail = 'Sign in, or send an API key') => new Problem('unauthenticated', detail);
export const invalidCredentials = () => new Problem('invalid-credentials', 'Invalid email or password');
export const forbidden = (detail: string) => new Problem('forbidden', detail);
export const insufficientScope = (scope: string) =>
  new Problem('insufficient-scope', `This API key lacks the scope "${scope}"`, { scope });
export const notFound = (what = 'resource') => new Problem('not-found', `No such ${what}`);
export const conflict = (detail: string) => new Problem('conflict', detail);
export const idempotencyMismatch = () =>
  new Problem('idempotency-mismatch', 'This Idempotency-Key was already used with a different request');
export const idempotencyInFlight = () =>
  new Problem('idempotency-in-flight', 'The first request with this Idempotency-Key is still running; retry shortly', {
    retryAfterSeconds: 1,
  });
export const tooManyRequests = (retryAfterSeconds: number, detail = 'Too many attempts; try again later') =>
  new Problem('too-many-requests', detail, { retryAfterSeconds });
export const internal = () => new Problem('internal', 'An unexpected error occurred');
export const unavailable = (detail: string) => new Problem('unavailable', detail);
