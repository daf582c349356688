import { useState } from 'react';
import { type Car, fetchCar, removeCar, setCarBlocked } from '../api/cars.js';
import type { ApiError, ApiResult } from '../api/client.js';
import { useHome } from '../customer/home-context.js';
import { OwnerOnly, useHomeRole } from '../customer/household/household.js';
import { useInterval } from '../hooks/use-interval.js';
import { useResource } from '../hooks/use-resource.js';
import { useReloadOn } from '../live/live-context.js';
import { Badge, ErrorPanel } from '../ui/status.js';
import { CarForm, WEEKDAYS } from './car-form.js';
import { CarMap, distanceMetres } from './car-map.js';

// The customer's car on the dashboard (docs/car-boot.md): where it is, whether its boot is secured, and the switch
// that blocks car access at once; the owner registers, changes or removes it here. A resident sees the car and its
// controls read-only, and nothing when the home has no car.

const REFRESH_MS = 15_000;

function VehicleLine({ car }: { car: Car }) {
  const v = car.vehicle;
  if (!v) return <p className="muted">No connected car has reported yet: pair it to this car.</p>;
  const secured = v.boot === 'closed' && v.locked;
  return (
    <p>
      <Badge tone={v.online ? 'good' : 'bad'}>{v.online ? 'Connected' : 'Offline'}</Badge>{' '}
      <Badge tone={secured ? 'good' : 'warn'}>
        {secured ? 'Boot locked' : `Boot ${v.boot}, ${v.locked ? 'locked' : 'unlocked'}`}
      </Badge>{' '}
      {v.parked ? `Parked since ${new Date(v.parkedSince ?? v.reportedAt).toLocaleTimeString()}` : 'Moving'}
    </p>
  );
}

function CarDetails({ car, onChanged }: { car: Car; onChanged: () => void }) {
  const home = useHome();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [changing, setChanging] = useState(false);
  const v = car.vehicle;
  const away = v ? Math.round(distanceMetres(home, v.position)) : null;
  const toggle = async () => {
    setBusy(true);
    const result = await setCarBlocked(home.id, !car.blocked);
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) onChanged();
  };
  const remove = async () => {
    if (!window.confirm('Remove this car? Parcels will no longer be left in it.')) return;
    setBusy(true);
    const result = await removeCar(home.id);
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) onChanged();
  };
  if (changing) {
    const saved = () => {
      setChanging(false);
      onChanged();
    };
    return (
      <article className="card car" aria-labelledby="car-title">
        <h2 id="car-title">Change your car</h2>
        <CarForm car={car} onSaved={saved} onCancel={() => setChanging(false)} />
      </article>
    );
  }
  return (
    <article className="card car" aria-labelledby="car-title">
      <h2 id="car-title">
        Car: {car.colour} {car.make}, {car.plate}
      </h2>
      <VehicleLine car={car} />
      <CarMap
        home={home}
        parking={car.parking}
        car={v?.position}
        label={away === null ? 'Map of the home and where the car parks' : `The car is ${away} m from home`}
      />
      <p className="muted">
        In-car delivery on {car.allowedWeekdays.map((d) => WEEKDAYS[d - 1]).join(', ') || 'no day'}.{' '}
        {car.blocked ? 'Car access is blocked.' : ''}
      </p>
      {error && <ErrorPanel error={error} />}
      <OwnerOnly homeId={home.id}>
        <div className="actions">
          <button type="button" className={car.blocked ? 'button' : 'button danger'} onClick={toggle} disabled={busy}>
            {car.blocked ? 'Allow car access again' : 'Block car access now'}
          </button>
          <button type="button" className="button" onClick={() => setChanging(true)} disabled={busy}>
            Change
          </button>
          <button type="button" className="button" onClick={remove} disabled={busy}>
            Remove
          </button>
        </div>
      </OwnerOnly>
    </article>
  );
}

/** The car, or null when the home has none: a value, so a refresh keeps a half-filled registration form. */
async function fetchCarOrNone(homeId: string, signal: AbortSignal): Promise<ApiResult<Car | null>> {
  const result = await fetchCar(homeId, signal);
  return !result.ok && result.error.status === 404 ? { ok: true, value: null } : result;
}

/** For the owner of a home with no car: the form that registers one. */
function RegisterCar({ onRegistered }: { onRegistered: () => void }) {
  const home = useHome();
  const role = useHomeRole(home.id);
  if (role !== 'owner') return null;
  return (
    <article className="card car" aria-labelledby="car-title">
      <h2 id="car-title">Register your car</h2>
      <p className="muted">Let couriers leave parcels in your car's boot on the days you choose.</p>
      <CarForm car={null} onSaved={onRegistered} />
    </article>
  );
}

/** The home's car, kept current by live events and a slow refresh (the car reports on its own); else its form. */
export function CarCard() {
  const home = useHome();
  const [car, reload] = useResource((signal) => fetchCarOrNone(home.id, signal), [home.id]);
  useReloadOn(['home.device', 'home.visit'], reload);
  useInterval(reload, REFRESH_MS);
  if (car.status !== 'ready') return null;
  if (car.value === null) return <RegisterCar onRegistered={reload} />;
  return <CarDetails car={car.value} onChanged={reload} />;
}
