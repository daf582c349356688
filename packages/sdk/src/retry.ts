// Retries that cannot do a write twice: only safe methods and writes carrying an Idempotency-Key are sent again,
// each time as the same request with the same key (docs/api.md "Idempotency").

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const RETRY_STATUSES = new Set([502, 503, 504]);

export interface RetryOptions {
  /** Further attempts after the first; 0 turns retries off. */
  retries: number;
  /** The first wait; each later one doubles. */
  delayMs: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function retryingFetch(
  base: typeof fetch,
  { retries, delayMs }: RetryOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const replayable = SAFE_METHODS.has(request.method) || request.headers.has('idempotency-key');
    for (let attempt = 0; ; attempt++) {
      const last = !replayable || attempt >= retries;
      const copy = last ? request : request.clone();
      try {
        const response = await base(copy);
        if (last || !RETRY_STATUSES.has(response.status)) return response;
        await response.body?.cancel();
      } catch (error) {
        if (last || request.signal.aborted) throw error;
      }
      await sleep(delayMs * 2 ** attempt);
    }
  };
}
