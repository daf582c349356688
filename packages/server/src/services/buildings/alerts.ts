import type { Principal } from '../../policy.js';
import type { AlertRow } from '../../store/alerts-repo.js';
import type { ServiceDeps } from '../deps.js';
import type { Outcome } from '../failure.js';
import { buildingFor } from './access.js';

// The building's own alerts (docs/buildings.md "Alerts"): its entrance devices raise them on the building's common
// parts, a home with no members, so the building manager's people read them here. Only alerts with no visit: a
// courier's passage is the resident's (written with the unit's home), so nothing about a resident is ever listed.

export async function buildingAlerts(
  deps: ServiceDeps,
  principal: Principal,
  buildingId: string,
  limit: number,
): Promise<Outcome<AlertRow[]>> {
  const building = await buildingFor(deps.db, principal, buildingId, 'read');
  if (!building.ok) return building;
  const rows = await deps.db
    .selectFrom('alerts')
    .selectAll()
    .where('home_id', '=', building.value.home_id)
    .where('visit_id', 'is', null)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return { ok: true, value: rows };
}
