import { BOLT_OPEN_STATES, type VisitState } from '@threshold/core';
import { listOpenGrantVisits } from '../../store/grants-repo.js';
import type { VisitDeps } from '../visits/deps.js';
import { applyVisitEvent } from '../visits/runner.js';

// A paused or revoked grant opens nothing more (DESIGN.md "An ended thing opens nothing"). Its visits in progress end
// through the visit machine: one not inside is aborted (`revoked`), which tells the lock the visit is over
// (`visit.close`, core closeEffects) when a capability of it may be live; one with the bolt drawn back runs to its
// relock and may not open again (`end_reentry`). docs/grants.md "Revoking" states the bound on an offline lock.

export async function withdrawVisits(deps: VisitDeps, grantId: string): Promise<void> {
  for (const row of await listOpenGrantVisits(deps.db, grantId)) {
    const inside = BOLT_OPEN_STATES.includes(row.state as VisitState);
    const event = inside
      ? ({ type: 'end_reentry' } as const)
      : ({ type: 'abort', reason: 'revoked', note: 'grant withdrawn' } as const);
    let applied = await applyVisitEvent(deps, row.id, event, row);
    // The bolt moved meanwhile: the visit runs to its relock instead.
    if (!applied.ok && !inside) applied = await applyVisitEvent(deps, row.id, { type: 'end_reentry' });
    if (applied.ok) await applied.value.commands;
    else deps.log.warn({ visitId: row.id, reason: applied.error.detail }, 'grant visit not withdrawn');
  }
}
