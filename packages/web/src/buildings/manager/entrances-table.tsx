import type { Entrance } from '../../api/buildings.js';
import { Badge } from '../../ui/status.js';
import { ENTRANCE_LABEL } from '../entrance-words.js';
import { BuildingTable } from './building-table.js';

// A building's entrances: kind, where (with its geofence) and whether its controller and camera are paired. The
// manager's routes say which devices are paired, not whether they are online now.

function Paired({ what, id }: { what: string; id: string | null }) {
  return id ? (
    <Badge tone="good" label={`${what} paired: ${id}`}>
      {what} paired
    </Badge>
  ) : (
    <Badge tone="warn">No {what.toLowerCase()}</Badge>
  );
}

export function EntrancesTable({ entrances }: { entrances: Entrance[] }) {
  return (
    <BuildingTable caption="Entrances" columns={['Entrance', 'Kind', 'Position', 'Devices']}>
      {entrances.map((e) => (
        <tr key={e.id} aria-label={`Entrance ${e.name}`}>
          <th scope="row">{e.name}</th>
          <td>{ENTRANCE_LABEL[e.kind]}</td>
          <td>
            {e.lat.toFixed(5)}, {e.lon.toFixed(5)} · within {e.radiusM} m
          </td>
          <td>
            <div className="row">
              <Paired what="Controller" id={e.controllerId} />
              <Paired what="Camera" id={e.cameraId} />
            </div>
          </td>
        </tr>
      ))}
    </BuildingTable>
  );
}
