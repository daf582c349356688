import type { Bus } from '../bus.js';
import type { Clock } from '../ports.js';
import { HOME_EVENT_TYPES, type HomeBusEvents } from './home-events.js';

/** One server-sent event: `id` increases monotonically within and across restarts of this process (see below). */
export interface LiveEvent {
  id: number;
  homeId: string;
  type: string;
  data: Record<string, unknown>;
}

export type LiveListener = (event: LiveEvent) => void;

export interface LiveHub {
  /**
   * Follows one home. With `lastEventId` the buffered events after it are replayed first; when the buffer no longer
   * reaches back that far a single `resync` event tells the client to reload what it shows. Returns the unsubscribe.
   */
  subscribe(homeId: string, lastEventId: number | undefined, listener: LiveListener): () => void;
  subscriberCount(): number;
  readonly heartbeatMs: number;
  stop(): void;
}

export interface LiveHubOptions {
  clock: Clock;
  /** Events kept for Last-Event-ID replay, across all homes. Default 1000. */
  bufferSize?: number;
  /** Comment lines keep proxies from closing an idle stream. Default 15 s. */
  heartbeatMs?: number;
}

/**
 * Fans bus events out to the browsers of each home, in this process. Ids start at the start-up time in microseconds,
 * so they keep increasing across a restart and an id from before it reads as "older than the buffer" (resync).
 * Several nodes will share events through PostgreSQL LISTEN/NOTIFY (docs/architecture.md, "Several nodes").
 */
export function createLiveHub(bus: Pick<Bus<HomeBusEvents>, 'on'>, options: LiveHubOptions): LiveHub {
  const size = options.bufferSize ?? 1000;
  const buffer: LiveEvent[] = [];
  const listeners = new Map<string, Set<LiveListener>>();
  let nextId = options.clock.now() * 1000;

  function publish(type: string, payload: { homeId: string } & Record<string, unknown>): void {
    const { homeId, ...data } = payload;
    const event: LiveEvent = { id: ++nextId, homeId, type, data };
    buffer.push(event);
    if (buffer.length > size) buffer.shift();
    for (const listener of [...(listeners.get(homeId) ?? [])]) listener(event);
  }

  function replay(homeId: string, lastEventId: number, listener: LiveListener): void {
    const oldest = buffer[0]?.id ?? nextId + 1;
    if (lastEventId < oldest - 1 || lastEventId > nextId) {
      listener({ id: nextId, homeId, type: 'resync', data: {} });
      return;
    }
    for (const event of buffer) if (event.id > lastEventId && event.homeId === homeId) listener(event);
  }

  const unsubscribes = HOME_EVENT_TYPES.map((type) => bus.on(type, (payload) => publish(type, payload)));
  return {
    heartbeatMs: options.heartbeatMs ?? 15_000,
    subscribe(homeId, lastEventId, listener) {
      if (lastEventId !== undefined) replay(homeId, lastEventId, listener);
      const set = listeners.get(homeId) ?? new Set();
      listeners.set(homeId, set.add(listener));
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(homeId);
      };
    },
    subscriberCount: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
    stop() {
      for (const off of unsubscribes) off();
      listeners.clear();
    },
  };
}
