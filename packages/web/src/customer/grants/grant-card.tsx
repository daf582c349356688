import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { type Grant, moveGrant } from '../../api/grants.js';
import type { AccessPoint } from '../../api/types.js';
import { Badge, ErrorPanel, type Tone } from '../../ui/status.js';
import { ClockChangeNote } from './clock-change.js';
import { GrantVisits } from './grant-visits.js';
import { formatHomeWindow } from './home-time.js';
import { describeSchedule } from './schedule-draft.js';

const STATUS: Record<Grant['status'], { label: string; tone: Tone }> = {
  pending: { label: 'Waiting for them to accept', tone: 'warn' },
  active: { label: 'Active', tone: 'good' },
  paused: { label: 'Paused', tone: 'neutral' },
  revoked: { label: 'Revoked', tone: 'bad' },
};

const granteeName = (g: Grant) =>
  g.grantee.kind === 'provider'
    ? `Provider ${g.grantee.organisationId}${g.grantee.workerId ? ` (worker ${g.grantee.workerId} only)` : ''}`
    : g.grantee.email;

function Moves({ grant, onChanged }: { grant: Grant; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const move = async (to: 'pause' | 'resume' | 'revoke') => {
    setBusy(true);
    setError(null);
    const moved = await moveGrant(grant.id, to);
    setBusy(false);
    setConfirming(false);
    if (!moved.ok) return setError(moved.error);
    onChanged();
  };
  if (grant.status === 'revoked') return null;
  return (
    <div className="stack">
      <div className="row">
        {grant.status === 'paused' ? (
          <button type="button" className="button secondary" disabled={busy} onClick={() => void move('resume')}>
            Resume
          </button>
        ) : (
          grant.status === 'active' && (
            <button type="button" className="button secondary" disabled={busy} onClick={() => void move('pause')}>
              Pause
            </button>
          )
        )}
        {confirming ? (
          <>
            <button type="button" className="button danger" disabled={busy} onClick={() => void move('revoke')}>
              Yes, revoke for good
            </button>
            <button type="button" className="button ghost" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="button ghost" disabled={busy} onClick={() => setConfirming(true)}>
            Revoke
          </button>
        )}
      </div>
      {error && <ErrorPanel error={error} />}
    </div>
  );
}

export function GrantCard({
  grant,
  zone,
  doors,
  now,
  onChanged,
}: {
  grant: Grant;
  zone: string;
  doors: AccessPoint[];
  now: number;
  onChanged: () => void;
}) {
  const status = STATUS[grant.status];
  const doorNames = grant.accessPointIds.map((id) => doors.find((d) => d.id === id)?.name ?? id).join(', ');
  const titleId = `grant-${grant.id}`;
  return (
    <li className="card grant-card" aria-labelledby={titleId}>
      <div className="row">
        <h3 id={titleId}>{granteeName(grant)}</h3>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <p>
        {describeSchedule(grant.schedule)} · {doorNames} · visits up to {grant.maxVisitMinutes} min
        {grant.cameraRequired ? ' · camera required' : ''}
      </p>
      {grant.notes && <p className="muted">Notes: {grant.notes}</p>}
      {grant.nextWindows.length > 0 && (
        <>
          <h4>Next windows (home time, {zone})</h4>
          <ul className="windows">
            {grant.nextWindows.map((w) => (
              <li key={w.start}>{formatHomeWindow(zone, w.start, w.end)}</li>
            ))}
          </ul>
        </>
      )}
      <ClockChangeNote grant={grant} zone={zone} now={now} />
      <Moves grant={grant} onChanged={onChanged} />
      <h4>Visits</h4>
      <GrantVisits grantId={grant.id} />
    </li>
  );
}
