import type { OpenPurpose } from '@threshold/core';
import { isoAt } from '../../ports.js';
import { withTransaction } from '../../store/db.js';
import { appendLedger } from '../../store/ledger-repo.js';
import { findSiteCamera } from '../../store/locker-pairing-repo.js';
import { findSite } from '../../store/lockers-repo.js';
import type { CompartmentRow, ReservationRow } from '../../store/schema-lockers.js';
import { fail, type Outcome } from '../failure.js';
import type { LockerBankLink } from './bank-link.js';
import { alertOperator, type LockerDeps } from './steps.js';

// The site camera (docs/lockers.md "The site camera"): at a site with a camera, a parcel's opening (a drop, a pickup,
// a return) is recorded first, as a home's door is (DESIGN.md "Visits"): the camera is told to record a session of
// the reservation and must confirm before the bank is told to open; no confirmation, no opening. The recording stops
// after the door closes, plus the post-roll.

/** One recording session per reservation and opening: `lkr_….drop`, `lkr_….pickup`, `lkr_….return`. */
export const recordingSession = (reservationId: string, purpose: OpenPurpose) => `${reservationId}.${purpose}`;

/** The reservation a site camera's session records, or null for a session of no reservation. */
export const sessionReservation = (session: string): string | null => {
  const match = /^(lkr_[A-Za-z0-9_-]+)\.(drop|pickup|return)(#\d+)?$/.exec(session);
  return match?.[1] ?? null;
};

const NOT_RECORDING = "The site's camera did not confirm it is recording, so the compartment was not opened";

/**
 * Records the opening before it is sent. Refused (a `recording_not_confirmed` conflict, a `locker.open_refused` fact
 * on the customer's ledger and a `site_camera_not_recording` alert to the operator) when the site has no camera
 * paired, or its camera is offline or does not confirm.
 */
export async function recordOpening(
  deps: LockerDeps,
  link: LockerBankLink,
  row: ReservationRow,
  compartment: CompartmentRow,
  purpose: OpenPurpose,
): Promise<Outcome<string>> {
  const camera = await findSiteCamera(deps.db, row.site_id);
  const session = recordingSession(row.id, purpose);
  const answer = camera ? await link.record(camera.device_id, session) : 'not_paired';
  if (answer === 'recording') return { ok: true, value: session };
  const site = await findSite(deps.db, row.site_id);
  const at = isoAt(deps.clock.now());
  const detail = `${NOT_RECORDING} (camera ${answer.replace('_', ' ')})`;
  await withTransaction(deps.db, async (tx) => {
    await appendLedger(tx, {
      homeId: row.home_id,
      at,
      kind: 'locker.open_refused',
      subject: row.id,
      data: { purpose, compartment: compartment.label, reason: 'recording_not_confirmed', camera: answer },
    });
    const about = { row, compartment, organisationId: site?.organisation_id ?? '', at };
    await alertOperator(tx, deps, about, { kind: 'site_camera_not_recording', detail });
  });
  return fail('conflict', NOT_RECORDING, { reason: 'recording_not_confirmed', camera: answer });
}

/** Which opening a reservation's status after its door closed ends (null: none was under way). */
const ENDED: Record<string, OpenPurpose> = { dropping: 'drop', collected: 'pickup', returned: 'return' };

/** The door of an opening closed: the site's camera records the post-roll and stops. */
export async function stopRecordingAfterClose(deps: LockerDeps, row: ReservationRow): Promise<void> {
  const purpose = ENDED[row.status];
  if (!purpose || !deps.bank) return;
  const camera = await findSiteCamera(deps.db, row.site_id);
  if (camera) await deps.bank.stopRecording(camera.device_id, recordingSession(row.id, purpose));
}
