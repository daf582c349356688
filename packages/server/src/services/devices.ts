import { claimHash, normaliseClaimCode } from '@threshold/protocol';
import type { Principal } from '../policy.js';
import { isoAt } from '../ports.js';
import type { Device, Home } from '../store/schema.js';
import type { ServiceDeps } from './deps.js';
import { type PairDeps, sendPair } from './device-pair.js';
import {
  deviceKindAt,
  findAccessPointHome,
  findDevice,
  findUnclaimedByClaimHash,
  listDevicesOfHome,
  recordClaim,
} from './devices-repo.js';
import { fail, type Outcome } from './failure.js';
import { homeFor } from './home-access.js';

// Pairing (docs/protocol.md §6) and the devices of a home.

export type { DeviceCommands, PairDeps } from './device-pair.js';

/** The home an access point belongs to, if the principal may change it (hidden as "not found" otherwise). */
async function accessPointHome(deps: ServiceDeps, principal: Principal, accessPointId: string): Promise<Outcome<Home>> {
  const homeId = await findAccessPointHome(deps.db, accessPointId);
  if (homeId === undefined) return fail('not-found', 'No such access point');
  const home = await homeFor(deps, principal, homeId, 'manage_access_points');
  if (!home.ok && home.error.code === 'not-found') return fail('not-found', 'No such access point');
  return home;
}

export async function pairDevice(
  deps: PairDeps,
  principal: Principal,
  input: { claimCode: string; accessPointId: string },
): Promise<Outcome<Device>> {
  if (principal.kind !== 'user') return fail('unauthenticated', 'Sign in to pair a device');
  const code = normaliseClaimCode(input.claimCode);
  if (code === null) return fail('validation', 'A claim code is 12 characters, as printed: XXXX-XXXX-XXXX');
  const home = await accessPointHome(deps, principal, input.accessPointId);
  if (!home.ok) return home;
  return claimAt(deps, principal.userId, code, { homeId: home.value.id, accessPointId: input.accessPointId });
}

/**
 * Pairs the device waiting with this (normalised) claim code to an access point the caller was already authorised
 * for: a home's door here, a building's entrance in services/buildings (docs/buildings.md).
 */
export async function claimAt(
  deps: PairDeps,
  userId: string,
  code: string,
  at: { homeId: string; accessPointId: string },
): Promise<Outcome<Device>> {
  const input = { accessPointId: at.accessPointId };
  const hash = claimHash(code);
  const device = await findUnclaimedByClaimHash(deps.db, hash);
  if (!device) {
    return fail('not-found', 'No device is waiting to be paired with this claim code', {
      reason: 'unknown_claim_code',
    });
  }
  // A locker bank is paired to its bank at a locker site, never to a home (docs/lockers.md "Pairing a bank").
  if (device.kind === 'locker_bank') {
    return fail('conflict', "This is a locker bank's claim code: its locker operator pairs it to the bank", {
      reason: 'locker_bank_claim_code',
    });
  }
  const taken = await deviceKindAt(deps.db, input.accessPointId, device.kind);
  if (taken !== undefined) {
    return fail('conflict', `This access point already has a ${device.kind}`, { reason: 'access_point_taken' });
  }
  const sent = await sendPair(deps.gateway, device.id, code);
  if (!sent.ok) return sent;
  const claimed = await recordClaim(deps.db, {
    deviceId: device.id,
    claimHash: hash,
    homeId: at.homeId,
    accessPointId: input.accessPointId,
    userId,
    at: isoAt(deps.clock.now()),
  });
  if (!claimed) return fail('conflict', 'This device was paired meanwhile', { reason: 'already_claimed' });
  return { ok: true, value: (await findDevice(deps.db, device.id))! };
}

export async function listHomeDevices(
  deps: ServiceDeps,
  principal: Principal,
  homeId: string,
): Promise<Outcome<Device[]>> {
  const home = await homeFor(deps, principal, homeId, 'read');
  if (!home.ok) return home;
  return { ok: true, value: await listDevicesOfHome(deps.db, home.value.id) };
}

/** A device is visible to the members of the home it was paired to; an unpaired device to nobody. */
export async function getDevice(deps: ServiceDeps, principal: Principal, deviceId: string): Promise<Outcome<Device>> {
  const device = await findDevice(deps.db, deviceId);
  if (!device?.home_id) return fail('not-found', 'No such device');
  const home = await homeFor(deps, principal, device.home_id, 'read');
  if (!home.ok) return home.error.code === 'not-found' ? fail('not-found', 'No such device') : home;
  return { ok: true, value: device };
}
