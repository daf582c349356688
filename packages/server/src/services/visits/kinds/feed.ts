import type { VisitEvent, VisitState } from '@threshold/core';
import type { AnyEvent } from '@threshold/protocol';
import type { VisitRow } from '../../../store/schema-visits.js';
import type { VisitDeps } from '../deps.js';
import { applyVisitEvent } from '../runner.js';

// What every access kind's device feed shares: a verified device event becomes one visit event.

/** How an access kind turns its device's verified events into visit events (docs/access-points.md). */
export type DeviceFeed = (deps: VisitDeps, deviceId: string, event: AnyEvent, receivedAt: number) => Promise<void>;

export async function feed(deps: VisitDeps, visit: VisitRow | undefined, event: VisitEvent): Promise<void> {
  if (!visit) return;
  const applied = await applyVisitEvent(deps, visit.id, event, visit);
  if (!applied.ok)
    deps.log.info({ visitId: visit.id, event: event.type, reason: applied.error.detail }, 'device event not applied');
}

export const inState = (visits: VisitRow[], states: readonly VisitState[]) =>
  visits.find((v) => states.includes(v.state as VisitState));
