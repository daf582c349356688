import { listSites } from '../../api/lockers.js';
import { useResource } from '../../hooks/use-resource.js';
import { Link } from '../../routing/router.js';
import { PageHeader } from '../../ui/page-header.js';
import { ResourceView } from '../../ui/resource-view.js';
import { Empty } from '../../ui/status.js';

// The sites of the caller's locker operator organisations (docs/lockers.md "Operator").

export function SitesPage() {
  const [sites, reload] = useResource((signal) => listSites(signal), []);
  return (
    <>
      <PageHeader title="Locker sites" />
      <ResourceView resource={sites} retry={reload} label="Loading the locker sites">
        {({ items }) =>
          items.length === 0 ? (
            <Empty>Your organisation has no locker sites yet.</Empty>
          ) : (
            <ul className="list">
              {items.map((s) => (
                <li key={s.id} className="list-item">
                  <Link href={`/lockers/${encodeURIComponent(s.id)}`}>{s.name}</Link>
                  <span className="muted">
                    {' '}
                    {s.openingHours} · {s.timeZone} · parcels wait {s.pickupDays} days
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
    </>
  );
}
