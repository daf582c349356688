import type { Visit } from '@threshold/core';
import type { Principal } from '../../policy.js';
import { type AlertRow, listHomeAlerts, listVisitAlerts } from '../../store/alerts-repo.js';
import { type ClipRow, listVisitClips } from '../../store/clips-repo.js';
import type { Db } from '../../store/db.js';
import { findGrantVisit } from '../../store/grants-repo.js';
import { ledgerEntriesFor } from '../../store/ledger-repo.js';
import type { VisitRow } from '../../store/schema-visits.js';
import { listHomeVisits, type VisitFilter } from '../../store/visits-repo.js';
import type { Outcome } from '../failure.js';
import { homeFor } from '../home-access.js';
import { visitForReader } from './access.js';
import { parseVisit } from './runner.js';

async function serviceOf(db: Db, visitId: string): Promise<VisitDetail['service']> {
  const link = await findGrantVisit(db, visitId);
  return link ? { grantId: link.grant_id, verdict: link.verdict ? (JSON.parse(link.verdict) as unknown) : null } : null;
}

// What the customer sees of visits (DESIGN.md: "watches visits, live or afterwards").

export interface VisitDetail {
  row: VisitRow;
  visit: Visit;
  timeline: { seq: number; at: string; kind: string; data: Record<string, unknown> }[];
  clips: ClipRow[];
  alerts: AlertRow[];
  /** A visit under a service grant: the grant and, once judged, the verdict (docs/grants.md "Verdict"). */
  service: { grantId: string; verdict: unknown } | null;
}

export async function visitDetail(db: Db, principal: Principal, visitId: string): Promise<Outcome<VisitDetail>> {
  const found = await visitForReader(db, principal, visitId);
  if (!found.ok) return found;
  const row = found.value;
  const clips = await listVisitClips(db, row.id);
  const entries = await ledgerEntriesFor(db, row.home_id, [row.id, ...clips.map((c) => c.id)]);
  const timeline = entries.map((e) => ({
    seq: e.seq,
    at: e.at,
    kind: e.kind,
    data: e.data as Record<string, unknown>,
  }));
  return {
    ok: true,
    value: {
      row,
      visit: parseVisit(row),
      timeline,
      clips,
      alerts: await listVisitAlerts(db, row.id),
      service: await serviceOf(db, row.id),
    },
  };
}

/** Cursors are `at|id` of the last row of the page, opaque to clients. */
export const cursorOf = (at: string, id: string) => Buffer.from(`${at}|${id}`).toString('base64url');
export function parseCursor(cursor: string | undefined): { at: string; id: string } | undefined {
  if (cursor === undefined) return undefined;
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  return at && id ? { at, id } : { at: '', id: '' };
}

export async function homeVisits(
  db: Db,
  principal: Principal,
  homeId: string,
  filter: Omit<VisitFilter, 'before'> & { after?: string | undefined },
): Promise<Outcome<VisitRow[]>> {
  const home = await homeFor({ db }, principal, homeId, 'read');
  if (!home.ok) return home;
  return { ok: true, value: await listHomeVisits(db, home.value.id, { ...filter, before: parseCursor(filter.after) }) };
}

export async function homeAlerts(
  db: Db,
  principal: Principal,
  homeId: string,
  page: { limit: number; after?: string | undefined },
): Promise<Outcome<AlertRow[]>> {
  const home = await homeFor({ db }, principal, homeId, 'read');
  if (!home.ok) return home;
  return {
    ok: true,
    value: await listHomeAlerts(db, home.value.id, { limit: page.limit, before: parseCursor(page.after) }),
  };
}
