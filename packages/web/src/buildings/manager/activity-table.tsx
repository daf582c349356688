import type { Entrance, Entry } from '../../api/buildings.js';
import { formatDateTime, humanize } from '../../ui/format.js';
import { Badge, Empty } from '../../ui/status.js';
import { BuildingTable } from './building-table.js';

// Couriers at the entrances (docs/buildings.md "Privacy"): carrier, entrance, time, admitted or denied and the names
// of the failed checks. The platform gives the manager nothing else — no unit, resident, delivery or parcel.

export function ActivityTable({ activity, entrances }: { activity: Entry[]; entrances: Entrance[] }) {
  if (activity.length === 0) return <Empty>No courier has come to an entrance yet.</Empty>;
  const entranceName = (id: string) => entrances.find((e) => e.id === id)?.name ?? id;
  return (
    <BuildingTable caption="Entrance activity" columns={['When', 'Entrance', 'Carrier', 'Outcome']}>
      {activity.map((e) => (
        <tr key={e.id} aria-label={`${entranceName(e.entranceId)} at ${formatDateTime(e.at)}`}>
          <th scope="row">{formatDateTime(e.at)}</th>
          <td>{entranceName(e.entranceId)}</td>
          <td className="mono">{e.organisationId}</td>
          <td>
            {e.outcome === 'admitted' ? (
              <Badge tone="good">Admitted</Badge>
            ) : (
              <>
                <Badge tone="bad">Denied</Badge>
                <ul className="failed-checks" aria-label="Failed checks">
                  {e.failedChecks.map((name) => (
                    <li key={name}>{humanize(name)}</li>
                  ))}
                </ul>
              </>
            )}
          </td>
        </tr>
      ))}
    </BuildingTable>
  );
}
