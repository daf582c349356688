import '../buildings.css';
import { useResource } from '../../hooks/use-resource.js';
import { Link } from '../../routing/router.js';
import { useMe } from '../../session/session.js';
import { PageHeader } from '../../ui/page-header.js';
import { ResourceView } from '../../ui/resource-view.js';
import { Empty } from '../../ui/status.js';
import { ActivityTable } from './activity-table.js';
import { type BuildingView, loadBuilding } from './building-data.js';
import { CarrierAccessTable } from './carrier-access.js';
import { EntrancesTable } from './entrances-table.js';
import { GrantForm } from './grant-form.js';
import { UnitsTable } from './units-table.js';

// One building for its manager (docs/buildings.md): entrances with their devices, units (vacant or occupied), which
// carriers may use which entrance when, and couriers' arrivals at the entrances. Admins act; members read (the
// platform refuses a member anyway).

function Building({ view, admin, reload }: { view: BuildingView; admin: boolean; reload: () => void }) {
  const { building, entrances, units } = view;
  return (
    <>
      <PageHeader title={building.name}>
        <p className="muted">
          {building.addressLine1}, {building.postalCode} {building.city} · {building.timeZone}
        </p>
      </PageHeader>
      <p>
        <Link href="/buildings">All buildings</Link>
      </p>
      {!admin && <p className="muted">You see this building read-only: its admins make changes.</p>}
      <section className="card" aria-labelledby="entrances-title">
        <h2 id="entrances-title">Entrances</h2>
        {entrances.length === 0 ? <Empty>No entrances yet.</Empty> : <EntrancesTable entrances={entrances} />}
      </section>
      <section className="card" aria-labelledby="units-title">
        <h2 id="units-title">Units</h2>
        {units.length === 0 ? (
          <Empty>No units yet.</Empty>
        ) : (
          <UnitsTable buildingId={building.id} units={units} admin={admin} onChanged={reload} />
        )}
      </section>
      <section className="card" aria-labelledby="access-title">
        <h2 id="access-title">Carrier access</h2>
        <CarrierAccessTable access={view.access} entrances={entrances} admin={admin} onChanged={reload} />
        {admin && entrances.length > 0 && (
          <GrantForm buildingId={building.id} timeZone={building.timeZone} entrances={entrances} onDone={reload} />
        )}
      </section>
      <section className="card" aria-labelledby="activity-title">
        <h2 id="activity-title">Entrance activity</h2>
        <p className="hint">
          Couriers at the doors by carrier and time. What they delivered, and to whom, is the residents'.
        </p>
        <ActivityTable activity={view.activity} entrances={entrances} />
      </section>
    </>
  );
}

export function BuildingPage({ buildingId }: { buildingId: string }) {
  const me = useMe();
  const [view, reload] = useResource((signal) => loadBuilding(buildingId, signal), [buildingId]);
  return (
    <ResourceView resource={view} retry={reload} label="Loading the building">
      {(v) => {
        const role = me.organisations.find((o) => o.id === v.building.organisationId)?.role;
        return <Building view={v} admin={role === 'admin'} reload={reload} />;
      }}
    </ResourceView>
  );
}
