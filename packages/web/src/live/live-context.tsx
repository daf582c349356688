import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { homeEventsUrl } from '../api/endpoints.js';

export type HomeEventType = 'home.visit' | 'home.device' | 'home.alert' | 'home.ledger' | 'resync';

export interface HomeEvent {
  type: HomeEventType;
  data: Record<string, unknown>;
}

/** `offline`: the platform cannot be reached (or refused the stream); the app tries again by itself. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';
type Listener = (event: HomeEvent) => void;

const OFFLINE_RETRY_MS = 5_000;
const TYPES: HomeEventType[] = ['home.visit', 'home.device', 'home.alert', 'home.ledger', 'resync'];

interface LiveContext {
  status: LiveStatus;
  subscribe: (listener: Listener) => () => void;
}

const Context = createContext<LiveContext>({ status: 'connecting', subscribe: () => () => {} });

/**
 * One EventSource per home for the whole page. EventSource reconnects by itself and sends Last-Event-ID, so the
 * server replays what was missed or sends `resync`, which listeners treat as "reload what you show".
 */
export function LiveProvider({ homeId, children }: { homeId: string; children: ReactNode }) {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const listeners = useRef(new Set<Listener>());
  const [value] = useState<Omit<LiveContext, 'status'>>(() => ({
    subscribe: (listener) => {
      listeners.current.add(listener);
      return () => listeners.current.delete(listener);
    },
  }));
  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const dispatch = (type: HomeEventType) => (message: MessageEvent<string>) => {
      const data = JSON.parse(message.data || '{}') as Record<string, unknown>;
      for (const listener of [...listeners.current]) listener({ type, data });
    };
    const open = () => {
      const current = new EventSource(homeEventsUrl(homeId));
      source = current;
      current.onopen = () => setStatus('live');
      current.onerror = () => {
        // CONNECTING: the browser retries by itself. CLOSED: it gave up (the platform refused or is stopping), so
        // the page is not live any more; it opens a new stream a little later and says so meanwhile.
        if (current.readyState !== EventSource.CLOSED) return setStatus('reconnecting');
        setStatus('offline');
        retry = setTimeout(open, OFFLINE_RETRY_MS);
      };
      for (const type of TYPES) current.addEventListener(type, dispatch(type));
    };
    setStatus('connecting');
    open();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [homeId]);
  return <Context.Provider value={{ ...value, status }}>{children}</Context.Provider>;
}

export const useLiveStatus = (): LiveStatus => useContext(Context).status;

/** Calls `listener` for every event of the home; the latest listener is used without resubscribing. */
export function useLiveEvents(listener: Listener): void {
  const { subscribe } = useContext(Context);
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => subscribe((event) => latest.current(event)), [subscribe]);
}

/** Runs `reload` when an event of one of `types` arrives (or the server asks for a resync). */
export function useReloadOn(types: HomeEventType[], reload: () => void, filter?: (event: HomeEvent) => boolean): void {
  useLiveEvents((event) => {
    if (event.type === 'resync' || (types.includes(event.type) && (!filter || filter(event)))) reload();
  });
}
