import type { Parcel } from '../../api/lockers.js';
import type { Tone } from '../../ui/status.js';

// A parcel's reservation status (docs/lockers.md "A reservation's life") in the customer's words.

export const PARCEL_WORDS: Record<string, { label: string; tone: Tone }> = {
  reserved: { label: 'On its way to the locker', tone: 'neutral' },
  dropping: { label: 'Being put in the locker', tone: 'info' },
  stored: { label: 'Waiting for you', tone: 'good' },
  collecting: { label: 'Opened with your code', tone: 'info' },
  collected: { label: 'Collected', tone: 'neutral' },
  expired: { label: 'Not collected in time: going back to the sender', tone: 'warn' },
  returning: { label: 'Being taken back by the carrier', tone: 'warn' },
  returned: { label: 'Returned to the sender', tone: 'neutral' },
  cancelled: { label: 'Cancelled by the carrier', tone: 'neutral' },
};

export const parcelWords = (status: string) => PARCEL_WORDS[status] ?? { label: status, tone: 'neutral' as Tone };

/** Whether a code may be asked for now (core `codeIssueRefusal`): a stored parcel, not locked out, not past expiry. */
export const mayAskForCode = (p: Parcel, now: number) =>
  p.status === 'stored' && !p.lockedOut && (p.expiresAt === null || Date.parse(p.expiresAt) > now);

/** Statuses in which the parcel is still in, or headed for, the locker: listed first. */
const ACTIVE = new Set(['reserved', 'dropping', 'stored', 'collecting', 'expired', 'returning']);
export const isActive = (p: Parcel) => ACTIVE.has(p.status);

/**
 * The instant `date` (YYYY-MM-DD, from a date input) at the same local time of day as `expiresAt`: a hold moves the
 * pickup by whole days.
 */
export function holdUntil(expiresAt: string, date: string): string | null {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return null;
  const at = new Date(expiresAt);
  at.setFullYear(y, m - 1, d);
  return at.toISOString();
}

/** A date input's value (YYYY-MM-DD, local) for an instant. */
export function dateInputValue(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
