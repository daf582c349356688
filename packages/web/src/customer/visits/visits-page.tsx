import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { listVisits, type VisitFilter } from '../../api/endpoints.js';
import type { Visit } from '../../api/types.js';
import { useResource } from '../../hooks/use-resource.js';
import { useReloadOn } from '../../live/live-context.js';
import { PageHeader } from '../../ui/page-header.js';
import { ResourceView } from '../../ui/resource-view.js';
import { Empty, ErrorPanel } from '../../ui/status.js';
import { useHome } from '../home-context.js';
import { VisitFilters } from './visit-filters.js';
import { VisitRow } from './visit-row.js';

function VisitList({
  homeId,
  filter,
  first,
}: {
  homeId: string;
  filter: VisitFilter;
  first: { items: Visit[]; nextCursor: string | null };
}) {
  const [more, setMore] = useState<Visit[]>([]);
  const [cursor, setCursor] = useState(first.nextCursor);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const loadMore = async () => {
    if (!cursor) return;
    setBusy(true);
    const page = await listVisits(homeId, { ...filter, after: cursor });
    setBusy(false);
    if (!page.ok) return setError(page.error);
    setMore((m) => [...m, ...page.value.items]);
    setCursor(page.value.nextCursor);
  };
  const visits = [...first.items, ...more];
  if (visits.length === 0) return <Empty>No visits match these filters.</Empty>;
  return (
    <>
      <ul className="list" aria-label="Visits">
        {visits.map((visit) => (
          <VisitRow key={visit.id} visit={visit} />
        ))}
      </ul>
      {error && <ErrorPanel error={error} onRetry={loadMore} />}
      {cursor && (
        <p>
          <button type="button" className="button secondary" onClick={loadMore} disabled={busy}>
            {busy ? 'Loading…' : 'Show older visits'}
          </button>
        </p>
      )}
    </>
  );
}

/** Every visit to the home, newest first, filtered by outcome and dates. */
export function VisitsPage() {
  const home = useHome();
  const [filter, setFilter] = useState<VisitFilter>({});
  const [visits, reload] = useResource((signal) => listVisits(home.id, filter, signal), [home.id, filter]);
  useReloadOn(['home.visit'], reload, (event) => event.data.entry !== null);
  return (
    <>
      <PageHeader title="Visits" />
      <VisitFilters value={filter} onChange={setFilter} />
      <ResourceView resource={visits} retry={reload} label="Loading visits">
        {(page) => (
          <VisitList
            key={JSON.stringify(filter) + page.items[0]?.updatedAt}
            homeId={home.id}
            filter={filter}
            first={page}
          />
        )}
      </ResourceView>
    </>
  );
}
