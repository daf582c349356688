import { type MyWindow, myWindows } from '../api/grants.js';
import { useInterval } from '../hooks/use-interval.js';
import { useResource } from '../hooks/use-resource.js';
import { Link } from '../routing/router.js';
import { formatWindow } from '../ui/format.js';
import { PageHeader } from '../ui/page-header.js';
import { ResourceView } from '../ui/resource-view.js';
import { Empty } from '../ui/status.js';

const REFRESH_MS = 30_000;
const dayTime = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });

/** "10:00–12:00", or with the days when the window runs past midnight ("Wed 00:00–Thu 01:00"). */
export function windowText(w: MyWindow): string {
  const start = new Date(w.start);
  const end = new Date(w.end);
  return start.toDateString() === new Date(end.getTime() - 1).toDateString()
    ? formatWindow(w.start, w.end)
    : `${dayTime.format(start)} – ${dayTime.format(end)}`;
}

/** Each grant's first window: the one in progress, else the next. */
const firstPerGrant = (items: MyWindow[]) =>
  items.filter((w, i) => items.findIndex((o) => o.grantId === w.grantId) === i);

export function WindowSummary({ window }: { window: MyWindow }) {
  const now = Date.now();
  const inProgress = Date.parse(window.start) <= now && now < Date.parse(window.end);
  return (
    <div className="stop">
      <p>
        <strong>{window.homeName}</strong> · {window.address}
      </p>
      <p>
        {windowText(window)} {inProgress ? '(now)' : ''} · up to {window.maxVisitMinutes} min
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
              {firstPerGrant(items).map((w) => (
                <li key={`${w.grantId}-${w.start}`} className="card">
                  <Link href={`/windows/${w.grantId}`} className="button primary">
                    {w.homeName}: {windowText(w)}
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
