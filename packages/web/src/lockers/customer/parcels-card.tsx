import '../lockers.css';
import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { issuePickupCode, listParcels, type Parcel, type PickupCode } from '../../api/lockers.js';
import { useHome } from '../../customer/home-context.js';
import { useInterval } from '../../hooks/use-interval.js';
import { useResource } from '../../hooks/use-resource.js';
import { useReloadOn } from '../../live/live-context.js';
import { formatDateTime } from '../../ui/format.js';
import { Badge, ErrorPanel } from '../../ui/status.js';
import { HoldForm } from './hold-form.js';
import { isActive, mayAskForCode, parcelWords } from './parcel-words.js';
import { PickupCodePanel } from './pickup-code.js';

// The home's parcels in lockers on the dashboard (docs/lockers.md): where each is, until when, and what it is doing,
// as the platform reports it; a stored parcel's pickup code (shown once) and its vacation hold. Nothing is shown for
// a home that never had a locker delivery.

const REFRESH_MS = 10_000;

function ParcelRow({ parcel, now, onChanged }: { parcel: Parcel; now: number; onChanged: () => void }) {
  const [code, setCode] = useState<PickupCode | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const words = parcelWords(parcel.status);
  const ask = async () => {
    setBusy(true);
    const issued = await issuePickupCode(parcel.id);
    setBusy(false);
    setError(issued.ok ? null : issued.error);
    setCode(issued.ok ? issued.value : null);
    onChanged();
  };
  // A code opens only a stored parcel's compartment: once the parcel moves on, the code is spent, and not shown.
  const showCode = code !== null && parcel.status === 'stored';
  return (
    <li className="parcel" aria-labelledby={`parcel-${parcel.id}`}>
      <h3 id={`parcel-${parcel.id}`}>Locker {parcel.compartment.label}</h3>
      <p>
        <Badge tone={words.tone}>{words.label}</Badge>{' '}
        {parcel.lockedOut && <Badge tone="bad">Locked out after wrong codes: ask the locker operator</Badge>}
      </p>
      <dl className="facts">
        <dt>Site</dt>
        <dd>{parcel.site?.name ?? parcel.siteId}</dd>
        {parcel.site && (
          <>
            <dt>Open</dt>
            <dd>{parcel.site.openingHours}</dd>
          </>
        )}
        <dt>Size</dt>
        <dd>{parcel.compartment.size}</dd>
        {parcel.expiresAt && (parcel.status === 'stored' || parcel.status === 'collecting') && (
          <>
            <dt>Collect by</dt>
            <dd>{formatDateTime(parcel.expiresAt)}</dd>
          </>
        )}
      </dl>
      {error && <ErrorPanel error={error} />}
      {showCode && <PickupCodePanel code={code} onHide={() => setCode(null)} />}
      {mayAskForCode(parcel, now) && !showCode && (
        <div className="actions">
          <button type="button" className="button" onClick={() => void ask()} disabled={busy}>
            {parcel.codeIssued ? 'Get a new pickup code' : 'Get pickup code'}
          </button>
        </div>
      )}
      {parcel.codeIssued && !showCode && parcel.status === 'stored' && (
        <p className="muted">A code was already given. A new one replaces it.</p>
      )}
      {parcel.status === 'stored' && parcel.expiresAt && (
        <HoldForm parcel={{ ...parcel, expiresAt: parcel.expiresAt }} onHeld={onChanged} />
      )}
    </li>
  );
}

export function ParcelsCard() {
  const home = useHome();
  const [parcels, reload] = useResource((signal) => listParcels(home.id, signal), [home.id]);
  useReloadOn(['home.alert', 'home.visit'], reload);
  useInterval(reload, REFRESH_MS);
  if (parcels.status === 'loading') return null;
  if (parcels.status === 'error') return <ErrorPanel error={parcels.error} onRetry={reload} />;
  const items = parcels.value.items;
  if (items.length === 0) return null;
  const now = Date.now();
  const sorted = [...items.filter(isActive), ...items.filter((p) => !isActive(p))];
  return (
    <section className="card parcels" aria-labelledby="parcels-title">
      <h2 id="parcels-title">Parcels in lockers</h2>
      <ul className="parcel-list">
        {sorted.map((p) => (
          <ParcelRow key={p.id} parcel={p} now={now} onChanged={reload} />
        ))}
      </ul>
    </section>
  );
}
