import { type ClaimAction, type ClaimRelation, claimPolicy } from '../../claims-policy.js';
import type { Principal } from '../../policy.js';
import { findClaim } from '../../store/claims-repo.js';
import type { Db } from '../../store/db.js';
import { findHomeMember } from '../../store/homes-repo.js';
import { findMembership } from '../../store/organisations-repo.js';
import type { ClaimRow } from '../../store/schema-claims.js';
import { findStaff } from '../../store/staff-repo.js';
import { denied, fail, type Outcome } from '../failure.js';

// How a caller stands to a claim, worked out from the store; claims-policy.ts decides what that relation may do.

/** The home's people first, then the visit's carrier or provider, then platform staff (platform_staff only). */
export async function relationTo(
  db: Db,
  principal: Principal,
  object: { homeId: string; organisationId: string | null },
): Promise<ClaimRelation> {
  if (principal.kind === 'anonymous') return { kind: 'none' };
  if (principal.kind === 'api_key') {
    return principal.organisationId === object.organisationId
      ? { kind: 'carrier_key', scopes: principal.scopes }
      : { kind: 'none' };
  }
  const member = await findHomeMember(db, object.homeId, principal.userId);
  if (member) return { kind: 'home', role: member.role };
  const membership = object.organisationId
    ? await findMembership(db, object.organisationId, principal.userId)
    : undefined;
  if (membership) return { kind: 'carrier', role: membership.role };
  return (await findStaff(db, principal.userId)) ? { kind: 'staff' } : { kind: 'none' };
}

export interface ClaimAccess {
  claim: ClaimRow;
  relation: ClaimRelation;
}

/** The claim, when the principal may do `action` to it; a claim unrelated to the caller is "not found". */
export async function claimFor(
  db: Db,
  principal: Principal,
  claimId: string,
  action: ClaimAction,
): Promise<Outcome<ClaimAccess>> {
  if (principal.kind === 'anonymous') return fail('unauthenticated', 'Sign in, or send an API key');
  const claim = await findClaim(db, claimId);
  if (!claim) return fail('not-found', 'No such claim');
  const relation = await relationTo(db, principal, { homeId: claim.home_id, organisationId: claim.organisation_id });
  const decision = claimPolicy(principal, relation, action);
  if (!decision.allowed) return denied(decision, 'claim');
  return { ok: true, value: { claim, relation } };
}

/** The organisation answerable for a visit: the carrier of its delivery, or the provider of its grant. */
export async function organisationOfVisit(
  db: Db,
  visit: { delivery_id: string | null; id: string },
): Promise<string | null> {
  if (visit.delivery_id) {
    const delivery = await db
      .selectFrom('deliveries')
      .select('organisation_id')
      .where('id', '=', visit.delivery_id)
      .executeTakeFirst();
    return delivery?.organisation_id ?? null;
  }
  const grant = await db
    .selectFrom('grant_visits')
    .innerJoin('grants', 'grants.id', 'grant_visits.grant_id')
    .select('grants.organisation_id')
    .where('grant_visits.visit_id', '=', visit.id)
    .executeTakeFirst();
  return grant?.organisation_id ?? null;
}

export const authorRole = (relation: ClaimRelation): 'customer' | 'carrier' | 'support' =>
  relation.kind === 'home' ? 'customer' : relation.kind === 'staff' ? 'support' : 'carrier';
