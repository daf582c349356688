import { listBuildings } from '../../api/buildings.js';
import { useResource } from '../../hooks/use-resource.js';
import { Link } from '../../routing/router.js';
import { PageHeader } from '../../ui/page-header.js';
import { ResourceView } from '../../ui/resource-view.js';
import { Empty } from '../../ui/status.js';

// The buildings of the caller's building manager organisations (docs/buildings.md).

export function BuildingsPage() {
  const [buildings, reload] = useResource((signal) => listBuildings(signal), []);
  return (
    <>
      <PageHeader title="Buildings" />
      <ResourceView resource={buildings} retry={reload} label="Loading the buildings">
        {({ items }) =>
          items.length === 0 ? (
            <Empty>Your organisation has no buildings yet.</Empty>
          ) : (
            <ul className="list">
              {items.map((b) => (
                <li key={b.id} className="list-item">
                  <Link href={`/buildings/${encodeURIComponent(b.id)}`}>{b.name}</Link>
                  <span className="muted">
                    {' '}
                    {b.addressLine1}, {b.city} · {b.timeZone}
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
