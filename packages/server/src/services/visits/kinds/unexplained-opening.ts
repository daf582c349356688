import type { Finding } from '@threshold/core';
import { publishHomeEvent } from '../../../live/home-events.js';
import { isoAt } from '../../../ports.js';
import { insertAlert } from '../../../store/alerts-repo.js';
import type { Db } from '../../../store/db.js';
import type { VisitDeps } from '../deps.js';
import { recordFact } from '../facts.js';

// A door or garage that opened while no visit accounted for it (core `doorOpenedWithoutVisit`,
// `garageOpenedWithoutVisit`): an alert for the home's customers, and a `visit.alert` fact in the ledger.

export async function raiseUnexplainedOpening(
  deps: VisitDeps,
  door: { homeId: string; accessPointId: string },
  deviceId: string,
  finding: Finding | null,
  /** More to write in the alert's transaction (the garage arms its left-open timer). */
  within?: (tx: Db) => Promise<void>,
): Promise<void> {
  if (!finding) return;
  const alert = { id: deps.ids.id('alert'), kind: finding.kind, message: finding.message };
  const data = { alert: finding.kind, accessPointId: door.accessPointId, deviceId, ...finding.evidence };
  await recordFact(
    deps,
    { homeId: door.homeId, subject: door.accessPointId, kind: 'visit.alert', data },
    async (tx) => {
      await insertAlert(tx, {
        ...alert,
        home_id: door.homeId,
        visit_id: null,
        at: isoAt(deps.clock.now()),
        acknowledged_at: null,
      });
      await within?.(tx);
    },
  );
  publishHomeEvent(deps.bus, door.homeId, {
    type: 'home.alert',
    alertId: alert.id,
    kind: alert.kind,
    message: alert.message,
    visitId: null,
  });
}
