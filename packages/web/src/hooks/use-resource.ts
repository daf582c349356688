import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult } from '../api/client.js';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; value: T; refreshing: boolean };

/**
 * Loads `load()` and keeps its last answer. `reload()` refetches without blanking what is shown (live views call it
 * on every event); an answer that arrives after a newer request started is dropped.
 */
export function useResource<T>(
  load: (signal: AbortSignal) => Promise<ApiResult<T>>,
  deps: readonly unknown[],
): [Resource<T>, () => void] {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = ++generation.current;
    const controller = new AbortController();
    setState((s) => (s.status === 'ready' ? { ...s, refreshing: true } : { status: 'loading' }));
    void load(controller.signal).then((result) => {
      if (mine !== generation.current) return;
      setState(
        result.ok
          ? { status: 'ready', value: result.value, refreshing: false }
          : { status: 'error', error: result.error },
      );
    });
    return () => controller.abort();
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what its loader depends on
  }, deps);
  useEffect(() => {
    const abort = run();
    return () => {
      generation.current++;
      abort();
    };
  }, [run]);
  return [state, run];
}
