import { courierStops } from '../api/endpoints.js';
import type { Stop } from '../api/types.js';
import { useInterval } from '../hooks/use-interval.js';
import { useResource } from '../hooks/use-resource.js';
import { Link } from '../routing/router.js';
import { PageHeader } from '../ui/page-header.js';
import { ResourceView } from '../ui/resource-view.js';
import { Empty } from '../ui/status.js';
import { StopSummary } from './stop-summary.js';

/** Couriers have no live stream: the list asks again this often while it is on screen. */
const REFRESH_MS = 20_000;
const FINISHED = ['delivered', 'fallback', 'aborted', 'failed'];

function StopCard({ stop, number }: { stop: Stop; number: number }) {
  return (
    <li className="card">
      <div className="row">
        <span className="stop-number" aria-hidden="true">
          {number}
        </span>
        <Link href={`/stops/${stop.delivery.id}`} className="button primary">
          Stop {number}: {stop.address.line1}
        </Link>
      </div>
      <StopSummary stop={stop} />
    </li>
  );
}

function StopList({ items }: { items: Stop[] }) {
  const open = items.filter((s) => !FINISHED.includes(s.delivery.status));
  const done = items.filter((s) => FINISHED.includes(s.delivery.status));
  return (
    <>
      {open.length === 0 ? (
        <Empty>Every stop of today is finished.</Empty>
      ) : (
        <ol className="list" aria-label="Stops in order">
          {open.map((stop, i) => (
            <StopCard key={stop.delivery.id} stop={stop} number={i + 1} />
          ))}
        </ol>
      )}
      {done.length > 0 && (
        <details className="more">
          <summary>Finished today ({done.length})</summary>
          <ul className="list" aria-label="Finished stops">
            {done.map((stop) => (
              <li key={stop.delivery.id} className="card">
                <Link href={`/stops/${stop.delivery.id}`}>{stop.address.line1}</Link>
                <StopSummary stop={stop} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** Today's stops, in window order, kept current by itself; finished ones fold away. */
export function StopsPage() {
  const [stops, reload] = useResource((signal) => courierStops(signal), []);
  useInterval(reload, REFRESH_MS);
  return (
    <>
      <PageHeader title="Today's stops" />
      <ResourceView resource={stops} retry={reload} label="Loading your stops">
        {({ items }) => (items.length === 0 ? <Empty>No stops today.</Empty> : <StopList items={items} />)}
      </ResourceView>
    </>
  );
}
