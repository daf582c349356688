import type { Principal } from '../../policy.js';
import type { Db } from '../../store/db.js';
import type { VisitRow } from '../../store/schema-visits.js';
import { findVisitRow } from '../../store/visits-repo.js';
import { fail, type Outcome } from '../failure.js';
import { homeFor } from '../home-access.js';

// Who may see a visit: the members of its home and the person making it. Only that person acts on it. Anyone else
// is told it does not exist (docs/api.md "Scoping").

export async function visitForCourier(db: Db, principal: Principal, visitId: string): Promise<Outcome<VisitRow>> {
  if (principal.kind === 'anonymous') return fail('unauthenticated', 'Sign in as the courier');
  const row = await findVisitRow(db, visitId);
  if (!row) return fail('not-found', 'No such visit');
  if (principal.kind === 'user' && row.person_id === principal.userId) return { ok: true, value: row };
  const reader = await visitForReader(db, principal, visitId);
  return reader.ok ? fail('forbidden', 'Only the person making the visit may do this') : reader;
}

export async function visitForReader(db: Db, principal: Principal, visitId: string): Promise<Outcome<VisitRow>> {
  if (principal.kind === 'anonymous') return fail('unauthenticated', 'Sign in, or send an API key');
  const row = await findVisitRow(db, visitId);
  if (!row) return fail('not-found', 'No such visit');
  if (principal.kind === 'user' && row.person_id === principal.userId) return { ok: true, value: row };
  const home = await homeFor({ db }, principal, row.home_id, 'read');
  return home.ok ? { ok: true, value: row } : fail('not-found', 'No such visit');
}
