import { lockerClipPolicy, type Principal } from '../../policy.js';
import type { Db } from '../../store/db.js';
import { findCameraSite } from '../../store/locker-pairing-repo.js';
import { findReservation } from '../../store/lockers-repo.js';
import type { ServiceDeps } from '../deps.js';
import { denied, fail, type Outcome } from '../failure.js';
import type { HomeReader } from '../ledger-access.js';
import { reservationFor } from './access.js';
import { sessionReservation } from './site-camera.js';

// The footage of locker openings (docs/lockers.md "The site camera"): a site camera's clip belongs to the customer
// whose parcel it is (it lands in that home's ledger) and is seen by that household and the site's operator
// (lockerClipPolicy); the look is logged like any look at a clip.

/** The reservation a site camera recorded in `session`, when the camera is that reservation's site's. */
export async function recordedReservation(db: Db, deviceId: string, session: string) {
  const reservationId = sessionReservation(session);
  if (reservationId === null) return undefined;
  const [camera, reservation] = await Promise.all([findCameraSite(db, deviceId), findReservation(db, reservationId)]);
  return camera && reservation?.site_id === camera.site_id ? reservation : undefined;
}

export interface LockerClip {
  id: string;
  session: string;
  sha256: string;
  bytes: number;
  durationMs: number;
  startedAt: string;
  endedAt: string;
}

/** The clips of a reservation's openings, oldest first, for the household and the operator's members. */
export async function listReservationClips(
  deps: ServiceDeps,
  principal: Principal,
  reservationId: string,
): Promise<Outcome<LockerClip[]>> {
  const found = await reservationFor(deps.db, principal, reservationId);
  if (!found.ok) return found;
  const decision = lockerClipPolicy(principal, found.value.relations);
  if (!decision.allowed) return denied(decision, 'locker reservation');
  const camera = await deps.db
    .selectFrom('locker_site_cameras')
    .select('device_id')
    .where('site_id', '=', found.value.reservation.site_id)
    .executeTakeFirst();
  if (!camera) return { ok: true, value: [] };
  const rows = await deps.db
    .selectFrom('clips')
    .selectAll()
    .where('device_id', '=', camera.device_id)
    .where('home_id', '=', found.value.reservation.home_id)
    .orderBy('started_at')
    .orderBy('id')
    .execute();
  const clips = rows
    .filter((r) => sessionReservation(r.session) === reservationId)
    .map((r) => ({
      id: r.id,
      session: r.session,
      sha256: r.sha256,
      bytes: Number(r.bytes),
      durationMs: Number(r.duration_ms),
      startedAt: r.started_at,
      endedAt: r.ended_at,
    }));
  return { ok: true, value: clips };
}

/**
 * A member of the site's operator watching a locker clip (the household reaches it as any home member does). Not a
 * locker clip, or no relation: "not found"; the carrier or courier: "forbidden".
 */
export async function operatorClipReader(
  deps: ServiceDeps,
  principal: Principal,
  clip: { homeId: string | null; deviceId: string; session: string },
): Promise<Outcome<HomeReader>> {
  const reservation = clip.homeId ? await recordedReservation(deps.db, clip.deviceId, clip.session) : undefined;
  if (!reservation || reservation.home_id !== clip.homeId) return fail('not-found', 'No such clip');
  const found = await reservationFor(deps.db, principal, reservation.id);
  if (!found.ok) return fail('not-found', 'No such clip');
  const decision = lockerClipPolicy(principal, found.value.relations);
  if (!decision.allowed) return denied(decision, 'clip');
  return { ok: true, value: { homeId: reservation.home_id, as: 'operator', purpose: null } };
}
