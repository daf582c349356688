import { type FormEvent, useState } from 'react';
import { decideClaim, type Resolution } from '../api/claims.js';
import type { ApiError } from '../api/client.js';
import { ErrorPanel } from '../ui/status.js';

// The decision on a claim (docs/claims.md): upheld with an amount (ISO 4217 code, whole minor units) or rejected
// with a reason. Only the assignee, only while in review: the server refuses anyone else.

const CURRENCIES = ['EUR', 'GBP', 'USD'];

/** "45", "45.5", "45.50" → 4550 minor units; null for anything else or for nothing. */
export function minorUnits(amount: string): number | null {
  const m = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(amount.trim());
  if (!m) return null;
  const minor = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return minor > 0 ? minor : null;
}

export function DecisionForm({ claimId, onDecided }: { claimId: string; onDecided: () => void }) {
  const [outcome, setOutcome] = useState<'upheld' | 'rejected'>('upheld');
  const [currency, setCurrency] = useState('EUR');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const minor = minorUnits(amount);
  const ready = outcome === 'upheld' ? minor !== null : reason.trim() !== '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    const resolution: Resolution =
      outcome === 'upheld' ? { outcome, amount: { currency, minor: minor ?? 0 } } : { outcome, reason: reason.trim() };
    setBusy(true);
    const decided = await decideClaim(claimId, resolution);
    setBusy(false);
    if (!decided.ok) return setError(decided.error);
    onDecided();
  };
  return (
    <form className="form" aria-label="Decision" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>Outcome</legend>
        <label className="choice">
          <input type="radio" name="outcome" checked={outcome === 'upheld'} onChange={() => setOutcome('upheld')} />
          Upheld
        </label>
        <label className="choice">
          <input type="radio" name="outcome" checked={outcome === 'rejected'} onChange={() => setOutcome('rejected')} />
          Rejected
        </label>
      </fieldset>
      {outcome === 'upheld' ? (
        <div className="row">
          <label className="field">
            <span>Currency</span>
            <select value={currency} onChange={(e) => setCurrency(e.target.value)}>
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Amount</span>
            <input inputMode="decimal" required value={amount} onChange={(e) => setAmount(e.target.value)} />
          </label>
        </div>
      ) : (
        <label className="field">
          <span>Reason</span>
          <textarea required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
      )}
      {error && <ErrorPanel error={error} />}
      <div>
        <button type="submit" className="button primary" disabled={busy || !ready}>
          Record the decision
        </button>
      </div>
    </form>
  );
}
