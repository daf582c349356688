import type { Credential } from '@threshold/demo';

// Follows a home's server-sent events (GET /v1/homes/{id}/events, docs/api.md) so the driver learns of a visit's
// state changes as the platform publishes them, without polling.

interface Waiter {
  visitId: string;
  state: string;
  resolve: (ok: boolean) => void;
  timer: NodeJS.Timeout;
}

export class HomeFeed {
  private readonly waiters = new Set<Waiter>();
  private readonly seen = new Map<string, Set<string>>();
  private readonly abort = new AbortController();

  private constructor() {}

  static async open(baseUrl: string, homeId: string, as: Credential & { bearer: string }): Promise<HomeFeed> {
    const feed = new HomeFeed();
    const res = await fetch(new URL(`/v1/homes/${homeId}/events`, baseUrl), {
      headers: { authorization: `Bearer ${as.bearer}`, accept: 'text/event-stream' },
      signal: feed.abort.signal,
    });
    if (res.status !== 200 || !res.body) throw new Error(`events of ${homeId}: HTTP ${res.status}`);
    void feed.read(res.body).catch(() => {});
    return feed;
  }

  /** Resolves true once the visit reached `state` (also if it already did), false after `timeoutMs`. */
  reached(visitId: string, state: string, timeoutMs: number): Promise<boolean> {
    if (this.seen.get(visitId)?.has(state)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        visitId,
        state,
        resolve,
        timer: setTimeout(() => this.settle(waiter, false), timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Forgets what a finished visit went through. */
  forget(visitId: string): void {
    this.seen.delete(visitId);
  }

  close(): void {
    this.abort.abort();
  }

  private settle(waiter: Waiter, ok: boolean): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
    waiter.resolve(ok);
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of body) {
      buffer += decoder.decode(chunk, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        this.frame(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
      }
    }
  }

  private frame(frame: string): void {
    if (!frame.includes('event: home.visit')) return;
    const data = frame.split('\n').find((l) => l.startsWith('data: '));
    if (!data) return;
    const { visitId, state } = JSON.parse(data.slice(6)) as { visitId: string; state: string };
    const states = this.seen.get(visitId) ?? new Set<string>();
    states.add(state);
    this.seen.set(visitId, states);
    for (const w of this.waiters) if (w.visitId === visitId && w.state === state) this.settle(w, true);
  }
}
