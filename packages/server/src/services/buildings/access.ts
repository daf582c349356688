import { type BuildingAction, type BuildingRelation, buildingPolicy, type Principal } from '../../policy.js';
import { findBuilding, findEntrance } from '../../store/buildings-repo.js';
import type { Db } from '../../store/db.js';
import { findMembership, findOrganisation } from '../../store/organisations-repo.js';
import type { BuildingRow, EntranceRow } from '../../store/schema-buildings.js';
import { denied, fail, type Outcome } from '../failure.js';

// Who may see and change a building (docs/buildings.md "Who may do what"; the rule is policy.ts buildingPolicy).
// Anybody without a relation is told the building does not exist, whatever its id.

async function relationTo(db: Db, principal: Principal, organisationId: string): Promise<BuildingRelation> {
  if (principal.kind !== 'user') return { kind: 'none' };
  const membership = await findMembership(db, organisationId, principal.userId);
  return membership ? { kind: 'manager', role: membership.role } : { kind: 'none' };
}

/** The building manager organisation a signed-in admin creates buildings for. */
export async function managerOrganisation(db: Db, principal: Principal, organisationId: string) {
  const org = await findOrganisation(db, organisationId);
  if (!org) return fail('not-found', 'No such organisation');
  const decision = buildingPolicy(principal, await relationTo(db, principal, organisationId), 'manage');
  if (!decision.allowed) return denied(decision, 'organisation');
  if (org.kind !== 'building_manager') return fail('forbidden', 'Only a building manager organisation has buildings');
  return { ok: true as const, value: org };
}

export async function buildingFor(
  db: Db,
  principal: Principal,
  buildingId: string,
  action: BuildingAction,
): Promise<Outcome<BuildingRow>> {
  const building = await findBuilding(db, buildingId);
  const relation = building ? await relationTo(db, principal, building.organisation_id) : { kind: 'none' as const };
  const decision = buildingPolicy(principal, relation, action);
  if (!decision.allowed) return denied(decision, 'building');
  return building ? { ok: true, value: building } : fail('not-found', 'No such building');
}

/** An entrance of a building the principal may act on; another building's entrance is not found. */
export async function entranceFor(
  db: Db,
  principal: Principal,
  buildingId: string,
  entranceId: string,
  action: BuildingAction,
): Promise<Outcome<{ building: BuildingRow; entrance: EntranceRow }>> {
  const building = await buildingFor(db, principal, buildingId, action);
  if (!building.ok) return building;
  const entrance = await findEntrance(db, entranceId);
  if (entrance?.building_id !== buildingId) return fail('not-found', 'No such entrance');
  return { ok: true, value: { building: building.value, entrance } };
}
