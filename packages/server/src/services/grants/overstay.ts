import { isTerminal } from '@threshold/core';
import type { JobHandler } from '../../jobs/runner.js';
import { publishHomeEvent } from '../../live/home-events.js';
import { isoAt } from '../../ports.js';
import { insertAlert } from '../../store/alerts-repo.js';
import { withTransaction } from '../../store/db.js';
import { findGrant, findGrantVisit, insertProviderAlert } from '../../store/grants-repo.js';
import { findVisitRow } from '../../store/visits-repo.js';
import type { VisitDeps } from '../visits/deps.js';
import { parseVisit } from '../visits/runner.js';
import { OVERSTAY_JOB } from './check-in.js';
import { announceFacts, appendGrantFact } from './facts.js';
import { writeVerdict } from './verdict.js';

// A worker still inside (checked in, not checked out) past the window's end or past the longest visit: an alert to
// the customer and a row the provider reads, a ledger fact, and a verdict as things stand (docs/grants.md
// "Overstay"). The timers are durable jobs armed at check-in and cancelled at check-out.

const MESSAGES: Record<string, string> = {
  window_end: 'The worker is still inside after the agreed window ended',
  max_visit: 'The worker has been inside longer than the grant allows',
};

export async function onOverstay(deps: VisitDeps, visitId: string, kind: string): Promise<void> {
  const row = await findVisitRow(deps.db, visitId);
  const link = await findGrantVisit(deps.db, visitId);
  if (!row || !link || isTerminal(parseVisit(row)) || link.checked_out_at !== null) return;
  const grant = await findGrant(deps.db, link.grant_id);
  const at = isoAt(deps.clock.now());
  const alert = { id: deps.ids.id('alert'), kind: 'worker_overstay', message: MESSAGES[kind] ?? MESSAGES.max_visit! };
  const entry = await withTransaction(deps.db, async (tx) => {
    await insertAlert(tx, { ...alert, home_id: row.home_id, visit_id: visitId, at, acknowledged_at: null });
    if (grant?.organisation_id) {
      await insertProviderAlert(tx, {
        ...alert,
        id: deps.ids.id('palert'),
        organisation_id: grant.organisation_id,
        home_id: row.home_id,
        grant_id: link.grant_id,
        visit_id: visitId,
        at,
      });
    }
    return appendGrantFact(tx, deps, {
      homeId: row.home_id,
      subject: visitId,
      kind: 'grant.overstay',
      data: { grantId: link.grant_id, timer: kind, message: alert.message },
    });
  });
  publishHomeEvent(deps.bus, row.home_id, { type: 'home.alert', alertId: alert.id, ...alert, visitId });
  const judged = await writeVerdict(deps, visitId);
  announceFacts(deps.bus, row.home_id, judged ? [entry, judged.entry] : [entry]);
}

export function grantJobHandlers(deps: VisitDeps): Record<string, JobHandler> {
  return {
    [OVERSTAY_JOB]: async (payload) => {
      const { visitId, kind } = payload as { visitId: string; kind: string };
      await onOverstay(deps, visitId, kind);
    },
  };
}
