import type { Compartment, ListedOpenRequest } from '../../api/lockers.js';
import { listPendingOpenings } from '../../api/lockers.js';
import { useInterval } from '../../hooks/use-interval.js';
import { useResource } from '../../hooks/use-resource.js';
import { ErrorPanel } from '../../ui/status.js';
import { OpeningOutcome, useApproval } from './openings.js';

// The openings of many compartments waiting at a site for a second admin (docs/lockers.md "Operator openings"), read
// from GET /v1/locker-sites/{id}/open-requests?status=pending. Another admin reads what each opens and why, and
// approves it here; the one who asked sees theirs as waiting, with nothing to press (the platform would refuse it);
// a member only reads.

const REFRESH_MS = 10_000;

function PendingRequest({
  request,
  compartments,
  mine,
  admin,
  onDone,
}: {
  request: ListedOpenRequest;
  compartments: Compartment[];
  mine: boolean;
  admin: boolean;
  onDone: () => void;
}) {
  const { approve, busy, error, approved } = useApproval(request.id, onDone);
  const labels = request.compartments.map((c) => c.label).join(', ');
  if (approved) return <OpeningOutcome request={approved} compartments={compartments} />;
  return (
    <li className="pending-request" aria-label={`Request to open ${labels}`}>
      <p>
        <strong>Open {labels}</strong> — {request.reason}
      </p>
      <p className="muted">
        Asked {new Date(request.createdAt).toLocaleString()} · <span className="mono">{request.id}</span>
      </p>
      {mine ? (
        <p>Waiting for another admin to approve: you asked, so you cannot approve it.</p>
      ) : admin ? (
        <>
          {error && <ErrorPanel error={error} />}
          <button type="button" className="button danger" onClick={approve} disabled={busy}>
            Approve and open {labels}
          </button>
        </>
      ) : (
        <p>Waiting for an admin to approve.</p>
      )}
    </li>
  );
}

export function PendingRequests({
  siteId,
  compartments,
  userId,
  admin,
  version,
  onChanged,
}: {
  siteId: string;
  compartments: Compartment[];
  userId: string;
  admin: boolean;
  /** Changes when the page asked for an opening, so a new request shows at once. */
  version: number;
  onChanged: () => void;
}) {
  const [pending, reload] = useResource((signal) => listPendingOpenings(siteId, signal), [siteId, version]);
  useInterval(reload, REFRESH_MS);
  if (pending.status === 'loading') return null;
  if (pending.status === 'error') return <ErrorPanel error={pending.error} onRetry={reload} />;
  const items = pending.value.items;
  return (
    <section className="card" aria-labelledby="pending-title">
      <h2 id="pending-title">Waiting for a second admin</h2>
      {items.length === 0 ? (
        <p className="muted">No opening of several compartments is waiting.</p>
      ) : (
        <ul className="pending-requests">
          {items.map((r) => (
            <PendingRequest
              key={r.id}
              request={r}
              compartments={compartments}
              mine={r.requestedBy === userId}
              admin={admin}
              onDone={onChanged}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
