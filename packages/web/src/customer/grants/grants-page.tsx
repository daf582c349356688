import { listAccessPoints } from '../../api/endpoints.js';
import { listHomeGrants } from '../../api/grants.js';
import { useResource } from '../../hooks/use-resource.js';
import { useReloadOn } from '../../live/live-context.js';
import { PageHeader } from '../../ui/page-header.js';
import { ResourceView } from '../../ui/resource-view.js';
import { Empty } from '../../ui/status.js';
import { useHome } from '../home-context.js';
import { GrantCard } from './grant-card.js';
import { GrantForm } from './grant-form.js';
import './grants.css';

/** "People with access": who the home lets in, when, and how each visit went. */
export function GrantsPage() {
  const home = useHome();
  const [grants, reload] = useResource((signal) => listHomeGrants(home.id, signal), [home.id]);
  const [doors, reloadDoors] = useResource((signal) => listAccessPoints(home.id, signal), [home.id]);
  useReloadOn(['home.ledger'], reload);
  const now = Date.now();
  return (
    <>
      <PageHeader title="People with access">
        <p className="muted">
          Cleaners, dog walkers and neighbours you let in, in their windows only. Times are home time ({home.timeZone}).
        </p>
      </PageHeader>
      <ResourceView resource={doors} retry={reloadDoors} label="Loading your doors">
        {({ items: doorList }) => (
          <ResourceView resource={grants} retry={reload} label="Loading who has access">
            {({ items }) => {
              const providers = [
                ...new Set(items.flatMap((g) => (g.grantee.kind === 'provider' ? [g.grantee.organisationId] : []))),
              ];
              return (
                <div className="stack">
                  <section aria-labelledby="with-access-title">
                    <h2 id="with-access-title" className="section-title">
                      With access
                    </h2>
                    {items.length === 0 ? (
                      <Empty>Nobody yet.</Empty>
                    ) : (
                      <ul className="list">
                        {items.map((g) => (
                          <GrantCard
                            key={g.id}
                            grant={g}
                            zone={home.timeZone}
                            doors={doorList}
                            now={now}
                            onChanged={reload}
                          />
                        ))}
                      </ul>
                    )}
                  </section>
                  <GrantForm home={home} doors={doorList} knownProviders={providers} onCreated={reload} />
                </div>
              );
            }}
          </ResourceView>
        )}
      </ResourceView>
    </>
  );
}
