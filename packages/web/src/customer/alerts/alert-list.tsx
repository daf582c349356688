import type { Alert } from '../../api/types.js';
import { Link } from '../../routing/router.js';
import { formatDateTime, humanize } from '../../ui/format.js';
import { Badge, Empty } from '../../ui/status.js';

export function AlertList({
  alerts,
  empty,
  linkVisits = false,
}: {
  alerts: Alert[];
  empty: string;
  linkVisits?: boolean;
}) {
  if (alerts.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul className="list" aria-label="Alerts">
      {alerts.map((alert) => (
        <li key={alert.id} className="list-item">
          <div>
            <Badge tone="bad">{humanize(alert.kind)}</Badge> <span>{alert.message}</span>
          </div>
          <div className="hint">
            <time dateTime={alert.at}>{formatDateTime(alert.at)}</time>
            {linkVisits && alert.visitId && (
              <>
                {' '}
                · <Link href={`/visits/${alert.visitId}`}>See the visit</Link>
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
