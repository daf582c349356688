// A customer's claim about a visit (docs/claims.md): a pure, total transition. The service that calls it writes the
// new state, the ledger fact and the notices in one transaction; nothing here reads a clock or a store.
//
//   open → in_review → needs_info → open → … → in_review → resolved (upheld | rejected) → closed
//
// Only staff move a claim into review, ask for information and decide; the customer's answer to a question moves it
// back to `open`. A claim is closed only once resolved, and a closed claim accepts nothing.

export type ClaimState = 'open' | 'in_review' | 'needs_info' | 'resolved' | 'closed';

export const CLAIM_STATES: readonly ClaimState[] = ['open', 'in_review', 'needs_info', 'resolved', 'closed'];

export const CLAIM_KINDS = ['damage', 'missing_item', 'door_left_open', 'privacy', 'other'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** An amount of money in the currency's minor unit (cents), never a fraction (ledger facts are canonical JSON). */
export interface Money {
  currency: string;
  minor: number;
}

export type ClaimResolution = { outcome: 'upheld'; amount: Money } | { outcome: 'rejected'; reason: string };

export interface ClaimStatus {
  state: ClaimState;
  /** The staff member the claim is assigned to, or null. */
  assignee: string | null;
  resolution: ClaimResolution | null;
}

export type ClaimAuthor = 'customer' | 'carrier' | 'support';

export type ClaimEvent =
  | { type: 'assign'; staffId: string }
  | { type: 'request_info'; staffId: string }
  | { type: 'message'; from: ClaimAuthor }
  | { type: 'decide'; staffId: string; resolution: ClaimResolution }
  | { type: 'close' };

export type ClaimTransition = { ok: true; claim: ClaimStatus; changed: boolean } | { ok: false; reason: string };

const refuse = (reason: string): ClaimTransition => ({ ok: false, reason });
const to = (claim: ClaimStatus, changes: Partial<ClaimStatus>): ClaimTransition => {
  const next = { ...claim, ...changes };
  return { ok: true, claim: next, changed: next.state !== claim.state || next.assignee !== claim.assignee };
};

function assigned(claim: ClaimStatus, staffId: string): string | null {
  if (claim.assignee !== staffId) return 'the claim is not assigned to you';
  return null;
}

/** The claim after `event`, or why the event is refused in its state. */
export function claimTransition(claim: ClaimStatus, event: ClaimEvent): ClaimTransition {
  if (claim.state === 'closed') return refuse('the claim is closed');
  switch (event.type) {
    case 'assign':
      if (claim.state === 'resolved') return refuse('the claim is already resolved');
      if (claim.state === 'needs_info') return refuse('the claim awaits the customer');
      return to(claim, { state: 'in_review', assignee: event.staffId });
    case 'request_info': {
      if (claim.state !== 'in_review') return refuse(`a claim ${claim.state.replace('_', ' ')} cannot ask for more`);
      const why = assigned(claim, event.staffId);
      return why ? refuse(why) : to(claim, { state: 'needs_info' });
    }
    case 'message':
      // The customer's answer to a question puts the claim back in the queue; other messages change no state.
      return event.from === 'customer' && claim.state === 'needs_info' ? to(claim, { state: 'open' }) : to(claim, {});
    case 'decide': {
      if (claim.state !== 'in_review') return refuse('only a claim in review can be decided');
      const why = assigned(claim, event.staffId) ?? resolutionProblem(event.resolution);
      return why ? refuse(why) : to(claim, { state: 'resolved', resolution: event.resolution });
    }
    case 'close':
      return claim.state === 'resolved' ? to(claim, { state: 'closed' }) : refuse('only a resolved claim is closed');
  }
}

/** An upheld claim pays a positive whole amount in a three-letter currency; a rejected one says why. */
export function resolutionProblem(resolution: ClaimResolution): string | null {
  if (resolution.outcome === 'rejected') return resolution.reason.trim() === '' ? 'a rejection needs a reason' : null;
  const { currency, minor } = resolution.amount;
  if (!/^[A-Z]{3}$/.test(currency)) return 'the currency is a three-letter ISO 4217 code';
  if (!Number.isSafeInteger(minor) || minor <= 0) return 'the amount is a positive whole number of minor units';
  return null;
}

export const newClaim = (): ClaimStatus => ({ state: 'open', assignee: null, resolution: null });
