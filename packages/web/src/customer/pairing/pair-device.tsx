import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { newIdempotencyKey } from '../../api/client.js';
import { listAccessPoints, pairDevice } from '../../api/endpoints.js';
import type { AccessPoint, Device } from '../../api/types.js';
import { useResource } from '../../hooks/use-resource.js';
import { Link } from '../../routing/router.js';
import { PageHeader } from '../../ui/page-header.js';
import { ResourceView } from '../../ui/resource-view.js';
import { ErrorPanel } from '../../ui/status.js';
import { useHome } from '../home-context.js';

/** Upper-cases and groups what was typed as XXXX-XXXX-XXXX, the way it is printed on the box. */
export function normaliseClaimCode(input: string): string {
  const chars = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return chars.match(/.{1,4}/g)?.join('-') ?? '';
}

function PairForm({ doors }: { doors: AccessPoint[] }) {
  const [door, setDoor] = useState(doors[0]?.id ?? '');
  const [code, setCode] = useState('');
  // One key per attempt: a retry after a lost answer gets the first answer, not "code already used".
  const [key, setKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [paired, setPaired] = useState<Device | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await pairDevice(normaliseClaimCode(code), door, key);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setPaired(result.value);
    setCode('');
    setKey(newIdempotencyKey());
  };

  return (
    <form className="form card narrow" onSubmit={submit}>
      <label className="field">
        <span>Door</span>
        <select value={door} onChange={(e) => setDoor(e.target.value)} required>
          {doors.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Claim code</span>
        <input
          name="claimCode"
          required
          autoComplete="off"
          spellCheck={false}
          placeholder="ABCD-EFGH-JKLM"
          aria-describedby="claim-hint"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onBlur={() => setCode(normaliseClaimCode(code))}
        />
        <small id="claim-hint" className="hint">
          Printed on the box and under the device, 12 letters and digits.
        </small>
      </label>
      {error && <ErrorPanel error={error} title="The device was not paired" />}
      {paired && (
        <div className="notice notice-success" role="status">
          <p className="notice-title">
            {paired.kind === 'lock' ? 'Lock' : 'Camera'} paired to{' '}
            {doors.find((d) => d.id === paired.accessPointId)?.name}
          </p>
          <p>
            <span className="mono">{paired.id}</span> is {paired.online ? 'online' : 'offline'}.{' '}
            <Link href="/">See it on your home</Link>
          </p>
        </div>
      )}
      <button type="submit" className="button primary" disabled={busy || !door}>
        {busy ? 'Pairing…' : 'Pair device'}
      </button>
    </form>
  );
}

export function PairDevice() {
  const home = useHome();
  const [doors, reload] = useResource((signal) => listAccessPoints(home.id, signal), [home.id]);
  return (
    <>
      <PageHeader title="Pair a device" />
      <p className="muted">Connect a new lock or camera to one of your doors with the claim code from its box.</p>
      <ResourceView resource={doors} retry={reload} label="Loading your doors">
        {({ items }) => <PairForm doors={items} />}
      </ResourceView>
    </>
  );
}
