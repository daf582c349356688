import type { ClipData, EventEnvelope } from '@threshold/protocol';
import { publishHomeEvent } from '../../live/home-events.js';
import { isoAt } from '../../ports.js';
import { insertClip } from '../../store/clips-repo.js';
import { findVisitRow } from '../../store/visits-repo.js';
import { recordedReservation } from '../lockers/clips.js';
import { announceClipAlert, clipVerdict, recordClipCheck } from './clip-check.js';
import type { VisitDeps } from './deps.js';
import { deviceDoor } from './door-devices.js';
import { recordFact } from './facts.js';

/** The camera's public key as pinned when it was paired (the key its events are verified with). */
async function pinnedDeviceKey(deps: VisitDeps, deviceId: string): Promise<string | null> {
  const device = await deps.db.selectFrom('devices').select('public_key').where('id', '=', deviceId).executeTakeFirst();
  return device?.public_key ?? null;
}

/**
 * The camera's signed `clip` event binds an uploaded hash to a recording session (docs/protocol.md §5), and so to
 * the visit whose id is the session. The row, its verification and the `clip.stored` fact with its SHA-256 commit
 * together; a clip that fails verification also marks its visit (clip-check.ts).
 */
export async function storeClip(
  deps: VisitDeps,
  deviceId: string,
  data: ClipData,
  signed?: EventEnvelope<'clip'>,
): Promise<void> {
  // Checked before anything is written: the verdict commits with the clip and its ledger fact (clip-check.ts).
  const verdict = await clipVerdict(deps.db, deviceId, data, deps.clock.now());
  if (!verdict) {
    deps.log.info({ deviceId, session: data.session }, 'clip for a session never asked of this camera: ignored');
    return;
  }
  const { failure } = verdict;
  const door = await deviceDoor(deps.db, deviceId);
  const visit = await findVisitRow(deps.db, data.session);
  // A locker site camera's clip belongs to the customer whose parcel's opening it recorded (docs/lockers.md).
  const homeId =
    visit?.home_id ?? door?.homeId ?? (await recordedReservation(deps.db, deviceId, data.session))?.home_id;
  if (!homeId) return; // an unpaired camera's clip belongs to no home
  const row = {
    id: deps.ids.id('clip'),
    home_id: homeId,
    visit_id: visit?.home_id === homeId ? visit.id : null,
    device_id: deviceId,
    session: data.session,
    sha256: data.sha256,
    bytes: data.bytes,
    duration_ms: data.durationMs,
    started_at: isoAt(data.startedAt),
    ended_at: isoAt(data.endedAt),
    created_at: isoAt(deps.clock.now()),
    // Kept as evidence the platform cannot forge: the camera's own signature over this hash (docs/ledger.md §7).
    device_event: signed ? JSON.stringify(signed) : null,
    device_key: signed ? await pinnedDeviceKey(deps, deviceId) : null,
  };
  const facts = {
    visitId: row.visit_id,
    deviceId,
    session: data.session,
    sha256: data.sha256,
    bytes: data.bytes,
    durationMs: data.durationMs,
    verified: failure === null,
    ...(failure === null ? {} : { verificationFailure: failure }),
  };
  let alert: Awaited<ReturnType<typeof recordClipCheck>> = null;
  const entry = await recordFact(deps, { homeId, subject: row.id, kind: 'clip.stored', data: facts }, async (tx) => {
    await insertClip(tx, row);
    alert = await recordClipCheck(tx, deps, { clipId: row.id, homeId, visitId: row.visit_id, failure });
  });
  announceClipAlert(deps, homeId, row.visit_id, alert);
  // The visit's page shows its footage the moment it is stored, without a reload (a visit is usually closed by then).
  if (visit && row.visit_id) {
    publishHomeEvent(deps.bus, homeId, { type: 'home.visit', visitId: visit.id, state: visit.state, entry });
  }
}
