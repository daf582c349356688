import { claimHash, normaliseClaimCode, pairProof } from '@threshold/protocol';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { withTransaction } from '../../store/db.js';
import { claimBankDevice, setBankDevice } from '../../store/locker-pairing-repo.js';
import { findBank, findBankByDevice } from '../../store/lockers-repo.js';
import type { LockerBankRow } from '../../store/schema-lockers.js';
import type { PairDeps } from '../devices.js';
import { findUnclaimedByClaimHash } from '../devices-repo.js';
import { fail, type Outcome } from '../failure.js';
import { siteFor } from './access.js';

// Pairing a locker bank (docs/lockers.md "Pairing a bank"): an admin of the site's operator enters the claim code
// printed on the bank; the platform pairs the device as docs/protocol.md §6 says (the signed `pair` with its proof),
// then claims it for the bank — not for a home — in one transaction of two conditional statements.

const PAIR_TIMEOUT_MS = 6_000;
const NO_DEVICE = 'No locker bank is waiting to be paired with this claim code';

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
  const code = normaliseClaimCode(input.claimCode);
  if (code === null) return fail('validation', 'A claim code is 12 characters, as printed: XXXX-XXXX-XXXX');
  const hash = claimHash(code);
  const device = await findUnclaimedByClaimHash(deps.db, hash);
  if (device?.kind !== 'locker_bank') return fail('not-found', NO_DEVICE, { reason: 'unknown_claim_code' });
  const serving = await findBankByDevice(deps.db, device.id);
  if ((bank.device_id !== null && bank.device_id !== device.id) || (serving && serving.id !== bank.id)) {
    return fail('conflict', 'This bank or this device is already paired elsewhere', { reason: 'bank_taken' });
  }
  const keys = deps.gateway.keys().publicKeys;
  const result = await deps.gateway.sendCommand(
    device.id,
    'pair',
    (id) => ({ keys, proof: pairProof(code, { device: device.id, id, keys }) }),
    { timeoutMs: PAIR_TIMEOUT_MS },
  );
  if (!result.ok) {
    const reason = result.error === 'rejected' ? (result.ack?.reason ?? 'rejected') : result.error;
    return fail('conflict', `The locker bank did not pair (${reason})`, { reason: `device_${reason}` });
  }
  const at = isoAt(deps.clock.now());
  const claimed = await withTransaction(deps.db, async (tx) => {
    const ok =
      (await claimBankDevice(tx, { deviceId: device.id, claimHash: hash, userId: principal.userId, at })) &&
      (await setBankDevice(tx, bank.id, device.id));
    if (!ok) throw new PairedMeanwhile();
    return true;
  }).catch((error: unknown) => {
    if (error instanceof PairedMeanwhile) return false;
    throw error;
  });
  if (!claimed) return fail('conflict', 'This device or bank was paired meanwhile', { reason: 'already_claimed' });
  return { ok: true, value: { ...bank, device_id: device.id } };
}

class PairedMeanwhile extends Error {}
