import { hash } from 'node:crypto';
import type { TextSha256 } from '@threshold/core';

/**
 * node:crypto's SHA-256 for the ledger (core's TextSha256 port): core's digests at native speed. The one-shot
 * `crypto.hash` (Node ≥ 20.12; engines asks ≥ 20.19) builds no Hash object and hashes a 630-byte entry in about half
 * the time of `createHash().update().digest()` (docs/performance.md "Ledger verification, third round").
 */
export const nativeSha256: TextSha256 = (text) => hash('sha256', text, 'hex');
