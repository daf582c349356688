import type { Check } from '@threshold/core';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { insertEntry, listEntries } from '../../store/buildings-repo.js';
import type { Db } from '../../store/db.js';
import type { EntranceRow, EntryRow } from '../../store/schema-buildings.js';
import type { ServiceDeps } from '../deps.js';
import type { Outcome } from '../failure.js';
import { buildingFor } from './access.js';

// Entrance activity (docs/buildings.md "Privacy"): what the manager sees of couriers at the building's entrances —
// which carrier, when, at which entrance, admitted or denied and by which check. Never the unit, the delivery, the
// visit or the courier: those are the resident's (their visit, in their home's ledger) and the carrier's.

export async function recordEntry(
  db: Db,
  deps: Pick<ServiceDeps, 'ids' | 'clock'>,
  entrance: EntranceRow,
  carrierId: string,
  checks: readonly Check[],
): Promise<void> {
  const failed = checks.filter((c) => !c.passed).map((c) => c.name);
  await insertEntry(db, {
    id: deps.ids.id('bent'),
    building_id: entrance.building_id,
    entrance_id: entrance.id,
    organisation_id: carrierId,
    outcome: failed.length === 0 ? 'admitted' : 'denied',
    failed_checks: JSON.stringify(failed),
    at: isoAt(deps.clock.now()),
  });
}

export async function entranceActivity(
  deps: ServiceDeps,
  principal: Principal,
  buildingId: string,
  filter: { organisationId?: string | undefined; from?: string | undefined; to?: string | undefined; limit: number },
): Promise<Outcome<EntryRow[]>> {
  const building = await buildingFor(deps.db, principal, buildingId, 'read');
  if (!building.ok) return building;
  return { ok: true, value: await listEntries(deps.db, buildingId, filter) };
}
