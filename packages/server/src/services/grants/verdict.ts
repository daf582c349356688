import { judgeServiceVisit, type ServiceVerdict, type VisitFact } from '@threshold/core';
import type { Db } from '../../store/db.js';
import { withTransaction } from '../../store/db.js';
import { findGrant, findGrantVisit, updateGrantVisit } from '../../store/grants-repo.js';
import { ledgerEntriesFor } from '../../store/ledger-repo.js';
import type { GrantVisitRow } from '../../store/schema-grants.js';
import type { VisitRow } from '../../store/schema-visits.js';
import type { ServiceDeps } from '../deps.js';
import { appendGrantFact } from './facts.js';
import { termsOf } from './terms.js';

// The verdict on a visit under a grant (docs/grants.md "Verdict"): core judgeServiceVisit over the visit's own
// ledger facts, stored on the grant's visit row and appended to the home's ledger (visit.verdict) in one transaction.

/** The visit's facts as core reads them: ledger kind and time (the fact's `atMs` when it carries one). */
async function factsOf(db: Db, row: Pick<VisitRow, 'id' | 'home_id'>): Promise<VisitFact[]> {
  const entries = await ledgerEntriesFor(db, row.home_id, [row.id]);
  return entries.map((e) => {
    const data = e.data as Record<string, unknown>;
    const atMs = typeof data.atMs === 'number' ? data.atMs : Date.parse(e.at);
    return { kind: e.kind, atMs, alert: typeof data.kind === 'string' ? data.kind : undefined };
  });
}

export async function judge(db: Db, link: GrantVisitRow, nowMs: number): Promise<ServiceVerdict | null> {
  const grant = await findGrant(db, link.grant_id);
  if (!grant) return null;
  const terms = termsOf(grant);
  const window =
    link.window_start && link.window_end
      ? { startMs: Date.parse(link.window_start), endMs: Date.parse(link.window_end) }
      : null;
  const facts = await factsOf(db, { id: link.visit_id, home_id: link.home_id });
  const checkedOut = link.checked_out_at === null ? null : Date.parse(link.checked_out_at);
  return judgeServiceVisit(
    { window, maxVisitMs: terms.maxVisitMinutes * 60_000, cameraRequired: terms.cameraRequired },
    facts,
    checkedOut,
    nowMs,
  );
}

/** Judges the visit now, stores the verdict and records it; null when the visit is not under a grant. */
export async function writeVerdict(
  deps: ServiceDeps,
  visitId: string,
): Promise<{ verdict: ServiceVerdict; entry: { seq: number; kind: string } } | null> {
  const link = await findGrantVisit(deps.db, visitId);
  if (!link) return null;
  const verdict = await judge(deps.db, link, deps.clock.now());
  if (!verdict) return null;
  const entry = await withTransaction(deps.db, async (tx) => {
    await updateGrantVisit(tx, visitId, { verdict: JSON.stringify(verdict) });
    return appendGrantFact(tx, deps, {
      homeId: link.home_id,
      subject: visitId,
      kind: 'visit.verdict',
      data: { grantId: link.grant_id, grantVersion: link.grant_version, ...verdict },
    });
  });
  return { verdict, entry };
}

export const storedVerdict = (link: GrantVisitRow | undefined): ServiceVerdict | null =>
  link?.verdict ? (JSON.parse(link.verdict) as ServiceVerdict) : null;
