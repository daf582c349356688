import { type CompartmentDoor, unheldCompartmentDoor } from '@threshold/core';
import { isoAt } from '../../ports.js';
import {
  findBankByDevice,
  findCompartmentAt,
  findCompartmentByLabel,
  findSite,
  insertLockerAlert,
  setCompartmentDoor,
} from '../../store/lockers-repo.js';
import { fail, type Outcome } from '../failure.js';
import { codeMatches } from './codes.js';
import type { ParcelOpened } from './parcel-open.js';
import { stopRecordingAfterClose } from './site-camera.js';
import { siteClosed, siteOpenCheck } from './site-hours.js';
import { applyLockerEvent, type LockerDeps, openAfterCommit } from './steps.js';

// What a locker bank reports (docs/lockers.md "The locker bank"): a compartment's door sensor, and a pickup code
// typed on its keypad or scanned from the customer's QR.

/** A door report: moves the reservation holding the compartment, or alerts the operator when none holds it. */
export async function compartmentDoor(
  deps: LockerDeps,
  bankId: string,
  position: number,
  door: CompartmentDoor,
): Promise<Outcome<{ compartmentId: string }>> {
  const compartment = await findCompartmentAt(deps.db, bankId, position);
  if (!compartment) return fail('not-found', 'The bank has no compartment at this position');
  await setCompartmentDoor(deps.db, compartment.id, door);
  if (compartment.reservation_id !== null) {
    const applied = await applyLockerEvent(deps, compartment.reservation_id, { type: 'door', door });
    if (!applied.ok) return applied;
    const closed = applied.value.effects.some((e) => e.type === 'ledger' && e.kind === 'locker.door_closed');
    if (closed) await stopRecordingAfterClose(deps, applied.value.reservation);
    return { ok: true, value: { compartmentId: compartment.id } };
  }
  const alert = unheldCompartmentDoor(door);
  if (alert) {
    const site = await findSite(deps.db, compartment.site_id);
    await insertLockerAlert(deps.db, {
      id: deps.ids.id('lkal'),
      organisation_id: site?.organisation_id ?? '',
      site_id: compartment.site_id,
      compartment_id: compartment.id,
      reservation_id: null,
      kind: alert.kind,
      detail: alert.detail,
      at: isoAt(deps.clock.now()),
    });
  }
  return { ok: true, value: { compartmentId: compartment.id } };
}

export async function compartmentDoorOfDevice(
  deps: LockerDeps,
  deviceId: string,
  position: number,
  door: CompartmentDoor,
) {
  const bank = await findBankByDevice(deps.db, deviceId);
  if (!bank) return fail('not-found', 'No locker bank has this device');
  return compartmentDoor(deps, bank.id, position, door);
}

/** Every refusal reads the same, so a guess learns nothing about which compartments hold parcels. */
const REFUSED = 'The code does not open this compartment';

/**
 * A pickup code entered at the site for one compartment. It is compared only with that compartment's reservation
 * (the compartment id is inside the MAC), so no code can open any other; a wrong one counts towards the lock-out in
 * the same compare-and-set as the reservation's step. Outside the site's opening hours no code is compared at all:
 * every code is refused alike (`site_closed`), so the answer tells nothing of the code and nothing is counted.
 */
export async function enterPickupCode(
  deps: LockerDeps,
  siteId: string,
  label: string,
  code: string,
): Promise<Outcome<{ opened: true; compartment: string; sent: ParcelOpened['sent'] | 'none' }>> {
  const site = await findSite(deps.db, siteId);
  if (!site) return fail('forbidden', REFUSED);
  const open = siteOpenCheck(site, deps.clock.now());
  if (!open.passed) return siteClosed(open);
  const compartment = await findCompartmentByLabel(deps.db, siteId, label);
  if (!compartment?.reservation_id) return fail('forbidden', REFUSED);
  let matched = false;
  const applied = await applyLockerEvent(deps, compartment.reservation_id, (row, held) => {
    matched = held.id === compartment.id && codeMatches(row, held.id, code);
    return { type: 'code', matched };
  });
  if (!applied.ok) {
    const reason = (applied.error.extra?.reason as string | undefined) ?? '';
    return fail('forbidden', reason.includes('locked out') ? `${REFUSED}: ${reason}` : REFUSED);
  }
  if (!matched) {
    const locked = applied.value.effects.some((e) => e.type === 'alert' && e.kind === 'pickup_locked_out');
    return fail('forbidden', locked ? `${REFUSED}; the compartment is now locked out` : REFUSED);
  }
  const opened = await openAfterCommit(deps, applied.value);
  if (!opened.ok) return opened;
  return { ok: true, value: { opened: true, compartment: compartment.label, sent: opened.value?.sent ?? 'none' } };
}
