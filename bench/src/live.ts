import { type LiveEvent, openHomeEvents, type Threshold } from '@threshold/sdk';

// Follows a home's server-sent events (GET /v1/homes/{id}/events, docs/api.md) so the driver learns of a visit's
// state changes as the platform publishes them, without polling. The SDK opens and parses the stream.

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

  static async open(owner: Threshold, homeId: string): Promise<HomeFeed> {
    const feed = new HomeFeed();
    const events = await openHomeEvents(owner, homeId, { signal: feed.abort.signal });
    void feed.read(events).catch(() => {});
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

  private async read(events: AsyncIterable<LiveEvent>): Promise<void> {
    for await (const event of events) if (event.type === 'home.visit') this.visitState(event.data);
  }

  private visitState(data: Record<string, unknown>): void {
    const { visitId, state } = data as { visitId: string; state: string };
    const states = this.seen.get(visitId) ?? new Set<string>();
    states.add(state);
    this.seen.set(visitId, states);
    for (const w of this.waiters) if (w.visitId === visitId && w.state === state) this.settle(w, true);
  }
}
