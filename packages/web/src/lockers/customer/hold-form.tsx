import { type FormEvent, useState } from 'react';
import { holdParcel, type Parcel } from '../../api/lockers.js';
import { formatDateTime } from '../../ui/format.js';
import { dateInputValue, holdUntil } from './parcel-words.js';

// A vacation hold (docs/lockers.md "Expiry, holds and return"): keep the parcel until a later day, at most 14 days
// past the first pickup deadline; the platform says when a day is too far.

export function HoldForm({ parcel, onHeld }: { parcel: Parcel & { expiresAt: string }; onHeld: () => void }) {
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const id = `hold-${parcel.id}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const until = holdUntil(parcel.expiresAt, date);
    if (!until) return;
    setBusy(true);
    const held = await holdParcel(parcel.id, until);
    setBusy(false);
    if (!held.ok) return setMessage({ tone: 'error', text: held.error.detail || held.error.title });
    setMessage({ tone: 'success', text: `Held: collect it by ${formatDateTime(held.value.expiresAt ?? until)}.` });
    onHeld();
  }
  const tomorrow = new Date(Date.parse(parcel.expiresAt) + 86_400_000).toISOString();
  return (
    <form className="hold-form" onSubmit={submit} aria-label={`Vacation hold for locker ${parcel.compartment.label}`}>
      <label className="field" htmlFor={id}>
        <span>Away? Keep it until</span>
        <input
          id={id}
          type="date"
          required
          min={dateInputValue(tomorrow)}
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </label>
      <button type="submit" className="button secondary" disabled={busy}>
        Hold the parcel
      </button>
      {message && (
        <p className={`notice notice-${message.tone === 'success' ? 'success' : 'error'}`} role="status">
          {message.text}
        </p>
      )}
    </form>
  );
}
