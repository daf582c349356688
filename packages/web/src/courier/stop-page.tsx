import { courierStops } from '../api/endpoints.js';
import type { Stop } from '../api/types.js';
import { useResource } from '../hooks/use-resource.js';
import { Link } from '../routing/router.js';
import { PageHeader } from '../ui/page-header.js';
import { ResourceView } from '../ui/resource-view.js';
import { Empty } from '../ui/status.js';
import { StopFlow } from './stop-flow.js';
import { StopSummary } from './stop-summary.js';

function StopBody({ stop }: { stop: Stop | undefined }) {
  if (!stop)
    return (
      <Empty>
        This stop is not on today's list. <Link href="/">Back to today's stops</Link>
      </Empty>
    );
  return (
    <div className="stack">
      <div className="card">
        <StopSummary stop={stop} />
      </div>
      <StopFlow stop={stop} />
    </div>
  );
}

export function StopPage({ deliveryId }: { deliveryId: string }) {
  const [stops, reload] = useResource((signal) => courierStops(signal), []);
  return (
    <>
      <PageHeader title="At the stop">
        <Link href="/">‹ Today's stops</Link>
      </PageHeader>
      <ResourceView resource={stops} retry={reload} label="Loading the stop">
        {({ items }) => <StopBody stop={items.find((s) => s.delivery.id === deliveryId)} />}
      </ResourceView>
    </>
  );
}
