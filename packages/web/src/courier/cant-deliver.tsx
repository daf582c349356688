import { type FormEvent, useState } from 'react';
import type { AbortReason } from '../api/types.js';

const REASONS: Array<[AbortReason, string]> = [
  ['dog', 'A dog is loose'],
  ['unsafe', 'It is not safe'],
  ['no_access', 'Cannot get to the door'],
  ['other', 'Something else'],
];

/**
 * Giving up on a stop is final for this visit: the courier picks a reason (none is preselected), may add a note the
 * customer reads, and confirms. Both reach the customer as they were written.
 */
export function CantDeliver({
  busy,
  onAbort,
}: {
  busy: boolean;
  onAbort: (reason: AbortReason, note: string) => void;
}) {
  const [reason, setReason] = useState<AbortReason | ''>('');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason) return;
    if (!confirming) return setConfirming(true);
    onAbort(reason, note.trim());
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="cant-title">
      <h2 id="cant-title">Can't deliver</h2>
      <label className="field">
        <span>Reason</span>
        <select
          value={reason}
          required
          onChange={(e) => {
            setReason(e.target.value as AbortReason | '');
            setConfirming(false);
          }}
        >
          <option value="" disabled>
            Choose a reason
          </option>
          {REASONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Note for the customer (optional)</span>
        <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </label>
      {confirming && (
        <p className="notice notice-warn" role="alert">
          The parcel stays with you and the customer is told why. Press again to confirm.
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button danger big" disabled={busy || !reason}>
          {confirming ? "Yes, I can't deliver" : "Can't deliver"}
        </button>
        {confirming && (
          <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
            Go back
          </button>
        )}
      </div>
    </form>
  );
}
