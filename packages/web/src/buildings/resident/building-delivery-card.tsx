import { useState } from 'react';
import { type BuildingDelivery, fetchBuildingDelivery, setBuildingDelivery } from '../../api/buildings.js';
import type { ApiError } from '../../api/client.js';
import { useHome } from '../../customer/home-context.js';
import { useResource } from '../../hooks/use-resource.js';
import { Link } from '../../routing/router.js';
import { Badge, ErrorPanel } from '../../ui/status.js';

// A resident's choice on the dashboard (docs/buildings.md "The resident's preference"): whether couriers may come in
// through the building's lobby door or package room for this home. On by default; off, no courier comes in for
// them. Shown only for a home that is a unit of a building (the platform answers "not found" for any other).

function Preference({ value, onSaved }: { value: BuildingDelivery; onSaved: (v: BuildingDelivery) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const change = async () => {
    setBusy(true);
    const saved = await setBuildingDelivery(value.homeId, !value.allowed);
    setBusy(false);
    setError(saved.ok ? null : saved.error);
    if (saved.ok) onSaved(saved.value);
  };
  return (
    <>
      <p role="status">
        <Badge tone={value.allowed ? 'good' : 'neutral'}>{value.allowed ? 'On' : 'Off'}</Badge>{' '}
        {value.allowed
          ? 'Couriers of carriers your building lets in may bring your deliveries through the lobby door or to the package room.'
          : 'No courier comes into your building for you: your deliveries are left at the door or another way.'}
      </p>
      {error && <ErrorPanel error={error} />}
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => void change()} disabled={busy}>
          {value.allowed ? 'Turn building delivery off' : 'Turn building delivery on'}
        </button>
      </div>
    </>
  );
}

export function BuildingDeliveryCard() {
  const home = useHome();
  const [pref, reload] = useResource((signal) => fetchBuildingDelivery(home.id, signal), [home.id]);
  const [saved, setSaved] = useState<BuildingDelivery | null>(null);
  if (pref.status === 'loading') return null;
  if (pref.status === 'error') {
    return pref.error.status === 404 ? null : <ErrorPanel error={pref.error} onRetry={reload} />;
  }
  const value = saved?.homeId === home.id ? saved : pref.value;
  return (
    <section className="card" aria-labelledby="building-delivery-title">
      <h2 id="building-delivery-title">Building delivery</h2>
      <Preference value={value} onSaved={setSaved} />
      <p className="hint">
        Deliveries through the lobby door or the package room are listed with your <Link href="/visits">visits</Link>.
      </p>
    </section>
  );
}
