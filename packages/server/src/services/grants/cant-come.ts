import type { Bus } from '../../bus.js';
import { publishHomeEvent } from '../../live/home-events.js';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { insertAlert } from '../../store/alerts-repo.js';
import { withTransaction } from '../../store/db.js';
import type { ServiceDeps } from '../deps.js';
import { fail, type Outcome } from '../failure.js';
import { grantFor } from './access.js';
import { announceFacts, appendGrantFact } from './facts.js';

// "I can't come": the worker (or invited person) tells the customer a window will be missed (docs/grants.md
// "I can't come"). An alert for the customer (live, and through their notification channels) and a ledger fact;
// the grant itself is unchanged: only its owner changes it.

export interface CantCome {
  localDate: string;
  note: string;
}

export async function reportCantCome(
  deps: ServiceDeps & { bus?: Bus | undefined },
  principal: Principal,
  grantId: string,
  input: CantCome,
): Promise<Outcome<{ alertId: string; message: string; at: string }>> {
  const found = await grantFor(deps.db, principal, grantId, 'check_in');
  if (!found.ok) return found;
  const { grant } = found.value;
  if (grant.status !== 'active')
    return fail('conflict', `The grant is ${grant.status}`, { reason: `grant_${grant.status}` });
  const at = isoAt(deps.clock.now());
  const message = `The worker cannot come for the window of ${input.localDate}${input.note ? `: ${input.note}` : ''}`;
  const alert = { id: deps.ids.id('alert'), kind: 'worker_cant_come', message };
  const entry = await withTransaction(deps.db, async (tx) => {
    await insertAlert(tx, { ...alert, home_id: grant.home_id, visit_id: null, at, acknowledged_at: null });
    return appendGrantFact(tx, deps, {
      homeId: grant.home_id,
      subject: grant.id,
      kind: 'grant.cant_come',
      data: { grantId: grant.id, localDate: input.localDate, by: principal.kind === 'user' ? principal.userId : null },
    });
  });
  if (deps.bus) {
    publishHomeEvent(deps.bus, grant.home_id, { type: 'home.alert', alertId: alert.id, ...alert, visitId: null });
    announceFacts(deps.bus, grant.home_id, [entry]);
  }
  return { ok: true, value: { alertId: alert.id, message, at } };
}
