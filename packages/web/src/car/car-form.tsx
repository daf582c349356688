import { type ChangeEvent, type FormEvent, useState } from 'react';
import { type Car, type CarFields, changeCar, registerCar } from '../api/cars.js';
import type { ApiError } from '../api/client.js';
import { useHome } from '../customer/home-context.js';
import { ErrorPanel } from '../ui/status.js';

// The owner registers the home's car, or changes it (docs/car-boot.md "Registering a car"): what it looks like, the
// days a parcel may be left in it, where they park and how far from there it may stand, and the boot's inner size.

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DEFAULT_BOOT = { lengthCm: 90, widthCm: 90, heightCm: 45 };
const BOOT_SIDES = [
  ['lengthCm', 'Boot length (cm)'],
  ['widthCm', 'Boot width (cm)'],
  ['heightCm', 'Boot height (cm)'],
] as const;

function draftOf(car: Car | null, home: { lat: number; lon: number }): CarFields {
  if (!car) {
    return {
      make: '',
      colour: '',
      plate: '',
      allowedWeekdays: [1, 2, 3, 4, 5],
      parking: { lat: home.lat, lon: home.lon, maxDistanceM: 50 },
      boot: DEFAULT_BOOT,
    };
  }
  const { make, colour, plate, photo, allowedWeekdays, parking, boot } = car;
  return { make, colour, plate, photo, allowedWeekdays, parking, boot };
}

const readPhoto = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

function NumberField(props: {
  label: string;
  value: number;
  onChange: (v: number) => void;
  min?: number;
  max?: number;
  step?: string;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type="number"
        required
        value={Number.isNaN(props.value) ? '' : props.value}
        min={props.min}
        max={props.max}
        step={props.step ?? '1'}
        onChange={(e) => props.onChange(e.target.valueAsNumber)}
      />
    </label>
  );
}

/** Registers a new car (`car` null) or changes the given one; `onSaved` when the platform has it. */
export function CarForm({ car, onSaved, onCancel }: { car: Car | null; onSaved: () => void; onCancel?: () => void }) {
  const home = useHome();
  const [draft, setDraft] = useState(() => draftOf(car, home));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const patch = (change: Partial<CarFields>) => setDraft((d) => ({ ...d, ...change }));
  const boot = draft.boot ?? DEFAULT_BOOT;
  const toggleDay = (day: number) =>
    patch({
      allowedWeekdays: draft.allowedWeekdays.includes(day)
        ? draft.allowedWeekdays.filter((d) => d !== day)
        : [...draft.allowedWeekdays, day].sort(),
    });
  const choosePhoto = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    patch({ photo: file ? await readPhoto(file) : null });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = car ? await changeCar(home.id, draft) : await registerCar(home.id, draft);
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) onSaved();
  };
  const title = car ? 'Change your car' : 'Register your car';
  return (
    <form className="form" onSubmit={submit} aria-label={title}>
      <label className="field">
        <span>Make and model</span>
        <input required maxLength={60} value={draft.make} onChange={(e) => patch({ make: e.target.value })} />
      </label>
      <label className="field">
        <span>Colour</span>
        <input required maxLength={40} value={draft.colour} onChange={(e) => patch({ colour: e.target.value })} />
      </label>
      <label className="field">
        <span>Number plate</span>
        <input
          required
          maxLength={16}
          pattern="[A-Za-z0-9 \-]+"
          value={draft.plate}
          onChange={(e) => patch({ plate: e.target.value })}
        />
      </label>
      <label className="field">
        <span>Photo of the car (optional, JPEG, PNG or WebP, up to 200 kB)</span>
        <input type="file" accept="image/jpeg,image/png,image/webp" onChange={choosePhoto} />
      </label>
      <fieldset>
        <legend>Days a parcel may be left in the car</legend>
        {WEEKDAYS.map((name, i) => (
          <label key={name} className="choice">
            <input type="checkbox" checked={draft.allowedWeekdays.includes(i + 1)} onChange={() => toggleDay(i + 1)} />
            {name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Where you park</legend>
        <p className="hint">A point within 500 m of the home, and how far from it the car may stand.</p>
        <NumberField
          label="Latitude"
          step="any"
          min={-90}
          max={90}
          value={draft.parking.lat}
          onChange={(lat) => patch({ parking: { ...draft.parking, lat } })}
        />
        <NumberField
          label="Longitude"
          step="any"
          min={-180}
          max={180}
          value={draft.parking.lon}
          onChange={(lon) => patch({ parking: { ...draft.parking, lon } })}
        />
        <NumberField
          label="Distance allowed (m)"
          min={10}
          max={500}
          value={draft.parking.maxDistanceM}
          onChange={(maxDistanceM) => patch({ parking: { ...draft.parking, maxDistanceM } })}
        />
      </fieldset>
      <fieldset>
        <legend>Boot size</legend>
        {BOOT_SIDES.map(([side, label]) => (
          <NumberField
            key={side}
            label={label}
            min={10}
            max={400}
            value={boot[side]}
            onChange={(cm) => patch({ boot: { ...boot, [side]: cm } })}
          />
        ))}
      </fieldset>
      {error && <ErrorPanel error={error} title="Your car was not saved" />}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? 'Saving…' : car ? 'Save changes' : 'Register car'}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      )}
    </form>
  );
}
