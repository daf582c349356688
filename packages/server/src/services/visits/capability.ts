import type { CapabilityGrant } from '@threshold/core';
import { issueCapability, newNonce } from '@threshold/protocol';
import { isoAt } from '../../ports.js';
import { CAPABILITY_TTL_SECONDS, type VisitDeps } from './deps.js';

// The unlock capability (DESIGN.md "Unlock capability", docs/protocol.md §7). The visit machine decides whether one
// may be issued and records its nonce and validity (core visit-capability.ts); this signs it. The ledger records its
// nonce, key and validity, never the token: the entry is evidence of what was issued without being usable by whoever
// reads it.

export interface IssuedCapability {
  token: string;
  /** What the `capability.issued` ledger fact records besides what the visit machine put there. */
  facts: { nonce: string; kid: string; lockId: string; expiresAt: string };
}

/** A fresh nonce and validity from now, in whole seconds as the token carries them. */
export function capabilityGrant(deps: Pick<VisitDeps, 'clock'>): CapabilityGrant {
  const iat = Math.floor(deps.clock.now() / 1000);
  return { jti: newNonce(), issuedAtMs: iat * 1000, expiresAtMs: (iat + CAPABILITY_TTL_SECONDS) * 1000 };
}

export async function issueVisitCapability(
  deps: Pick<VisitDeps, 'gateway'>,
  visitId: string,
  lockId: string,
  grant: CapabilityGrant,
): Promise<IssuedCapability> {
  const signer = deps.gateway.keys().signer;
  const token = await issueCapability(signer, {
    lock: lockId,
    visit: visitId,
    nonce: grant.jti,
    nowMs: grant.issuedAtMs,
    ttlSeconds: Math.round((grant.expiresAtMs - grant.issuedAtMs) / 1000),
  });
  const facts = { nonce: grant.jti, kid: signer.kid, lockId, expiresAt: isoAt(grant.expiresAtMs) };
  return { token, facts };
}
