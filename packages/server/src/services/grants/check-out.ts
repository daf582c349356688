import type { ServiceVerdict } from '@threshold/core';
import { cancelJob } from '../../jobs/schedule.js';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { withTransaction } from '../../store/db.js';
import { findGrantVisit, updateGrantVisit } from '../../store/grants-repo.js';
import { fail, type Outcome } from '../failure.js';
import { visitForCourier } from '../visits/access.js';
import type { VisitDeps } from '../visits/deps.js';
import { type Applied, applyVisitEvent, parseVisit } from '../visits/runner.js';
import { overstayKey } from './check-in.js';
import { announceFacts } from './facts.js';
import { writeVerdict } from './verdict.js';

// The worker leaves (docs/grants.md "Check-out"): the door must be relocked first (the visit completes only from
// `relocked`); a worker who checked in and never opened the door ends the visit without entering. Then the verdict.

export async function checkOut(
  deps: VisitDeps,
  principal: Principal,
  visitId: string,
): Promise<Outcome<{ applied: Applied; verdict: ServiceVerdict | null }>> {
  const found = await visitForCourier(deps.db, principal, visitId);
  if (!found.ok) return found;
  const link = await findGrantVisit(deps.db, visitId);
  if (!link)
    return fail('conflict', 'Only a visit under a grant checks out; a delivery completes', {
      reason: 'not_a_service_visit',
    });
  const visit = parseVisit(found.value);
  const event =
    visit.state === 'arrived' || visit.state === 'denied'
      ? ({ type: 'abort', reason: 'other', note: 'checked out without entering' } as const)
      : ({ type: 'complete' } as const);
  const applied = await applyVisitEvent(deps, visitId, event, found.value);
  if (!applied.ok) {
    const detail = applied.error.code === 'conflict' ? 'Relock the door before checking out' : applied.error.detail;
    return { ok: false, error: { ...applied.error, detail } };
  }
  await withTransaction(deps.db, async (tx) => {
    await updateGrantVisit(tx, visitId, { checked_out_at: isoAt(deps.clock.now()) });
    for (const kind of ['max_visit', 'window_end']) await cancelJob(tx, overstayKey(visitId, kind));
  });
  const judged = await writeVerdict(deps, visitId);
  if (judged) announceFacts(deps.bus, found.value.home_id, [judged.entry]);
  return { ok: true, value: { applied: applied.value, verdict: judged?.verdict ?? null } };
}
