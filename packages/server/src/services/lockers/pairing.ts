import { claimHash, normaliseClaimCode } from '@threshold/protocol';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { type Db, withTransaction } from '../../store/db.js';
import {
  claimSiteDevice,
  findCameraSite,
  findSiteCamera,
  setBankDevice,
  setSiteCamera,
} from '../../store/locker-pairing-repo.js';
import { findBank, findBankByDevice } from '../../store/lockers-repo.js';
import type { LockerBankRow, LockerSiteCameraRow } from '../../store/schema-lockers.js';
import { type PairDeps, sendPair } from '../device-pair.js';
import { findUnclaimedByClaimHash } from '../devices-repo.js';
import { fail, type Outcome } from '../failure.js';
import { siteFor } from './access.js';

// Pairing a locker site's devices (docs/lockers.md "Pairing a bank", "The site camera"): an admin of the site's
// operator enters the claim code printed on the bank or the camera; the platform pairs the device as
// docs/protocol.md §6 says (the signed `pair` with its proof), then claims it for the bank or the site — not for a
// home — in one transaction of two conditional statements.

const BAD_CODE = 'A claim code is 12 characters, as printed: XXXX-XXXX-XXXX';

interface SiteClaim {
  kind: 'locker_bank' | 'camera';
  /** Refuses when the bank or site already has another device, or the device serves another one. */
  taken(deviceId: string): Promise<boolean>;
  /** The conditional statement that names the device at the site, in the claim's transaction. */
  attach(tx: Db, deviceId: string, at: string): Promise<boolean>;
}

async function claimForSite(
  deps: PairDeps,
  userId: string,
  claimCode: string,
  claim: SiteClaim,
): Promise<Outcome<string>> {
  const code = normaliseClaimCode(claimCode);
  if (code === null) return fail('validation', BAD_CODE);
  const hash = claimHash(code);
  const device = await findUnclaimedByClaimHash(deps.db, hash);
  const what = claim.kind === 'camera' ? 'camera' : 'locker bank';
  if (device?.kind !== claim.kind) {
    return fail('not-found', `No ${what} is waiting to be paired with this claim code`, {
      reason: 'unknown_claim_code',
    });
  }
  if (await claim.taken(device.id)) {
    return fail('conflict', `This ${what} or this device is already paired elsewhere`, { reason: 'site_device_taken' });
  }
  const sent = await sendPair(deps.gateway, device.id, code);
  if (!sent.ok) return sent;
  const at = isoAt(deps.clock.now());
  const claimed = await withTransaction(deps.db, async (tx) => {
    const ok =
      (await claimSiteDevice(tx, { deviceId: device.id, kind: claim.kind, claimHash: hash, userId, at })) &&
      (await claim.attach(tx, device.id, at));
    if (!ok) throw new PairedMeanwhile();
    return true;
  }).catch((error: unknown) => {
    if (error instanceof PairedMeanwhile) return false;
    throw error;
  });
  if (!claimed) return fail('conflict', 'This device was paired meanwhile', { reason: 'already_claimed' });
  return { ok: true, value: device.id };
}

class PairedMeanwhile extends Error {}

export async function pairBank(
  deps: PairDeps,
  principal: Principal,
  input: { siteId: string; bankId: string; claimCode: string },
): Promise<Outcome<LockerBankRow>> {
  const site = await siteFor(deps.db, principal, input.siteId, 'manage');
  if (!site.ok) return site;
  if (principal.kind !== 'user') return fail('forbidden', 'Only an admin of the locker operator may do this');
  const bank = await findBank(deps.db, input.bankId);
  if (bank?.site_id !== input.siteId) return fail('not-found', 'No such locker bank');
  const paired = await claimForSite(deps, principal.userId, input.claimCode, {
    kind: 'locker_bank',
    async taken(deviceId) {
      const serving = await findBankByDevice(deps.db, deviceId);
      return (
        (bank.device_id !== null && bank.device_id !== deviceId) || (serving !== undefined && serving.id !== bank.id)
      );
    },
    attach: (tx, deviceId) => setBankDevice(tx, bank.id, deviceId),
  });
  return paired.ok ? { ok: true, value: { ...bank, device_id: paired.value } } : paired;
}

/** The site's camera: it records every parcel's opening there before the bank is told to open (site-camera.ts). */
export async function pairSiteCamera(
  deps: PairDeps,
  principal: Principal,
  input: { siteId: string; claimCode: string },
): Promise<Outcome<LockerSiteCameraRow>> {
  const site = await siteFor(deps.db, principal, input.siteId, 'manage');
  if (!site.ok) return site;
  if (principal.kind !== 'user') return fail('forbidden', 'Only an admin of the locker operator may do this');
  if (site.value.has_camera !== 1) {
    return fail('conflict', 'The site is registered without a camera', { reason: 'site_has_no_camera' });
  }
  const row = (deviceId: string, at: string) => ({
    site_id: input.siteId,
    device_id: deviceId,
    paired_by: principal.userId,
    paired_at: at,
  });
  let pairedAt = '';
  const paired = await claimForSite(deps, principal.userId, input.claimCode, {
    kind: 'camera',
    async taken(deviceId) {
      const [current, serving] = await Promise.all([
        findSiteCamera(deps.db, input.siteId),
        findCameraSite(deps.db, deviceId),
      ]);
      return current !== undefined || serving !== undefined;
    },
    attach: (tx, deviceId, at) => {
      pairedAt = at;
      return setSiteCamera(tx, row(deviceId, at));
    },
  });
  return paired.ok ? { ok: true, value: row(paired.value, pairedAt) } : paired;
}
