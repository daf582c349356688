import type { Readable } from 'node:stream';
import { deviceKindOf } from '@threshold/protocol';
import { type ClipStore, clipBytes } from '../clips/clip-store.js';
import { checkMp4 } from '../clips/mp4-check.js';
import { isoAt, type Result } from '../ports.js';
import { withLazyCommit } from '../store/db.js';
import {
  bumpDeviceWindow,
  expectNextSegment,
  fillUpload,
  findFilledUpload,
  findOpenUpload,
} from '../store/device-trust-repo.js';
import { findCameraSite } from '../store/locker-pairing-repo.js';
import type { ServiceDeps } from './deps.js';
import { findDevice } from './devices-repo.js';

// Every upload is expected (DESIGN.md "Trust rules"; docs/protocol.md §5): a paired camera, for a session the
// platform asked it to record, bounded in size and rate; the bytes are checked to be an MP4 with a video track.

export const UPLOAD_LIMITS = {
  /** Bytes per clip (a minute of 1080p H.264 is ~30 MB). */
  maxBytes: 50 * 1024 * 1024,
  /**
   * Upload attempts per camera and window, counted in the store (device_windows), retries included: the default of
   * CLIP_UPLOADS_PER_10_MINUTES (config.ts), which only the benchmark raises (one door, sixty visits a minute).
   */
  perWindow: 20,
  windowMs: 10 * 60_000,
} as const;

export type UploadRefusal =
  | { reason: 'not_camera' | 'not_paired' | 'not_expected' | 'too_large' | 'hash_mismatch' }
  | { reason: 'rate_limited'; retryAfterSeconds: number; perWindow: number };

export interface StoredUpload {
  created: boolean;
  bytes: number;
  /** Null when the bytes are an MP4 with a video track; else why not (the visit is marked when its clip arrives). */
  checkFailure: string | null;
}

export interface UploadInput {
  deviceId: string;
  sha256: string;
  contentLength: number;
  /** The session the camera names (`Threshold-Session`); absent: its oldest open one. */
  session: string | undefined;
  body: Readable;
}

/** What an upload needs besides the store: where clips go, and the configured rate (default UPLOAD_LIMITS). */
export type UploadDeps = ServiceDeps & { clips: ClipStore; uploadsPerWindow?: number | undefined };

async function underRate(deps: UploadDeps, deviceId: string): Promise<UploadRefusal | null> {
  const now = deps.clock.now();
  // A counter: one lost in a power cut lets a camera upload a little more often once, so it commits lazily.
  const bump = {
    deviceId,
    purpose: 'upload' as const,
    nowIso: isoAt(now),
    windowStartCutoffIso: isoAt(now - UPLOAD_LIMITS.windowMs),
  };
  const window = await withLazyCommit(deps.db, (db) => bumpDeviceWindow(db, bump));
  const perWindow = deps.uploadsPerWindow ?? UPLOAD_LIMITS.perWindow;
  if (window.count <= perWindow) return null;
  const endsAt = Date.parse(window.windowStart) + UPLOAD_LIMITS.windowMs;
  return { reason: 'rate_limited', retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now) / 1000)), perWindow };
}

async function mp4Failure(
  clips: ClipStore,
  sha256: string,
): Promise<{ detail: string | null; durationMs: number | null }> {
  const source = await clipBytes(clips, sha256);
  if (!source) return { detail: 'the stored clip could not be read', durationMs: null };
  const checked = await checkMp4(source);
  return checked.ok
    ? { detail: null, durationMs: checked.value.durationMs }
    : { detail: checked.error, durationMs: null };
}

/** Refusals that need no body: who the device is, whether it is paired, how much it sent, and how often. */
async function admissible(deps: UploadDeps, input: UploadInput): Promise<UploadRefusal | null> {
  if (deviceKindOf(input.deviceId) !== 'camera') return { reason: 'not_camera' };
  const device = await findDevice(deps.db, input.deviceId);
  // Paired: to a home's door, or as a locker site's camera (docs/lockers.md "The site camera").
  const paired = device?.home_id ?? (device?.claimed_at && (await findCameraSite(deps.db, device.id))?.site_id);
  if (!paired) return { reason: 'not_paired' };
  const limited = await underRate(deps, input.deviceId);
  if (limited) return limited;
  return input.contentLength > UPLOAD_LIMITS.maxBytes ? { reason: 'too_large' } : null;
}

export async function acceptClipUpload(
  deps: UploadDeps,
  input: UploadInput,
): Promise<Result<StoredUpload, UploadRefusal>> {
  const refused = await admissible(deps, input);
  if (refused) return { ok: false, error: refused };
  const retry = await findFilledUpload(deps.db, input.deviceId, input.sha256);
  if (retry) {
    input.body.resume(); // the bytes are stored already: drain, do not store twice
    return { ok: true, value: { created: false, bytes: Number(retry.bytes), checkFailure: retry.check_detail } };
  }
  const now = isoAt(deps.clock.now());
  const session = input.session;
  const expected =
    (await findOpenUpload(deps.db, input.deviceId, now, session)) ??
    (session === undefined
      ? undefined
      : await expectNextSegment(deps.db, { id: deps.ids.id('upl'), deviceId: input.deviceId, session, nowIso: now }));
  if (!expected) return { ok: false, error: { reason: 'not_expected' } };
  const stored = await deps.clips.put(input.sha256, input.body);
  if (!stored.ok) return { ok: false, error: { reason: stored.error === 'too_large' ? 'too_large' : 'hash_mismatch' } };
  const check = await mp4Failure(deps.clips, input.sha256);
  const filled = await fillUpload(deps.db, {
    id: expected.id,
    sha256: input.sha256,
    bytes: stored.value.bytes,
    at: now,
    checkDetail: check.detail,
    mediaDurationMs: check.durationMs,
  });
  if (!filled) return { ok: false, error: { reason: 'not_expected' } };
  return { ok: true, value: { created: stored.value.created, bytes: stored.value.bytes, checkFailure: check.detail } };
}
