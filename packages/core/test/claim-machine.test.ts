import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLAIM_STATES,
  type ClaimEvent,
  type ClaimStatus,
  claimTransition,
  newClaim,
  resolutionProblem,
} from '../src/claim-machine.js';

const upheld = { outcome: 'upheld' as const, amount: { currency: 'EUR', minor: 4500 } };
const run = (events: ClaimEvent[], start: ClaimStatus = newClaim()) =>
  events.reduce<ClaimStatus>((claim, event) => {
    const next = claimTransition(claim, event);
    if (!next.ok) throw new Error(next.reason);
    return next.claim;
  }, start);

describe('claim machine', () => {
  it('walks open → in review → needs info → open → in review → resolved → closed', () => {
    const claim = run([
      { type: 'assign', staffId: 's1' },
      { type: 'request_info', staffId: 's1' },
      { type: 'message', from: 'carrier' },
      { type: 'message', from: 'customer' },
      { type: 'assign', staffId: 's1' },
      { type: 'decide', staffId: 's1', resolution: upheld },
      { type: 'close' },
    ]);
    expect(claim).toEqual({ state: 'closed', assignee: 's1', resolution: upheld });
  });

  it('refuses a decision by anyone but the assignee, and one before review', () => {
    expect(claimTransition(newClaim(), { type: 'decide', staffId: 's1', resolution: upheld })).toMatchObject({
      ok: false,
    });
    const inReview = run([{ type: 'assign', staffId: 's1' }]);
    expect(claimTransition(inReview, { type: 'decide', staffId: 's2', resolution: upheld })).toEqual({
      ok: false,
      reason: 'the claim is not assigned to you',
    });
    expect(claimTransition(inReview, { type: 'close' })).toMatchObject({ ok: false });
  });

  it('checks the resolution: a positive whole amount in a currency code, or a reason', () => {
    expect(resolutionProblem(upheld)).toBeNull();
    expect(resolutionProblem({ outcome: 'upheld', amount: { currency: 'eur', minor: 1 } })).toMatch(/currency/);
    expect(resolutionProblem({ outcome: 'upheld', amount: { currency: 'EUR', minor: 0 } })).toMatch(/amount/);
    expect(resolutionProblem({ outcome: 'upheld', amount: { currency: 'EUR', minor: 1.5 } })).toMatch(/amount/);
    expect(resolutionProblem({ outcome: 'rejected', reason: ' ' })).toMatch(/reason/);
  });
});

const staff = fc.constantFrom('s1', 's2');
const events: fc.Arbitrary<ClaimEvent> = fc.oneof(
  staff.map((staffId) => ({ type: 'assign' as const, staffId })),
  staff.map((staffId) => ({ type: 'request_info' as const, staffId })),
  fc.constantFrom('customer', 'carrier', 'support').map((from) => ({ type: 'message' as const, from })),
  fc.tuple(staff, fc.boolean()).map(([staffId, up]) => ({
    type: 'decide' as const,
    staffId,
    resolution: up ? upheld : { outcome: 'rejected' as const, reason: 'no damage on the clip' },
  })),
  fc.constant<ClaimEvent>({ type: 'close' }),
);

describe('claim machine properties', () => {
  it('never skips resolution, keeps the resolution once made, and treats closed as terminal', () => {
    fc.assert(
      fc.property(fc.array(events, { maxLength: 40 }), (sequence) => {
        let claim = newClaim();
        let resolvedBefore = false;
        for (const event of sequence) {
          const next = claimTransition(claim, event);
          if (claim.state === 'closed') expect(next.ok).toBe(false);
          if (!next.ok) continue;
          expect(CLAIM_STATES).toContain(next.claim.state);
          // Closed is reached only from resolved; resolved only by a decision of the assignee in review.
          if (next.claim.state === 'closed') expect(claim.state).toBe('resolved');
          if (next.claim.state === 'resolved' && claim.state !== 'resolved') {
            expect(event.type).toBe('decide');
            expect(claim.state).toBe('in_review');
            expect(claim.assignee).toBe((event as { staffId: string }).staffId);
          }
          if (resolvedBefore) {
            expect(['resolved', 'closed']).toContain(next.claim.state);
            expect(next.claim.resolution).toEqual(claim.resolution);
          }
          expect(next.claim.resolution !== null).toBe(['resolved', 'closed'].includes(next.claim.state));
          resolvedBefore ||= next.claim.state === 'resolved';
          claim = next.claim;
        }
      }),
      { numRuns: 500 },
    );
  });
});
