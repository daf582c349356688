import { type FormEvent, useState } from 'react';
import { type Entrance, grantCarrierAccess } from '../../api/buildings.js';
import { type ApiError, newIdempotencyKey } from '../../api/client.js';
import { WEEKDAY_NAMES, WEEKDAYS, type Weekday } from '../../customer/grants/schedule-draft.js';
import { ErrorPanel } from '../../ui/status.js';
import { ENTRANCE_LABEL } from '../entrance-words.js';

// An admin lets a carrier's couriers use one entrance in a weekly window, in the building's time zone; an end at or
// before the start runs past midnight. The form grants one window at a time (the platform takes up to 14).

export function GrantForm({
  buildingId,
  timeZone,
  entrances,
  onDone,
}: {
  buildingId: string;
  timeZone: string;
  entrances: Entrance[];
  onDone: () => void;
}) {
  const [entranceId, setEntranceId] = useState(entrances[0]?.id ?? '');
  const [organisationId, setOrganisationId] = useState('');
  const [days, setDays] = useState<ReadonlySet<Weekday>>(new Set(WEEKDAYS.slice(0, 5)));
  const [startLocal, setStart] = useState('08:00');
  const [endLocal, setEnd] = useState('18:00');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const toggle = (day: Weekday) =>
    setDays((s) => {
      const next = new Set(s);
      if (!next.delete(day)) next.add(day);
      return next;
    });
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const window = { days: WEEKDAYS.filter((d) => days.has(d)), startLocal, endLocal };
    const granted = await grantCarrierAccess(
      buildingId,
      { entranceId, organisationId: organisationId.trim(), windows: [window] },
      key,
    );
    setBusy(false);
    setError(granted.ok ? null : granted.error);
    if (!granted.ok) return;
    setOrganisationId('');
    setKey(newIdempotencyKey());
    onDone();
  }
  return (
    <form className="form" onSubmit={submit} aria-labelledby="grant-title">
      <h3 id="grant-title">Let a carrier in</h3>
      <label className="field">
        <span>Carrier organisation id</span>
        <input
          required
          pattern="org_.+"
          placeholder="org_…"
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
        />
      </label>
      <label className="field">
        <span>Entrance</span>
        <select value={entranceId} onChange={(e) => setEntranceId(e.target.value)}>
          {entrances.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name} ({ENTRANCE_LABEL[e.kind]})
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Days</legend>
        <div className="row">
          {WEEKDAYS.map((d) => (
            <label key={d} className="choice">
              <input type="checkbox" checked={days.has(d)} onChange={() => toggle(d)} />
              {WEEKDAY_NAMES[d]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="row">
        <label className="field">
          <span>From ({timeZone})</span>
          <input type="time" required value={startLocal} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label className="field">
          <span>Until</span>
          <input type="time" required value={endLocal} onChange={(e) => setEnd(e.target.value)} />
        </label>
      </div>
      <p className="hint">An end at or before the start runs past midnight.</p>
      {error && <ErrorPanel error={error} />}
      <button type="submit" className="button" disabled={busy || days.size === 0 || entranceId === ''}>
        Grant access
      </button>
    </form>
  );
}
