import { type FormEvent, useState } from 'react';
import type { AbortReason } from '../api/types.js';

const REASONS: Array<[AbortReason, string]> = [
  ['dog', 'A dog is loose'],
  ['unsafe', 'It is not safe'],
  ['no_access', 'Cannot get to the door'],
  ['other', 'Something else'],
];

export function CantDeliver({
  busy,
  onAbort,
}: {
  busy: boolean;
  onAbort: (reason: AbortReason, note: string) => void;
}) {
  const [reason, setReason] = useState<AbortReason>('dog');
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onAbort(reason, note.trim());
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="cant-title">
      <h2 id="cant-title">Can't deliver</h2>
      <label className="field">
        <span>Reason</span>
        <select value={reason} onChange={(e) => setReason(e.target.value as AbortReason)}>
          {REASONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Note (optional)</span>
        <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="button danger big" disabled={busy}>
        Can't deliver
      </button>
    </form>
  );
}
