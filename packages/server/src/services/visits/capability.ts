import { issueCapability, newNonce } from '@threshold/protocol';
import { isoAt } from '../../ports.js';
import { CAPABILITY_TTL_SECONDS, type VisitDeps } from './deps.js';

// The unlock capability (DESIGN.md "Unlock capability", docs/protocol.md §7). The ledger records its nonce, key and
// validity, never the token: the entry is evidence of what was issued without being usable by whoever reads it.

export interface IssuedCapability {
  token: string;
  /** What the `capability.issued` ledger fact records. */
  facts: { nonce: string; kid: string; lockId: string; expiresAt: string };
}

export async function issueVisitCapability(
  deps: Pick<VisitDeps, 'gateway' | 'clock'>,
  visitId: string,
  lockId: string,
): Promise<IssuedCapability> {
  const signer = deps.gateway.keys().signer;
  const nowMs = deps.clock.now();
  const nonce = newNonce();
  const token = await issueCapability(signer, {
    lock: lockId,
    visit: visitId,
    nonce,
    nowMs,
    ttlSeconds: CAPABILITY_TTL_SECONDS,
  });
  const expiresAt = isoAt((Math.floor(nowMs / 1000) + CAPABILITY_TTL_SECONDS) * 1000);
  return { token, facts: { nonce, kid: signer.kid, lockId, expiresAt } };
}
