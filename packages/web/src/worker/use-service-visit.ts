import { useEffect, useState } from 'react';
import type { ApiError, ApiResult } from '../api/client.js';
import { fetchVisit } from '../api/endpoints.js';
import { checkIn, checkOut, unlockVisit, type Verdict } from '../api/grants.js';
import type { Position, Visit } from '../api/types.js';

// One visit under a grant, step by step (docs/grants.md "Check-in", "Passages", "Check-out"): check in → open the
// door (as often as needed, once it has locked again) → check out. The phone follows the door by asking every second.

const FOLLOW_STATES = ['verified', 'recording', 'unlocked', 'door_opened', 'door_closed'];
const FOLLOW_MS = 1000;
/** The visit in progress, kept per grant so that a reloaded page carries on with it. */
const remembered = (grantId: string) => `threshold:grant-visit:${grantId}`;

export interface ServiceVisit {
  visit: Visit | null;
  verdict: Verdict | null;
  busy: 'check-in' | 'unlock' | 'check-out' | null;
  error: ApiError | null;
  checkIn(position: Position): void;
  unlock(): void;
  checkOut(): void;
}

export function useServiceVisit(grantId: string): ServiceVisit {
  const [visit, setVisit] = useState<Visit | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [busy, setBusy] = useState<ServiceVisit['busy']>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    const id = sessionStorage.getItem(remembered(grantId));
    if (id) void fetchVisit(id).then((r) => r.ok && !r.value.closedAt && setVisit(r.value));
  }, [grantId]);

  // While the bolt may be open, the phone asks after the door every second (workers have no live stream).
  const followId = visit !== null && FOLLOW_STATES.includes(visit.state) && busy === null ? visit.id : null;
  useEffect(() => {
    if (followId === null) return;
    const refresh = async () => {
      const latest = await fetchVisit(followId);
      if (latest.ok) setVisit(latest.value);
    };
    const timer = setInterval(() => void refresh(), FOLLOW_MS);
    return () => clearInterval(timer);
  }, [followId]);

  const step = async <T>(
    name: NonNullable<ServiceVisit['busy']>,
    call: () => Promise<ApiResult<T>>,
    apply: (v: T) => void,
  ) => {
    setBusy(name);
    setError(null);
    const result = await call().finally(() => setBusy(null));
    if (!result.ok) return setError(result.error);
    apply(result.value);
  };

  return {
    visit,
    verdict,
    busy,
    error,
    checkIn: (position) =>
      void step(
        'check-in',
        () => checkIn(grantId, position),
        ({ visit: v }) => {
          sessionStorage.setItem(remembered(grantId), v.id);
          setVerdict(null);
          setVisit(v);
        },
      ),
    unlock: () =>
      void step(
        'unlock',
        () => unlockVisit(visit?.id ?? ''),
        (u) => setVisit(u.visit),
      ),
    checkOut: () =>
      void step(
        'check-out',
        () => checkOut(visit?.id ?? ''),
        (out) => {
          sessionStorage.removeItem(remembered(grantId));
          setVisit(out.visit);
          setVerdict(out.verdict);
        },
      ),
  };
}
