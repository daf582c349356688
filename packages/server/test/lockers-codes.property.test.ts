import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeMatches, issuePickupCode } from '../src/services/lockers/codes.js';

// docs/lockers.md "Pickup codes": a code matches only the compartment it was made for, only exactly, and the store
// never holds the code itself.

const compartmentId = fc.stringMatching(/^lkc_[A-Za-z0-9_-]{4,22}$/);
const code = fc.stringMatching(/^[0-9]{8}$/);

describe('pickup codes (property)', () => {
  it('opens its own compartment with its own code, and no other compartment with any code', () => {
    fc.assert(
      fc.property(compartmentId, compartmentId, code, (own, other, guess) => {
        const issued = issuePickupCode(own);
        const stored = { code_salt: issued.salt, code_hash: issued.hash };
        expect(codeMatches(stored, own, issued.code)).toBe(true);
        expect(stored.code_hash).not.toContain(issued.code);
        if (other !== own) {
          expect(codeMatches(stored, other, issued.code)).toBe(false);
          expect(codeMatches(stored, other, guess)).toBe(false);
        }
        expect(codeMatches(stored, own, guess)).toBe(guess === issued.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('makes a fresh salt per code, so equal codes never share a hash', () => {
    const a = issuePickupCode('lkc_same');
    const b = issuePickupCode('lkc_same');
    expect(a.salt).not.toBe(b.salt);
    expect(codeMatches({ code_salt: null, code_hash: null }, 'lkc_same', a.code)).toBe(false);
  });
});
