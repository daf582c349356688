import { publishHomeEvent } from '../../live/home-events.js';
import { isoAt } from '../../ports.js';
import { withTransaction } from '../../store/db.js';
import { appendLedger } from '../../store/ledger-repo.js';
import type { VisitDeps } from './deps.js';
import { ledgerRecord } from './ledger-data.js';

/**
 * A fact about a visit that is not a transition (a capability for the courier's phone, a recording that stopped, a
 * stored clip), appended to the home's ledger in its own transaction (or the caller's), then announced.
 */
export async function recordFact(
  deps: VisitDeps,
  fact: { homeId: string; subject: string; kind: string; data: Record<string, unknown> },
  within?: (tx: Parameters<Parameters<typeof withTransaction>[1]>[0]) => Promise<void>,
): Promise<{ seq: number; kind: string }> {
  const entry = await withTransaction(deps.db, async (tx) => {
    await within?.(tx);
    return appendLedger(tx, { ...fact, at: isoAt(deps.clock.now()), data: ledgerRecord(fact.data) });
  });
  publishHomeEvent(deps.bus, fact.homeId, { type: 'home.ledger', seq: entry.seq, kind: entry.kind });
  return { seq: entry.seq, kind: entry.kind };
}
