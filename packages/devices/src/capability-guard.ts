import type { CapabilityClaims, CapabilityRejection, Result } from '@threshold/protocol';
import { DEFAULT_CAPABILITY_SKEW_S, MAX_CAPABILITY_LIFETIME_S, verifyCapability } from '@threshold/protocol';
import type { DeviceContext } from './device-context.js';

// What every device that opens on a capability does with it (docs/protocol.md §7), shared by the lock and the
// vehicle's boot: offline verification against the pinned keys, and the visit close.

export async function verifyOnDevice(
  ctx: DeviceContext,
  token: string,
): Promise<Result<CapabilityClaims, CapabilityRejection>> {
  const { flash, clock, identity } = ctx;
  const nowMs = clock();
  flash.nonces.prune(nowMs);
  flash.visits.prune(nowMs);
  const verified = await verifyCapability(token, {
    pinnedKeys: flash.pinnedKeys,
    audience: identity.id,
    nowMs,
    nonces: flash.nonces,
    visits: flash.visits,
  });
  // A used nonce and the visit's newest capability must survive a restart, or an older token could be used.
  if (verified.ok) flash.save();
  return verified;
}

/**
 * The platform says the visit is over (§7 "Closing a visit"): every capability of it is refused from now on, for
 * as long as one issued before the close could still be within its validity on this device's clock.
 */
export function closeVisitOnDevice(ctx: DeviceContext, visit: string): void {
  const { flash, clock } = ctx;
  const until = Math.ceil(clock() / 1000) + MAX_CAPABILITY_LIFETIME_S + 2 * DEFAULT_CAPABILITY_SKEW_S;
  flash.visits.close(visit, until);
  flash.save();
}
