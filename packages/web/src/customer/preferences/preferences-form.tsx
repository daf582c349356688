import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { savePreferences } from '../../api/endpoints.js';
import type { AccessPoint, FallbackPreference, PetsStatus, Preferences } from '../../api/types.js';
import { ErrorPanel } from '../../ui/status.js';
import { DaysOffCalendar } from './days-off-calendar.js';

const PETS: Array<[PetsStatus, string]> = [
  ['none', 'No pets'],
  ['contained', 'Pets, kept in a closed room'],
  ['loose', 'Pets loose in the home (no in-home delivery)'],
];
const FALLBACKS: Array<[FallbackPreference, string]> = [
  ['doorstep', 'Leave it at the door, with a photo'],
  ['locker', 'Take it to a parcel locker'],
  ['reattempt', 'Try again another day'],
];

function Radios<T extends string>(props: {
  legend: string;
  name: string;
  options: Array<[T, string]>;
  value: T;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value} className="choice">
          <input
            type="radio"
            name={props.name}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

export function PreferencesForm({
  homeId,
  doors,
  initial,
}: {
  homeId: string;
  doors: AccessPoint[];
  initial: Preferences;
}) {
  const [prefs, setPrefs] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: ApiError } | null>(null);
  const patch = (change: Partial<Preferences>) => setPrefs((p) => ({ ...p, ...change }));
  const toggleDoor = (id: string) =>
    patch({
      inHomeAccessPointIds: prefs.inHomeAccessPointIds.includes(id)
        ? prefs.inHomeAccessPointIds.filter((d) => d !== id)
        : [...prefs.inHomeAccessPointIds, id],
    });
  const unrecorded = prefs.unrecordedAccessPointIds ?? [];
  const garages = doors.filter((door) => door.kind === 'garage');
  const toggleUnrecorded = (id: string) =>
    patch({
      unrecordedAccessPointIds: unrecorded.includes(id) ? unrecorded.filter((d) => d !== id) : [...unrecorded, id],
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    const result = await savePreferences(homeId, prefs);
    setBusy(false);
    if (result.ok) setPrefs(result.value);
    setOutcome(result.ok ? { ok: true } : { ok: false, error: result.error });
  };

  return (
    <form className="form" onSubmit={submit}>
      <fieldset>
        <legend>In-home delivery</legend>
        <p className="hint">Couriers may open only the doors you tick, and only while the camera records.</p>
        {doors.map((door) => (
          <label key={door.id} className="choice">
            <input
              type="checkbox"
              checked={prefs.inHomeAccessPointIds.includes(door.id)}
              onChange={() => toggleDoor(door.id)}
            />
            {door.name}
          </label>
        ))}
      </fieldset>
      {garages.length > 0 && (
        <fieldset>
          <legend>Garage camera</legend>
          <p className="hint">Every other door needs its camera recording while a courier is inside.</p>
          {garages.map((garage) => (
            <label key={garage.id} className="choice">
              <input
                type="checkbox"
                checked={unrecorded.includes(garage.id)}
                onChange={() => toggleUnrecorded(garage.id)}
              />
              {garages.length === 1
                ? 'Couriers may enter this garage without a camera recording'
                : `${garage.name}: couriers may enter this garage without a camera recording`}
            </label>
          ))}
        </fieldset>
      )}
      <Radios
        legend="Pets"
        name="pets"
        options={PETS}
        value={prefs.pets.status}
        onChange={(status) => patch({ pets: { ...prefs.pets, status } })}
      />
      <label className="field">
        <span>About your pets</span>
        <input
          value={prefs.pets.note}
          maxLength={500}
          onChange={(e) => patch({ pets: { ...prefs.pets, note: e.target.value } })}
        />
      </label>
      <fieldset>
        <legend>Days off</legend>
        <DaysOffCalendar value={prefs.daysOff} onChange={(daysOff) => patch({ daysOff })} />
      </fieldset>
      <Radios
        legend="When a parcel cannot come in"
        name="fallback"
        options={FALLBACKS}
        value={prefs.fallback}
        onChange={(fallback) => patch({ fallback })}
      />
      <label className="field">
        <span>Instructions for the courier</span>
        <textarea
          value={prefs.instructions}
          maxLength={1000}
          onChange={(e) => patch({ instructions: e.target.value })}
        />
      </label>
      {outcome?.ok === false && <ErrorPanel error={outcome.error} title="Your preferences were not saved" />}
      {outcome?.ok && (
        <p className="notice notice-success" role="status">
          Preferences saved.
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save preferences'}
      </button>
    </form>
  );
}
