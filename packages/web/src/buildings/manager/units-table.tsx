import { type FormEvent, useState } from 'react';
import { inviteResident, type Unit } from '../../api/buildings.js';
import type { ApiError } from '../../api/client.js';
import { Badge, ErrorPanel } from '../../ui/status.js';
import { BuildingTable } from './building-table.js';

// A building's units: vacant or occupied, nothing more (who lives there, and all they do, is theirs). An admin
// invites a resident to a vacant unit; the resident becomes an owner of the unit's home once they accept.

function InviteForm({ buildingId, unit, onDone }: { buildingId: string; unit: Unit; onDone: () => void }) {
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const invited = await inviteResident(buildingId, unit.id, email.trim());
    setBusy(false);
    setError(invited.ok ? null : invited.error);
    if (!invited.ok) return;
    setSent(email.trim());
    setEmail('');
    onDone();
  }
  return (
    <form className="inline-form" onSubmit={submit} aria-label={`Invite a resident to unit ${unit.label}`}>
      <label className="field">
        <span>Resident's email</span>
        <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <button type="submit" className="button secondary" disabled={busy}>
        Invite
      </button>
      {sent && (
        <p role="status" className="hint">
          Invitation sent to {sent}. The unit is theirs once they accept.
        </p>
      )}
      {error && <ErrorPanel error={error} />}
    </form>
  );
}

export function UnitsTable({
  buildingId,
  units,
  admin,
  onChanged,
}: {
  buildingId: string;
  units: Unit[];
  admin: boolean;
  onChanged: () => void;
}) {
  return (
    <BuildingTable caption="Units" columns={admin ? ['Unit', 'State', 'Resident'] : ['Unit', 'State']}>
      {units.map((u) => (
        <tr key={u.id} aria-label={`Unit ${u.label}`}>
          <th scope="row">{u.label}</th>
          <td>{u.occupied ? <Badge tone="good">Occupied</Badge> : <Badge tone="neutral">Vacant</Badge>}</td>
          {admin && (
            <td>
              {u.occupied ? (
                <span className="muted">Only the residents add people</span>
              ) : (
                <InviteForm buildingId={buildingId} unit={u} onDone={onChanged} />
              )}
            </td>
          )}
        </tr>
      ))}
    </BuildingTable>
  );
}
