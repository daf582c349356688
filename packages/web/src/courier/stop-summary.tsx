import type { Stop } from '../api/types.js';
import { formatWindow, humanize } from '../ui/format.js';
import { Badge } from '../ui/status.js';

export const METHOD_LABEL = { in_home: 'In-home', doorstep: 'Doorstep' } as const;

/** Where, when and how: what a courier needs to glance at before knocking. */
export function StopSummary({ stop }: { stop: Stop }) {
  const { address, delivery, pets } = stop;
  return (
    <div className="stop">
      <p>
        <strong>{address.line1}</strong>
        {address.line2 && `, ${address.line2}`}, {address.city} {address.postalCode}
      </p>
      <div className="row">
        <Badge tone="info">{formatWindow(delivery.window.start, delivery.window.end)}</Badge>
        <Badge tone={delivery.method === 'in_home' ? 'good' : 'neutral'}>{METHOD_LABEL[delivery.method]}</Badge>
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
