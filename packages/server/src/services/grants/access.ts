import { type GrantAction, type GrantRelation, grantPolicy, type Principal } from '../../policy.js';
import type { Db } from '../../store/db.js';
import { findGrant } from '../../store/grants-repo.js';
import { findHomeMember } from '../../store/homes-repo.js';
import { findMembership } from '../../store/organisations-repo.js';
import type { GrantRow } from '../../store/schema-grants.js';
import { denied, fail, type Outcome } from '../failure.js';

// Who stands how to a grant: a member of its home, a member (or key) of its provider, the invited person, or nobody
// (told the grant does not exist, docs/api.md "Scoping"). The decision itself is policy.ts grantPolicy.

export async function relationOf(db: Db, principal: Principal, grant: GrantRow): Promise<GrantRelation> {
  if (principal.kind === 'api_key') {
    return principal.organisationId === grant.organisation_id
      ? { kind: 'provider_key', scopes: principal.scopes }
      : { kind: 'none' };
  }
  if (principal.kind !== 'user') return { kind: 'none' };
  const member = await findHomeMember(db, grant.home_id, principal.userId);
  if (member) return { kind: 'home', role: member.role };
  if (grant.person_id !== null && grant.person_id === principal.userId) return { kind: 'person' };
  if (grant.organisation_id === null) return { kind: 'none' };
  const membership = await findMembership(db, grant.organisation_id, principal.userId);
  return membership ? { kind: 'provider', role: membership.role } : { kind: 'none' };
}

export async function grantFor(
  db: Db,
  principal: Principal,
  grantId: string,
  action: GrantAction,
): Promise<Outcome<{ grant: GrantRow; relation: GrantRelation }>> {
  if (principal.kind === 'anonymous') return fail('unauthenticated', 'Sign in, or send an API key');
  const grant = await findGrant(db, grantId);
  if (!grant) return fail('not-found', 'No such grant');
  const relation = await relationOf(db, principal, grant);
  const decision = grantPolicy(principal, relation, action);
  if (!decision.allowed) return denied(decision, 'grant');
  return { ok: true, value: { grant, relation } };
}
