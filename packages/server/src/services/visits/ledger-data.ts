// The ledger accepts canonical JSON only (docs/ledger.md "Canonical JSON"): no fractions, no undefined. Check
// evidence carries fractions (distances, accuracies), so they are recorded as their decimal text, which loses nothing.

export function toLedgerData(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : String(value);
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : toLedgerData(v)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toLedgerData(v);
    return out;
  }
  return value;
}

export function ledgerRecord(value: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return toLedgerData(value) as Record<string, unknown>;
}
