import { issueCapability, newNonce } from '@threshold/protocol';
import { platformKeys } from '../platform-keys.js';
import type { LockerDeps } from './steps.js';

// The capability a bank needs to open a compartment for a parcel (docs/protocol-locker.md §3): the platform's signed
// JWS with `aud` the bank, `sub` the reservation, valid one minute, checked by the bank offline like a lock's (§7).

const OPEN_TTL_S = 60;

export async function openCapability(
  deps: LockerDeps,
  deviceId: string,
  reservationId: string,
): Promise<{ token: string; nonce: string }> {
  const nonce = newNonce();
  const { signer } = await platformKeys(deps.db, deps);
  const token = await issueCapability(signer, {
    lock: deviceId,
    visit: reservationId,
    nonce,
    nowMs: deps.clock.now(),
    ttlSeconds: OPEN_TTL_S,
  });
  return { token, nonce };
}
