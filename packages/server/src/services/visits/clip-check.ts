import type { ClipData } from '@threshold/protocol';
import { publishHomeEvent } from '../../live/home-events.js';
import { isoAt } from '../../ports.js';
import { insertAlert } from '../../store/alerts-repo.js';
import type { Db } from '../../store/db.js';
import {
  findFilledUpload,
  findSessionUpload,
  insertClipCheck,
  sessionOfUpload,
} from '../../store/device-trust-repo.js';
import type { ExpectedUploadRow } from '../../store/schema-device-trust.js';
import type { VisitDeps } from './deps.js';

// Is a camera's clip evidence of the recording it names (DESIGN.md "Every upload is expected")? It must be the bytes
// uploaded for that session, an MP4 with a video track (checked at upload, clips/mp4-check.ts), of the length the
// camera claims, and no longer than the time since the platform asked for the recording (its own clock, not the
// camera's). A clip that fails is kept, marked on its visit, and never served as evidence (docs/protocol.md §5).

/** How far the video's own duration may be from the one the camera signs. */
const DURATION_TOLERANCE_MS = (claimed: number) => Math.max(1_000, claimed / 10);
/** Slack on "no longer than since record.start" for frames buffered before the command arrived. */
const SESSION_SLACK_MS = 2_000;

/**
 * Null when the platform never asked this camera for the session: such a clip binds nothing and is not stored (else a
 * camera could attach clips to another home's visit). Otherwise `failure`: null when the clip is evidence, else why not.
 */
export async function clipVerdict(
  db: Db,
  deviceId: string,
  data: ClipData,
  receivedAt: number,
): Promise<{ failure: string | null } | null> {
  // A later segment of the session was uploaded against an expectation of its own (expectNextSegment).
  const segment = await findFilledUpload(db, deviceId, data.sha256);
  const upload =
    segment && sessionOfUpload(segment.session) === data.session
      ? segment
      : await findSessionUpload(db, deviceId, data.session);
  return upload ? { failure: uploadFailure(upload, data, receivedAt) } : null;
}

function uploadFailure(upload: ExpectedUploadRow, data: ClipData, receivedAt: number): string | null {
  if (upload.sha256 === null) return 'no clip was uploaded for that session';
  if (upload.sha256 !== data.sha256) return 'the clip named is not the one uploaded for that session';
  if (upload.check_detail !== null) return upload.check_detail;
  const media = Number(upload.media_duration_ms);
  if (Math.abs(media - data.durationMs) > DURATION_TOLERANCE_MS(data.durationMs)) {
    return `the video runs ${media} ms but the camera says ${data.durationMs} ms`;
  }
  const sinceAsked = receivedAt - Date.parse(upload.created_at);
  if (media > sinceAsked + SESSION_SLACK_MS) {
    return `the video runs ${media} ms, longer than the ${sinceAsked} ms since the recording was asked for`;
  }
  return null;
}

/** Writes the verdict with the clip (inside its transaction), and on failure the visit's mark. */
export async function recordClipCheck(
  tx: Db,
  deps: VisitDeps,
  c: { clipId: string; homeId: string; visitId: string | null; failure: string | null },
): Promise<{ id: string; kind: string; message: string } | null> {
  const at = isoAt(deps.clock.now());
  await insertClipCheck(tx, { clipId: c.clipId, ok: c.failure === null, detail: c.failure, at });
  if (c.failure === null) return null;
  const alert = {
    id: deps.ids.id('alert'),
    kind: 'clip_unverified',
    message: `The clip failed verification: ${c.failure}`,
  };
  await insertAlert(tx, { ...alert, home_id: c.homeId, visit_id: c.visitId, at, acknowledged_at: null });
  return alert;
}

export function announceClipAlert(
  deps: VisitDeps,
  homeId: string,
  visitId: string | null,
  alert: { id: string; kind: string; message: string } | null,
): void {
  if (!alert) return;
  publishHomeEvent(deps.bus, homeId, {
    type: 'home.alert',
    alertId: alert.id,
    kind: alert.kind,
    message: alert.message,
    visitId,
  });
}
