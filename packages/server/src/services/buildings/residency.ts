import type { Principal } from '../../policy.js';
import { countResidents, findBuilding, findUnit, findUnitOfHome } from '../../store/buildings-repo.js';
import { withTransaction } from '../../store/db.js';
import { insertHome } from '../../store/homes-repo.js';
import type { UnitRow } from '../../store/schema-buildings.js';
import type { ServiceDeps } from '../deps.js';
import { fail, type Outcome } from '../failure.js';
import { homeFor } from '../home-access.js';
import { buildingFor } from './access.js';
import { unitHomeOf } from './manage.js';

// Moving out (docs/buildings.md "Moving out"): a residency ends when a resident leaves or the manager ends it. The
// unit then gets a new, empty home, and the home the residents lived in stays theirs — with its deliveries, visits,
// ledger and devices — but is no longer a unit of the building. So the next resident never sees the previous one's
// data, the former residents keep their own history, and the manager, a member of neither home, gains nothing.

/** Swaps the unit to a fresh home in one conditional statement: a residency already ended answers a conflict. */
async function detach(deps: ServiceDeps, unit: UnitRow): Promise<Outcome<UnitRow>> {
  const building = (await findBuilding(deps.db, unit.building_id))!;
  const home = await unitHomeOf(deps, building, unit.label);
  const moved = await withTransaction(deps.db, async (tx) => {
    await insertHome(tx, home);
    const result = await tx
      .updateTable('building_units')
      .set({ home_id: home.id, building_delivery: 1 })
      .where('id', '=', unit.id)
      .where('home_id', '=', unit.home_id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new Ended();
  }).then(
    () => true,
    (error: unknown) => {
      if (error instanceof Ended) return false;
      throw error;
    },
  );
  if (!moved) return fail('conflict', 'This residency has already ended', { reason: 'residency_ended' });
  return { ok: true, value: { ...unit, home_id: home.id, building_delivery: 1 } };
}

class Ended extends Error {}

/** The building manager ends the residency of an occupied unit; the unit becomes vacant. */
export async function endResidency(
  deps: ServiceDeps,
  principal: Principal,
  buildingId: string,
  unitId: string,
): Promise<Outcome<UnitRow>> {
  const building = await buildingFor(deps.db, principal, buildingId, 'manage');
  if (!building.ok) return building;
  const unit = await findUnit(deps.db, unitId);
  if (unit?.building_id !== buildingId) return fail('not-found', 'No such unit');
  if ((await countResidents(deps.db, unit.home_id)) === 0) {
    return fail('conflict', 'Nobody lives in this unit', { reason: 'unit_vacant' });
  }
  return detach(deps, unit);
}

/** A resident (an owner of the unit's home) moves out: their home stays theirs, no longer a unit. */
export async function moveOut(deps: ServiceDeps, principal: Principal, homeId: string): Promise<Outcome<UnitRow>> {
  const home = await homeFor(deps, principal, homeId, 'change');
  if (!home.ok) return home;
  const unit = await findUnitOfHome(deps.db, homeId);
  if (!unit) return fail('not-found', 'This home is not a unit of a building');
  return detach(deps, unit);
}
