import type { OpenPurpose } from '@threshold/core';
import { isoAt } from '../../ports.js';
import { appendLedger } from '../../store/ledger-repo.js';
import { findBank, findSite } from '../../store/lockers-repo.js';
import type { CompartmentRow, ReservationRow } from '../../store/schema-lockers.js';
import type { Outcome } from '../failure.js';
import { openCapability } from './open-capability.js';
import { recordOpening } from './site-camera.js';
import type { LockerDeps } from './steps.js';

// A parcel's opening (docs/lockers.md "Drop", "Pickup codes", "The site camera"): the courier's drop or return, the
// customer's pickup. At a site with a camera the camera confirms it records first; then the bank receives
// `locker.open` with a capability bound to itself and this reservation for a minute, and `locker.open_sent` names
// its nonce. With no bank device or no link to it, nothing is sent (`offline`) and nothing needs recording; a bank
// that refuses the command is answered as `refused` with its reason, and a `locker.open_refused` fact names it.

export interface ParcelOpened {
  /** `refused`: the bank answered and did not open (`refused` says why); `offline`: nothing reached it. */
  sent: 'sent' | 'offline' | 'refused';
  refused: string | null;
  recording: boolean;
  capabilityId: string | null;
}

export async function openParcel(
  deps: LockerDeps,
  row: ReservationRow,
  compartment: CompartmentRow,
  purpose: OpenPurpose,
): Promise<Outcome<ParcelOpened>> {
  const [site, bank] = await Promise.all([findSite(deps.db, row.site_id), findBank(deps.db, compartment.bank_id)]);
  const recording = site?.has_camera === 1;
  const deviceId = bank?.device_id ?? null;
  const link = deviceId === null ? undefined : deps.bank;
  let session: string | null = null;
  if (link && recording) {
    const recorded = await recordOpening(deps, link, row, compartment, purpose);
    if (!recorded.ok) return recorded;
    session = recorded.value;
  }
  const issued = deviceId === null ? null : await openCapability(deps, deviceId, row.id, Number(row.open_iat));
  const record = (kind: string, data: Record<string, unknown>) =>
    appendLedger(deps.db, { homeId: row.home_id, at: isoAt(deps.clock.now()), kind, subject: row.id, data });
  await record('locker.open_sent', {
    purpose,
    compartment: compartment.label,
    capability: issued?.nonce ?? null,
    recording,
    ...(session === null ? {} : { session }),
  });
  const sent =
    link && deviceId !== null
      ? await link.open({
          deviceId,
          position: compartment.position,
          purpose,
          reservationId: row.id,
          capability: issued?.token ?? null,
        })
      : 'offline';
  const capabilityId = issued?.nonce ?? null;
  if (typeof sent === 'string') return { ok: true, value: { sent, refused: null, recording, capabilityId } };
  await record('locker.open_refused', {
    purpose,
    compartment: compartment.label,
    reason: 'bank_refused',
    bank: sent.refused,
    capability: capabilityId,
  });
  return { ok: true, value: { sent: 'refused', refused: sent.refused, recording, capabilityId } };
}
