import type { Claim, ClaimKind, ClaimState } from '../api/claims.js';
import type { Tone } from '../ui/status.js';

// A claim's kind, state and decision in the words a customer and a support person read (docs/claims.md "States").

export const KIND_WORDS: Record<ClaimKind, string> = {
  damage: 'Something was damaged',
  missing_item: 'Something is missing',
  door_left_open: 'The door was left open',
  privacy: 'My privacy was not respected',
  other: 'Something else',
};

export const STATE_WORDS: Record<ClaimState, [string, Tone]> = {
  open: ['Waiting for support', 'info'],
  in_review: ['Support is reviewing it', 'info'],
  needs_info: ['Support needs more from you', 'warn'],
  resolved: ['Decided', 'good'],
  closed: ['Closed', 'neutral'],
};

/** "EUR 45.00" in the viewer's locale; minor units are cents for the currencies we pay in. */
export function formatMoney(amount: { currency: string; minor: number }): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: amount.currency }).format(
      amount.minor / 100,
    );
  } catch {
    return `${amount.currency} ${(amount.minor / 100).toFixed(2)}`;
  }
}

export function decisionWords(resolution: Claim['resolution']): string | null {
  if (!resolution) return null;
  return resolution.outcome === 'upheld'
    ? `Upheld: ${formatMoney(resolution.amount)} to be paid.`
    : `Rejected: ${resolution.reason}`;
}
