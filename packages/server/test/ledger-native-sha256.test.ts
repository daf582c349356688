import { createHash } from 'node:crypto';
import { nextEntry, textSha256 } from '@threshold/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nativeSha256 } from '../src/crypto/sha256.js';

// The server hashes ledger entries with node:crypto's one-shot `hash`; it must give core's digest for every text, or
// the server's chain and an independent verifier's (packages/verify, core's own SHA-256) would disagree.

describe('nativeSha256', () => {
  it('is the SHA-256 of the UTF-8 bytes, as core and createHash compute it, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        const digest = nativeSha256(text);
        expect(digest).toBe(textSha256(text));
        expect(digest).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
  });

  it('hashes the empty text and one entry as core does', () => {
    expect(nativeSha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const input = { homeId: 'hom_1', at: '2026-06-01T09:00:00.000Z', kind: 'visit.arrived', subject: null };
    const fact = { ...input, data: { name: 'Zoë 🚪', seq: 7 } };
    expect(nextEntry(null, fact, nativeSha256)).toEqual(nextEntry(null, fact));
  });
});
