import type { Stop } from '../api/types.js';
import { ENTRANCE_LABEL } from '../buildings/entrance-words.js';
import { formatWindow, humanize } from '../ui/format.js';
import { Badge } from '../ui/status.js';

/** A maps link the phone opens in its maps app (Google's universal link is handled by the app where installed). */
export function mapsUrl(stop: Stop): string {
  const { lat, lon } = stop.location;
  return `https://www.google.com/maps/search/?api=1&query=${lat}%2C${lon}`;
}

export const METHOD_LABEL = {
  in_home: 'In-home',
  in_car: 'In the car',
  locker: 'Locker',
  doorstep: 'Doorstep',
  ...ENTRANCE_LABEL,
} as const;

/** Where, when and how: what a courier needs to glance at before knocking. */
export function StopSummary({ stop }: { stop: Stop }) {
  const { address, delivery, pets } = stop;
  return (
    <div className="stop">
      <p>
        <strong>{address.line1}</strong>
        {address.line2 && `, ${address.line2}`}, {address.city} {address.postalCode}{' '}
        <a href={mapsUrl(stop)} target="_blank" rel="noopener noreferrer">
          Open in maps
        </a>
      </p>
      <div className="row">
        <Badge tone="info">{formatWindow(delivery.window.start, delivery.window.end)}</Badge>
        <Badge tone={delivery.method !== 'doorstep' ? 'good' : 'neutral'}>{METHOD_LABEL[delivery.method]}</Badge>
        <Badge tone="neutral">{humanize(delivery.status)}</Badge>
      </div>
      {pets.status !== 'none' && (
        <p>
          <strong>Pets:</strong> {humanize(pets.status)}
          {pets.note && ` — ${pets.note}`}
        </p>
      )}
      {stop.instructions && (
        <p>
          <strong>Instructions:</strong> {stop.instructions}
        </p>
      )}
    </div>
  );
}
