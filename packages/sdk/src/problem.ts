// Refusals as one typed exception (RFC 9457 problem+json, docs/api.md "Errors").

export const PROBLEM_TYPE_PREFIX = 'urn:threshold:problem:';

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance']);

/**
 * A problem the platform answered. `type` is the stable URN to switch on (`code` is the same without its prefix);
 * members beyond the standard five (`field`, `retryAfterSeconds`, …) are kept in `extras`.
 */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  readonly type: string;
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly instance: string | undefined;
  readonly extras: Readonly<Record<string, unknown>>;

  constructor(status: number, body: unknown) {
    const problem = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const text = (key: string) => (typeof problem[key] === 'string' ? (problem[key] as string) : undefined);
    const title = text('title') ?? `HTTP ${status}`;
    const detail = text('detail') ?? title;
    super(detail);
    this.type = text('type') ?? 'about:blank';
    this.code = this.type.startsWith(PROBLEM_TYPE_PREFIX) ? this.type.slice(PROBLEM_TYPE_PREFIX.length) : this.type;
    this.status = typeof problem.status === 'number' ? problem.status : status;
    this.title = title;
    this.detail = detail;
    this.instance = text('instance');
    this.extras = Object.fromEntries(Object.entries(problem).filter(([key]) => !STANDARD_MEMBERS.has(key)));
  }

  /** Reads a refused response's body; a body that is not JSON still gives a problem with the status. */
  static async fromResponse(response: Response): Promise<ProblemError> {
    const body: unknown = await response.json().catch(() => undefined);
    return new ProblemError(response.status, body);
  }

  /** True for a problem of this code, e.g. `problem.is('visit-not-open')`. */
  is(code: string): boolean {
    return this.code === code;
  }
}

export const isProblem = (error: unknown): error is ProblemError => error instanceof ProblemError;
