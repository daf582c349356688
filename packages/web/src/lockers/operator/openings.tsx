import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { newIdempotencyKey } from '../../api/client.js';
import { approveOpening, type Compartment, type OpenRequest, requestOpening } from '../../api/lockers.js';
import { ErrorPanel } from '../../ui/status.js';

// Operator openings (docs/lockers.md "Operator openings: never one person for many"): an admin opens one
// compartment at once, with a reason; a request for more opens nothing until another admin of the operator approves
// it. The site page lists the pending ones (pending-requests.tsx); the one who asked may also pass the link on.

const labelsOf = (ids: readonly string[], compartments: Compartment[]) =>
  ids.map((id) => compartments.find((c) => c.id === id)?.label ?? id).join(', ');

export const approvalLink = (siteId: string, requestId: string) =>
  `${location.origin}/lockers/${encodeURIComponent(siteId)}?approve=${encodeURIComponent(requestId)}`;

/** What a request did, in words that claim no more than the platform answered. */
export function OpeningOutcome({ request, compartments }: { request: OpenRequest; compartments: Compartment[] }) {
  const labels = labelsOf(request.compartmentIds, compartments);
  if (request.status === 'pending') {
    return (
      <div className="notice notice-warn" role="status">
        <p className="notice-title">Needs a second admin</p>
        <p>
          Nothing is open yet. Opening {labels} waits until another admin of your organisation approves request{' '}
          <span className="mono">{request.id}</span>. Send them this link:
        </p>
        <p className="mono">{approvalLink(request.siteId, request.id)}</p>
      </div>
    );
  }
  const total = request.compartmentIds.length;
  const offline = total - request.sent;
  return (
    <div className={`notice ${offline === 0 ? 'notice-success' : 'notice-warn'}`} role="status">
      <p className="notice-title">Opening {labels}</p>
      <p>
        {request.sent} of {total} open command{total === 1 ? '' : 's'} reached the bank.
        {offline > 0 && ' The rest did not: the bank is offline or not connected, so nothing opened there.'}
      </p>
    </div>
  );
}

export function OpeningForm({
  siteId,
  selected,
  compartments,
  onDone,
}: {
  siteId: string;
  selected: ReadonlySet<string>;
  compartments: Compartment[];
  onDone: (request: OpenRequest) => void;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const ids = compartments.filter((c) => selected.has(c.id)).map((c) => c.id);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const asked = await requestOpening(siteId, ids, reason.trim(), key);
    setBusy(false);
    setError(asked.ok ? null : asked.error);
    if (!asked.ok) return;
    setReason('');
    setKey(newIdempotencyKey());
    onDone(asked.value);
  }
  const many = ids.length > 1;
  return (
    <form className="form" onSubmit={submit} aria-labelledby="open-title">
      <h3 id="open-title">Open by hand</h3>
      <p className="muted">
        {ids.length === 0
          ? 'Tick the compartments to open.'
          : `${labelsOf(ids, compartments)} ticked. ${many ? 'More than one needs a second admin to approve.' : 'One compartment opens at once.'}`}
      </p>
      <label className="field">
        <span>Reason</span>
        <textarea required minLength={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      {error && <ErrorPanel error={error} />}
      <button type="submit" className="button danger" disabled={busy || ids.length === 0}>
        {many ? `Ask to open ${ids.length} compartments` : 'Open the compartment'}
      </button>
    </form>
  );
}

/** Approving a request another admin made: the platform refuses the requester's own, and the page shows why. */
export function useApproval(requestId: string, onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [approved, setApproved] = useState<OpenRequest | null>(null);
  const approve = async () => {
    setBusy(true);
    const answered = await approveOpening(requestId);
    setBusy(false);
    setError(answered.ok ? null : answered.error);
    if (answered.ok) {
      setApproved(answered.value);
      onDone();
    }
  };
  return { approve: () => void approve(), busy, error, approved };
}

/** The second admin's side, from the link the requester passed on. */
export function ApproveRequest({
  requestId,
  compartments,
  onDone,
}: {
  requestId: string;
  compartments: Compartment[];
  onDone: () => void;
}) {
  const { approve, busy, error, approved } = useApproval(requestId, onDone);
  if (approved) return <OpeningOutcome request={approved} compartments={compartments} />;
  return (
    <section className="notice notice-info" aria-labelledby="approve-title">
      <p className="notice-title" id="approve-title">
        Approve request <span className="mono">{requestId}</span>
      </p>
      <p>
        Another admin asked to open several compartments of this site. Check with them which ones and why before you
        approve: approving opens them all.
      </p>
      {error && <ErrorPanel error={error} />}
      <button type="button" className="button danger" onClick={approve} disabled={busy}>
        Approve and open
      </button>
    </section>
  );
}
