import { createHash } from 'node:crypto';
import type { TextSha256 } from '@threshold/core';

/** node:crypto's SHA-256 for the ledger (core's TextSha256 port): core's digests at native speed (docs/performance.md "Core"). */
export const nativeSha256: TextSha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
