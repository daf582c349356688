import type { HomeRole } from './store/homes-repo.js';
import type { MembershipRole } from './store/organisations-repo.js';

/**
 * Who may do what, in one place (STYLE.md, habit 6). Each rule answers with a reason. The status follows the scoping
 * rule in docs/api.md: someone with no relation to an object is told it does not exist (404), so ids of other
 * tenants leak nothing; someone who can already see the object but may not do this to it is told 403.
 */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; userKind: string; sessionId: string }
  | { kind: 'api_key'; organisationId: string; keyId: string; scopes: readonly string[] };

export type Decision =
  | { allowed: true }
  | { allowed: false; status: 'unauthenticated' | 'not-found' | 'forbidden'; reason: string };

const allow: Decision = { allowed: true };
const hidden = (reason: string): Decision => ({ allowed: false, status: 'not-found', reason });
const refused = (reason: string): Decision => ({ allowed: false, status: 'forbidden', reason });
const anonymous: Decision = { allowed: false, status: 'unauthenticated', reason: 'sign in, or send an API key' };

export type HomeAction = 'read' | 'change' | 'manage_members' | 'manage_access_points';

/** `role` is the principal's membership of the home, if any. */
export function homePolicy(principal: Principal, role: HomeRole | undefined, action: HomeAction): Decision {
  if (principal.kind === 'anonymous') return anonymous;
  if (principal.kind !== 'user') return hidden('homes are visible only to their members');
  if (role === undefined) return hidden('not a member of this home');
  if (action === 'read' || role === 'owner') return allow;
  return refused(`only an owner of the home may ${action.replaceAll('_', ' ')}`);
}

export type OrganisationAction = 'read' | 'read_members' | 'manage_members' | 'manage_api_keys';

/** `role` is the principal's membership of the organisation, if it is a user. */
export function organisationPolicy(
  principal: Principal,
  organisationId: string,
  role: MembershipRole | undefined,
  action: OrganisationAction,
): Decision {
  if (principal.kind === 'anonymous') return anonymous;
  if (principal.kind === 'api_key') {
    if (principal.organisationId !== organisationId) return hidden('the key belongs to another organisation');
    // A key acts for its organisation's integrations; managing people and keys needs a signed-in admin.
    return action === 'read' ? allow : refused('API keys cannot manage members or keys; sign in as an admin');
  }
  if (role === undefined) return hidden('not a member of this organisation');
  if (action === 'read' || action === 'read_members' || role === 'admin') return allow;
  return refused(`only an organisation admin may ${action.replaceAll('_', ' ')}`);
}

/** How a principal stands to a service grant (services/grants/access.ts works it out from the store). */
export type GrantRelation =
  | { kind: 'home'; role: HomeRole }
  | { kind: 'provider'; role: MembershipRole }
  | { kind: 'provider_key'; scopes: readonly string[] }
  | { kind: 'person' }
  | { kind: 'none' };

export type GrantAction = 'read' | 'change' | 'accept' | 'check_in';

/**
 * Service grants (docs/grants.md "Who may do what"): the home's members and the provider's people and keys read a
 * grant; only a home owner changes it; only the invited person accepts it; only a worker of the provider or the
 * invited person checks in under it (whether the grant names them is the `person_assigned` check, recorded).
 */
export function grantPolicy(principal: Principal, relation: GrantRelation, action: GrantAction): Decision {
  if (principal.kind === 'anonymous') return anonymous;
  if (relation.kind === 'none') return hidden('no relation to this grant');
  if (relation.kind === 'provider_key') {
    if (action !== 'read') return refused('API keys only read grants');
    return relation.scopes.some((s) => s === 'grants:read' || s === 'grants:write')
      ? allow
      : refused('the API key lacks the scope "grants:read"');
  }
  if (action === 'read') return allow;
  if (action === 'change')
    return relation.kind === 'home' && relation.role === 'owner'
      ? allow
      : refused('only an owner of the home may change a grant');
  if (action === 'accept')
    return relation.kind === 'person' ? allow : refused('only the invited person may accept a grant');
  const worker = relation.kind === 'person' || (relation.kind === 'provider' && relation.role === 'worker');
  return worker ? allow : refused('only a worker of the provider or the invited person checks in');
}

/**
 * Webhook endpoints (docs/webhooks.md "Who may manage endpoints"): an admin of the organisation, signed in, or one of
 * its API keys holding `webhooks:write` (checked by the service, which answers `insufficient-scope`).
 */
export function webhookPolicy(
  principal: Principal,
  organisationId: string,
  role: MembershipRole | undefined,
): Decision {
  if (principal.kind === 'anonymous') return anonymous;
  if (principal.kind === 'api_key') {
    return principal.organisationId === organisationId ? allow : hidden('the key belongs to another organisation');
  }
  if (role === undefined) return hidden('not a member of this organisation');
  return role === 'admin' ? allow : refused('only an organisation admin may manage webhook endpoints');
}

/** How a principal stands to a building (services/buildings/access.ts works it out from the store). */
export type BuildingRelation = { kind: 'manager'; role: MembershipRole } | { kind: 'none' };

export type BuildingAction = 'read' | 'manage';

/**
 * Buildings (docs/buildings.md "Who may do what"): the building manager's admins manage a building (entrances,
 * units, resident invitations, carriers' windows) and its members read it and its entrance activity. Nobody else
 * sees it, API keys included. What the manager never reaches is decided by the same rules: a unit is a home, and
 * homePolicy admits only its members, so a resident's visits, grants, clips, ledger and preferences stay the
 * resident's; entrance activity names a carrier and a time, never a unit or a delivery.
 */
export function buildingPolicy(principal: Principal, relation: BuildingRelation, action: BuildingAction): Decision {
  if (principal.kind === 'anonymous') return anonymous;
  if (principal.kind !== 'user') return hidden('buildings are visible only to the building manager');
  if (relation.kind === 'none' || !['admin', 'member'].includes(relation.role)) {
    return hidden('not a member of the building manager');
  }
  if (action === 'read' || relation.role === 'admin') return allow;
  return refused('only an admin of the building manager may change a building');
}

/** How a principal stands to a locker reservation (services/lockers/access.ts works it out from the store). */
export type LockerReservationRelation = 'operator' | 'carrier' | 'courier' | 'customer';

/**
 * The footage of a locker opening (docs/lockers.md "The site camera"): the members of the site's operator and the
 * household whose parcel it is see it; the carrier and its courier are told they may not; anybody else that it does
 * not exist. Every look is a fact in the customer's ledger.
 */
export function lockerClipPolicy(principal: Principal, relations: readonly LockerReservationRelation[]): Decision {
  if (principal.kind === 'anonymous') return anonymous;
  if (relations.includes('customer') || relations.includes('operator')) return allow;
  if (relations.length > 0) return refused('only the locker operator and the customer see the footage of an opening');
  return hidden('no relation to this locker reservation');
}
