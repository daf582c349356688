import { type MyWindow, myWindows } from '../api/grants.js';
import { useInterval } from '../hooks/use-interval.js';
import { useResource } from '../hooks/use-resource.js';
import { Link } from '../routing/router.js';
import { formatWindow } from '../ui/format.js';
import { PageHeader } from '../ui/page-header.js';
import { ResourceView } from '../ui/resource-view.js';
import { Empty } from '../ui/status.js';

const REFRESH_MS = 30_000;

export function WindowSummary({ window }: { window: MyWindow }) {
  const now = Date.now();
  const inProgress = Date.parse(window.start) <= now && now < Date.parse(window.end);
  return (
    <div className="stop">
      <p>
        <strong>{window.homeName}</strong> · {window.address}
      </p>
      <p>
        {formatWindow(window.start, window.end)} {inProgress ? '(now)' : ''} · up to {window.maxVisitMinutes} min
      </p>
      {window.notes && <p className="muted">Notes: {window.notes}</p>}
    </div>
  );
}

/** Today's windows, one card per home and window, the one in progress first. */
export function WindowsPage() {
  const [windows, reload] = useResource((signal) => myWindows(signal), []);
  useInterval(reload, REFRESH_MS);
  return (
    <>
      <PageHeader title="Today's windows" />
      <ResourceView resource={windows} retry={reload} label="Loading your windows">
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No window today.</Empty>
          ) : (
            <ol className="list" aria-label="Windows in order">
              {items.map((w) => (
                <li key={`${w.grantId}-${w.start}`} className="card">
                  <Link href={`/windows/${w.grantId}`} className="button primary">
                    {w.homeName}: {formatWindow(w.start, w.end)}
                  </Link>
                  <WindowSummary window={w} />
                </li>
              ))}
            </ol>
          )
        }
      </ResourceView>
    </>
  );
}
