import {
  accessKindOf,
  type Check,
  type CheckInput,
  DEFAULT_CHECK_POLICY,
  type EntranceKind,
  evaluateEntranceChecks,
  kindModule,
} from '@threshold/core';
import {
  countResidents,
  findBuilding,
  findEntrance,
  findUnitOfHome,
  listCarrierAccess,
} from '../../../store/buildings-repo.js';
import { findHome } from '../../../store/homes-repo.js';
import type { DeliveryRow } from '../../../store/schema-visits.js';
import { listOpenVisitsAt } from '../../../store/visits-repo.js';
import { recordEntry } from '../../buildings/activity.js';
import { carrierAccessOf } from '../../buildings/carriers.js';
import type { VisitDeps } from '../deps.js';

// What a building entrance's checks read from the store (docs/buildings.md "Checks"): the entrance and its
// building, the unit the delivery goes to and whether anyone lives there, the carrier's windows and the resident's
// preference. The arrival is written to the entrance activity the manager reads (carrier and time only).

export const isEntranceKind = (accessPointKind: string): accessPointKind is EntranceKind =>
  accessPointKind === 'lobby' || accessPointKind === 'package_room';

export async function entranceArrivalChecks(
  deps: VisitDeps,
  input: CheckInput,
  delivery: DeliveryRow,
): Promise<readonly Check[]> {
  const entrance = (await findEntrance(deps.db, input.accessPoint.id))!;
  const building = (await findBuilding(deps.db, entrance.building_id))!;
  const zone = (await findHome(deps.db, building.home_id))?.time_zone ?? input.home.zone;
  const unit = await findUnitOfHome(deps.db, delivery.home_id);
  const residents = unit ? await countResidents(deps.db, unit.home_id) : 0;
  const access = (await listCarrierAccess(deps.db, building.id)).map(carrierAccessOf);
  // One passage at a time through the entrance, whoever the delivery is for; a courier who was denied holds nothing.
  const open = (await listOpenVisitsAt(deps.db, entrance.id)).filter((v) => v.state !== 'denied');
  const base = { ...input, openVisits: open.map((v) => ({ visitId: v.id, accessPointId: v.access_point_id })) };
  const module = kindModule(accessKindOf(entrance.kind));
  const policy = input.policy ?? DEFAULT_CHECK_POLICY;
  const checks = evaluateEntranceChecks(
    base,
    {
      building: { id: building.id, zone },
      entrance: {
        id: entrance.id,
        buildingId: building.id,
        kind: entrance.kind,
        lat: entrance.lat,
        lon: entrance.lon,
        radiusMeters: entrance.radius_m,
      },
      delivery: { method: delivery.method, carrierId: delivery.organisation_id },
      unit: unit ? { buildingId: unit.building_id, residents } : null,
      carrierAccess: access,
      buildingDeliveryAllowed: unit?.building_delivery !== 0,
    },
    (i) => module.devicesReady(i, policy),
    deps.clock.now(),
  );
  await recordEntry(deps.db, deps, entrance, delivery.organisation_id, checks);
  return checks;
}
