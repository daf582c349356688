import type { ClaimRelation } from '../../claims-policy.js';
import type { Principal } from '../../policy.js';
import {
  listClaimAlertIds,
  listClaimMessages,
  listClaimNotices,
  listClaimPhotos,
  listClaims,
} from '../../store/claims-repo.js';
import type { Db } from '../../store/db.js';
import type { ClaimMessageRow, ClaimNoticeRow, ClaimPhotoRow, ClaimRow } from '../../store/schema-claims.js';
import { findStaff } from '../../store/staff-repo.js';
import { fail, type Outcome } from '../failure.js';
import { homeFor } from '../home-access.js';
import { claimFor } from './access.js';

// What each side sees of a claim. Support sees the claimed visit's metadata (state, times, clip ids) here, never the
// visit's record itself; the clips open to them only through staffHomeAccess (services/ledger-access.ts).

export interface ClaimDetail {
  claim: ClaimRow;
  relation: ClaimRelation;
  messages: ClaimMessageRow[];
  photos: ClaimPhotoRow[];
  alertIds: string[];
  notices: ClaimNoticeRow[];
  visit: { id: string; state: string; openedAt: string; closedAt: string | null; clipIds: string[] };
}

export async function claimDetail(db: Db, principal: Principal, claimId: string): Promise<Outcome<ClaimDetail>> {
  const access = await claimFor(db, principal, claimId, 'read');
  if (!access.ok) return access;
  const { claim, relation } = access.value;
  const visit = await db
    .selectFrom('visits')
    .select(['id', 'state', 'opened_at', 'closed_at'])
    .where('id', '=', claim.visit_id)
    .executeTakeFirstOrThrow();
  const clips = await db
    .selectFrom('clips')
    .select('id')
    .where('visit_id', '=', claim.visit_id)
    .orderBy('id')
    .execute();
  return {
    ok: true,
    value: {
      claim,
      relation,
      messages: await listClaimMessages(db, claim.id),
      photos: await listClaimPhotos(db, claim.id),
      alertIds: await listClaimAlertIds(db, claim.id),
      notices: await listClaimNotices(db, claim.id),
      visit: {
        id: visit.id,
        state: visit.state,
        openedAt: visit.opened_at,
        closedAt: visit.closed_at,
        clipIds: clips.map((c) => c.id),
      },
    },
  };
}

export async function homeClaims(db: Db, principal: Principal, homeId: string, limit: number) {
  const home = await homeFor({ db }, principal, homeId, 'read');
  if (!home.ok) return home;
  return { ok: true as const, value: await listClaims(db, { homeId: home.value.id, limit }) };
}

/** The support queue: every claim (newest first), or those in the given states. Platform staff only. */
export async function supportQueue(
  db: Db,
  principal: Principal,
  query: { states?: readonly string[] | undefined; limit: number },
): Promise<Outcome<ClaimRow[]>> {
  if (principal.kind === 'anonymous') return fail('unauthenticated', 'Sign in first');
  if (principal.kind !== 'user' || !(await findStaff(db, principal.userId)))
    return fail('forbidden', 'Only platform support sees the claims queue');
  return { ok: true, value: await listClaims(db, query) };
}
