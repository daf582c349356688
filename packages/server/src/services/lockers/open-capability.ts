import { issueCapability, newNonce } from '@threshold/protocol';
import { platformKeys } from '../platform-keys.js';
import type { LockerDeps } from './steps.js';

// The capability a bank needs to open a compartment for a parcel (docs/protocol-locker.md §3): the platform's signed
// JWS with `aud` the bank, `sub` the reservation, valid one minute, checked by the bank offline like a lock's (§7).
// Its `iat` is the one the opening's step stored, so the bank never takes a later opening for a superseded one.

const OPEN_TTL_S = 60;

export async function openCapability(
  deps: LockerDeps,
  deviceId: string,
  reservationId: string,
  /** The `iat` the opening's step chose (steps.ts `nextOpenIat`): strictly newer than the reservation's last one. */
  iatSeconds: number,
): Promise<{ token: string; nonce: string }> {
  const nonce = newNonce();
  const { signer } = await platformKeys(deps.db, deps);
  const token = await issueCapability(signer, {
    lock: deviceId,
    visit: reservationId,
    nonce,
    nowMs: iatSeconds * 1000,
    ttlSeconds: OPEN_TTL_S,
  });
  return { token, nonce };
}
