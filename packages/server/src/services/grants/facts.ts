import type { Bus } from '../../bus.js';
import { publishHomeEvent } from '../../live/home-events.js';
import { isoAt } from '../../ports.js';
import type { Db } from '../../store/db.js';
import { appendLedger } from '../../store/ledger-repo.js';
import type { ServiceDeps } from '../deps.js';
import { ledgerRecord } from '../visits/ledger-data.js';

// Every change to a grant is a fact in its home's ledger, written in the change's own transaction (DESIGN.md
// "Ledger"; STYLE.md habit 9). Kinds: grant.created, grant.edited, grant.accepted, grant.paused, grant.resumed,
// grant.revoked; about a visit under a grant: grant.overstay, visit.verdict.

export interface GrantFact {
  homeId: string;
  subject: string;
  kind: string;
  data: Record<string, unknown>;
}

export async function appendGrantFact(
  tx: Db,
  deps: ServiceDeps,
  fact: GrantFact,
): Promise<{ seq: number; kind: string }> {
  const entry = await appendLedger(tx, { ...fact, at: isoAt(deps.clock.now()), data: ledgerRecord(fact.data) });
  return { seq: entry.seq, kind: entry.kind };
}

/** Tells the home's live watchers about facts once their transaction committed. */
export function announceFacts(bus: Bus | undefined, homeId: string, entries: readonly { seq: number; kind: string }[]) {
  if (!bus) return;
  for (const entry of entries) publishHomeEvent(bus, homeId, { type: 'home.ledger', ...entry });
}
