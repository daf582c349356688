import type { Alert } from '../../api/types.js';
import { Link } from '../../routing/router.js';
import { formatDateTime, humanize } from '../../ui/format.js';
import { Badge, Empty, type Tone } from '../../ui/status.js';

/** Notices tell how a visit ended; alerts say something went against what it was allowed to do. */
const KINDS: Record<string, [string, Tone]> = {
  delivered_inside: ['Delivered', 'good'],
  left_outside: ['Left outside', 'info'],
  left_in_locker: ['In a locker', 'info'],
  delivery_rescheduled: ['Not delivered', 'warn'],
  not_delivered: ['Not delivered', 'warn'],
  access_refused: ['Not let in', 'warn'],
  visit_failed: ['Visit failed', 'bad'],
  device_offline: ['Device offline', 'bad'],
  battery_low: ['Battery low', 'warn'],
};

export const alertLabel = (kind: string): [string, Tone] => KINDS[kind] ?? [humanize(kind), 'bad'];

export function AlertList({
  alerts,
  empty,
  linkVisits = false,
  onAcknowledge,
}: {
  alerts: Alert[];
  empty: string;
  linkVisits?: boolean;
  /** Offered on alerts not yet acknowledged (POST /v1/alerts/{id}/acknowledge). */
  onAcknowledge?: (alert: Alert) => void;
}) {
  if (alerts.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul className="list" aria-label="Alerts">
      {alerts.map((alert) => (
        <li key={alert.id} className="list-item">
          <div>
            <Badge tone={alertLabel(alert.kind)[1]}>{alertLabel(alert.kind)[0]}</Badge> <span>{alert.message}</span>
          </div>
          <div className="hint">
            <time dateTime={alert.at}>{formatDateTime(alert.at)}</time>
            {linkVisits && alert.visitId && (
              <>
                {' '}
                · <Link href={`/visits/${alert.visitId}`}>See the visit</Link>
              </>
            )}
            {alert.acknowledgedAt ? (
              <>
                {' '}
                · <span>Seen {formatDateTime(alert.acknowledgedAt)}</span>
              </>
            ) : (
              onAcknowledge && (
                <>
                  {' '}
                  <button type="button" className="button secondary small" onClick={() => onAcknowledge(alert)}>
                    Mark as seen
                  </button>
                </>
              )
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
