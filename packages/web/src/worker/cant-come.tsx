import { type FormEvent, useState } from 'react';
import type { ApiError } from '../api/client.js';
import { cantCome } from '../api/grants.js';
import { ErrorPanel } from '../ui/status.js';

/** "I can't come": the customer is told at once (an alert, and a fact in their home's record). */
export function CantCome({ grantId, localDate }: { grantId: string; localDate: string }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [told, setTold] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const sent = await cantCome(grantId, localDate, note.trim());
    setBusy(false);
    if (!sent.ok) return setError(sent.error);
    setTold(true);
  };
  if (told)
    return (
      <p className="notice notice-success" role="status">
        The customer has been told you cannot come.
      </p>
    );
  return (
    <details className="card more">
      <summary>I can't come</summary>
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>Message to the customer (optional)</span>
          <textarea maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {error && <ErrorPanel error={error} />}
        <button type="submit" className="button danger" disabled={busy}>
          Tell the customer I can't come
        </button>
      </form>
    </details>
  );
}
