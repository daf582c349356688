import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { type Compartment, type LockerAlert, liftLockout } from '../../api/lockers.js';
import { formatDateTime } from '../../ui/format.js';
import { Empty, ErrorPanel } from '../../ui/status.js';
import { ALERT_WORDS } from './compartment-state.js';

// The site's latest alerts (docs/lockers.md "Operator"); an admin lifts a lock-out that is still in force, having
// checked with the customer.

export function SiteAlerts({
  alerts,
  compartments,
  lockedOut,
  admin,
  onChanged,
}: {
  alerts: LockerAlert[];
  compartments: Compartment[];
  lockedOut: ReadonlyMap<string, string>;
  admin: boolean;
  onChanged: () => void;
}) {
  const [error, setError] = useState<ApiError | null>(null);
  const labelOf = (id: string | null) => compartments.find((c) => c.id === id)?.label;
  const lift = async (reservationId: string) => {
    const lifted = await liftLockout(reservationId);
    setError(lifted.ok ? null : lifted.error);
    onChanged();
  };
  // One button per lock-out still in force, on its newest alert.
  const liftable = new Set(lockedOut.values());
  return (
    <section className="card" aria-labelledby="alerts-title">
      <h2 id="alerts-title">Alerts</h2>
      {error && <ErrorPanel error={error} />}
      {alerts.length === 0 ? (
        <Empty>No alerts at this site.</Empty>
      ) : (
        <ul className="list">
          {alerts.map((a) => {
            const label = labelOf(a.compartmentId);
            const canLift = admin && a.kind === 'pickup_locked_out' && a.reservationId && liftable.has(a.reservationId);
            if (canLift) liftable.delete(a.reservationId!);
            return (
              <li key={a.id} className="list-item">
                <strong>{ALERT_WORDS[a.kind] ?? a.kind}</strong>
                {label && ` · ${label}`} <span className="muted">{formatDateTime(a.at)}</span>
                <p>{a.detail}</p>
                {canLift && (
                  <button type="button" className="button secondary small" onClick={() => void lift(a.reservationId!)}>
                    Lift the lock-out of {label}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
