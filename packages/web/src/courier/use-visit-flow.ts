import { useEffect, useState } from 'react';
import type { ApiError, ApiResult } from '../api/client.js';
import * as api from '../api/endpoints.js';
import type { AbortReason, FallbackDecision, Position, Visit } from '../api/types.js';

/** While the bolt is open the courier's phone follows the door by asking every second (couriers have no SSE). */
// A car's boot moves on its own reports too (docs/car-boot.md): followed until it is secured.
const FOLLOW_STATES = [
  'verified',
  'recording',
  'unlocked',
  'door_opened',
  'door_closed',
  'boot_unlocking',
  'boot_unlocked',
  'boot_open',
  'boot_closed',
  // A garage moves on the opener's reports (docs/access-points.md "Garage"): followed until it is closed.
  'garage_opening',
  'garage_open',
  'garage_closing',
];
const FOLLOW_MS = 1000;

export interface VisitFlow {
  visit: Visit | null;
  fallback: FallbackDecision;
  busy: 'arrive' | 'unlock' | 'complete' | 'leave' | 'abort' | null;
  error: ApiError | null;
  arrive(position: Position): void;
  unlock(): void;
  complete(): void;
  leave(photo: File): void;
  abort(reason: AbortReason, note: string): void;
}

/** One stop's visit, step by step: every step is a call that answers the new visit, or a problem to show. */
export function useVisitFlow(deliveryId: string, openVisitId: string | null): VisitFlow {
  const [visit, setVisit] = useState<Visit | null>(null);
  const [fallback, setFallback] = useState<FallbackDecision>(null);
  const [busy, setBusy] = useState<VisitFlow['busy']>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (openVisitId) void api.fetchVisit(openVisitId).then((r) => r.ok && setVisit(r.value));
  }, [openVisitId]);

  const following = visit !== null && FOLLOW_STATES.includes(visit.state) && busy === null;
  useEffect(() => {
    if (!following || !visit) return;
    const timer = setInterval(() => void api.fetchVisit(visit.id).then((r) => r.ok && setVisit(r.value)), FOLLOW_MS);
    return () => clearInterval(timer);
  }, [following, visit]);

  async function step<T>(
    name: NonNullable<VisitFlow['busy']>,
    call: () => Promise<ApiResult<T>>,
    apply: (value: T) => void,
  ) {
    setBusy(name);
    setError(null);
    const result = await call();
    setBusy(null);
    if (result.ok) apply(result.value);
    else setError(result.error);
  }

  const id = () => visit?.id ?? '';
  return {
    visit,
    fallback,
    busy,
    error,
    arrive: (position) =>
      void step(
        'arrive',
        () => api.arrive(deliveryId, position),
        (a) => {
          setVisit(a.visit);
          setFallback(a.fallback);
        },
      ),
    unlock: () =>
      void step(
        'unlock',
        () => api.requestUnlock(id()),
        (u) => {
          setVisit(u.visit);
          setFallback(u.fallback);
        },
      ),
    complete: () => void step('complete', () => api.completeVisit(id()), setVisit),
    leave: (photo) => void step('leave', () => api.leaveAtDoorstep(id(), photo), setVisit),
    abort: (reason, note) => void step('abort', () => api.abortVisit(id(), reason, note), setVisit),
  };
}
