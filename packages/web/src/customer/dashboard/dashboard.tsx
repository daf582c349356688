import { listAccessPoints, listDevices } from '../../api/endpoints.js';
import { BuildingDeliveryCard } from '../../buildings/resident/building-delivery-card.js';
import { CarCard } from '../../car/car-card.js';
import { useInterval } from '../../hooks/use-interval.js';
import { useResource } from '../../hooks/use-resource.js';
import { useReloadOn } from '../../live/live-context.js';
import { ParcelsCard } from '../../lockers/customer/parcels-card.js';
import { PageHeader } from '../../ui/page-header.js';
import { ResourceView } from '../../ui/resource-view.js';
import { Empty } from '../../ui/status.js';
import { useHome } from '../home-context.js';
import { InvitationsBanner } from '../household/household.js';
import { OpenVisitBanner } from '../visits/open-visit-banner.js';
import { DoorCard } from './door-card.js';

const SAFETY_REFRESH_MS = 15_000;

async function loadDoors(homeId: string, signal: AbortSignal) {
  const [doors, devices] = await Promise.all([listAccessPoints(homeId, signal), listDevices(homeId, signal)]);
  if (!doors.ok) return doors;
  if (!devices.ok) return devices;
  return { ok: true as const, value: { doors: doors.value.items, devices: devices.value.items } };
}

/** Each door with its lock and camera, kept current by the home's live device events. */
export function Dashboard() {
  const home = useHome();
  const [doors, reload] = useResource((signal) => loadDoors(home.id, signal), [home.id]);
  useReloadOn(['home.device', 'home.alert', 'home.visit'], reload);
  // A safety net for changes that reach the platform without a home event (e.g. a door closing with no visit open).
  useInterval(reload, SAFETY_REFRESH_MS);
  return (
    <>
      <PageHeader title={home.name}>
        <p className="muted">
          {home.addressLine1}, {home.city}
        </p>
      </PageHeader>
      <InvitationsBanner onAccepted={() => window.location.reload()} />
      <OpenVisitBanner />
      <ResourceView resource={doors} retry={reload} label="Loading your doors">
        {({ doors: list, devices }) =>
          list.length === 0 ? (
            <Empty>This home has no doors yet.</Empty>
          ) : (
            <div className="grid">
              {list.map((door) => (
                <DoorCard key={door.id} door={door} devices={devices.filter((d) => d.accessPointId === door.id)} />
              ))}
            </div>
          )
        }
      </ResourceView>
      <BuildingDeliveryCard />
      <ParcelsCard />
      <CarCard />
    </>
  );
}
