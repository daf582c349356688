import { useState } from 'react';
import { type CarrierAccess, type Entrance, revokeCarrierAccess } from '../../api/buildings.js';
import type { ApiError } from '../../api/client.js';
import { formatDateTime } from '../../ui/format.js';
import { Badge, Empty, ErrorPanel } from '../../ui/status.js';
import { windowWords } from '../entrance-words.js';
import { BuildingTable } from './building-table.js';

// Which carriers may use which entrances, and when (docs/buildings.md "Carrier access"). A revoked permission stays
// listed and opens nothing; an admin revokes, a member reads.

function Revoke({ access, onDone }: { access: CarrierAccess; onDone: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const revoke = async () => {
    setBusy(true);
    const revoked = await revokeCarrierAccess(access.buildingId, access.id);
    setBusy(false);
    setError(revoked.ok ? null : revoked.error);
    if (revoked.ok) onDone();
  };
  return (
    <>
      <button type="button" className="button secondary" onClick={() => void revoke()} disabled={busy}>
        Revoke
      </button>
      {error && <ErrorPanel error={error} />}
    </>
  );
}

export function CarrierAccessTable({
  access,
  entrances,
  admin,
  onChanged,
}: {
  access: CarrierAccess[];
  entrances: Entrance[];
  admin: boolean;
  onChanged: () => void;
}) {
  if (access.length === 0) return <Empty>No carrier may use an entrance yet.</Empty>;
  const entranceName = (id: string) => entrances.find((e) => e.id === id)?.name ?? id;
  return (
    <BuildingTable caption="Carrier access" columns={['Carrier', 'Entrance', 'When', 'State']}>
      {access.map((a) => (
        <tr key={a.id} aria-label={`Access ${a.organisationId} at ${entranceName(a.entranceId)}`}>
          <th scope="row" className="mono">
            {a.organisationId}
          </th>
          <td>{entranceName(a.entranceId)}</td>
          <td>
            {a.windows.map((w) => (
              <div key={`${w.days.join()}-${w.startLocal}-${w.endLocal}`}>{windowWords(w)}</div>
            ))}
          </td>
          <td>
            {a.revokedAt ? (
              <Badge tone="neutral">Revoked {formatDateTime(a.revokedAt)}</Badge>
            ) : (
              <div className="row">
                <Badge tone="good">Active</Badge>
                {admin && <Revoke access={a} onDone={onChanged} />}
              </div>
            )}
          </td>
        </tr>
      ))}
    </BuildingTable>
  );
}
