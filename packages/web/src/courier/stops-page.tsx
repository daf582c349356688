import { courierStops } from '../api/endpoints.js';
import { useResource } from '../hooks/use-resource.js';
import { Link } from '../routing/router.js';
import { PageHeader } from '../ui/page-header.js';
import { ResourceView } from '../ui/resource-view.js';
import { Empty } from '../ui/status.js';
import { StopSummary } from './stop-summary.js';

export function StopsPage() {
  const [stops, reload] = useResource((signal) => courierStops(signal), []);
  return (
    <>
      <PageHeader title="Today's stops" />
      <ResourceView resource={stops} retry={reload} label="Loading your stops">
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No stops today.</Empty>
          ) : (
            <ol className="list" aria-label="Stops in order">
              {items.map((stop, i) => (
                <li key={stop.delivery.id} className="card">
                  <div className="row">
                    <span className="stop-number" aria-hidden="true">
                      {i + 1}
                    </span>
                    <Link href={`/stops/${stop.delivery.id}`} className="button primary">
                      Stop {i + 1}: {stop.address.line1}
                    </Link>
                  </div>
                  <StopSummary stop={stop} />
                </li>
              ))}
            </ol>
          )
        }
      </ResourceView>
    </>
  );
}
