import { fetchVisitCar } from '../api/cars.js';
import type { Stop } from '../api/types.js';
import { useInterval } from '../hooks/use-interval.js';
import { useResource } from '../hooks/use-resource.js';
import { CarMap, distanceMetres } from './car-map.js';

// The courier's guide to the customer's car (docs/car-boot.md): shown only while the visit is live, which is also
// the only time the platform tells the courier where the car stands.

const REFRESH_MS = 10_000;

export const isCarVisit = (checks: readonly { name: string }[]) => checks.some((c) => c.name === 'courier_at_car');

export function CarGuide({ visitId, stop }: { visitId: string; stop: Stop }) {
  const [car, reload] = useResource((signal) => fetchVisitCar(visitId, signal), [visitId]);
  useInterval(reload, REFRESH_MS);
  if (car.status !== 'ready') return null;
  const c = car.value;
  const away = c.position ? Math.round(distanceMetres(stop.location, c.position)) : null;
  return (
    <section className="card" aria-labelledby="car-guide-title">
      <h2 id="car-guide-title">Find the car</h2>
      <p>
        <strong>
          {c.colour} {c.make}
        </strong>
        , plate <strong className="plate">{c.plate}</strong>
        {away !== null ? `, ${away} m from the address` : ''}.
      </p>
      {c.photo && <img className="car-photo" src={c.photo} alt={`The ${c.colour} ${c.make}`} />}
      <CarMap
        home={stop.location}
        car={c.position}
        label={away === null ? 'The car has not reported where it is' : `The car is ${away} m from the address`}
      />
    </section>
  );
}
