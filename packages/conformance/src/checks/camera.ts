import { visitId } from '../capabilities.js';
import { CLIP_MAX_BYTES } from '../uploads.js';
import type { CheckContext } from './context.js';
import { type Check, expectAck, must } from './context.js';

// docs/protocol.md §3.3, §4.2, §5: recording sessions of a camera, and the clip that follows each one.

const cameraOnly = { kinds: ['camera'], needs: ['paired'] } as const;

/** A clip may last this much longer or shorter than its `endedAt - startedAt` says. */
const DURATION_SLACK_MS = 1000;

function start(ctx: CheckContext, session: string, expected = 'ok') {
  return expectAck(ctx, ctx.link.command('record.start', { session }, ctx.signer), expected, `record.start ${session}`);
}

function recordingEvent(ctx: CheckContext, what: 'started' | 'stopped', session: string, command: string) {
  return ctx.link.waitForEvent(
    `\`recording: ${what}\` for ${session} naming command ${command}`,
    'recording',
    (e) => e.data.recording === what && e.data.session === session && e.data.command === command,
  );
}

/** The session that `recording.start` began; the later checks use and end it. */
function current(ctx: CheckContext): string {
  must(ctx.facts.session !== undefined, 'no session is recording (recording.start failed)');
  return ctx.facts.session;
}

const started: Check = {
  ...cameraOnly,
  id: 'recording.start',
  title:
    '`record.start` → ack `ok`, then `recording: started` naming the session and command, state `recording` (§4.2)',
  timeoutMs: 5000,
  async run(ctx) {
    const session = visitId('session');
    const envelope = ctx.link.command('record.start', { session }, ctx.signer);
    await expectAck(ctx, envelope, 'ok');
    ctx.facts.session = session;
    await recordingEvent(ctx, 'started', session, envelope.id);
    await ctx.link.waitForEvent(
      'state recording this session',
      'state',
      (s) => 'session' in s.data && s.data.session === session,
    );
  },
};

const heartbeat: Check = {
  ...cameraOnly,
  id: 'recording.heartbeat',
  title: 'a `heartbeat` for the session every 1 s while recording (§3.3)',
  timeoutMs: 5000,
  async run(ctx) {
    const session = current(ctx);
    const from = ctx.now();
    await ctx.link.waitForEvent('heartbeat within 2.5 s', 'heartbeat', (e) => e.data.session === session, 2500);
    const beats = () => ctx.link.eventsOf('heartbeat', (e) => e.data.session === session).length;
    const first = beats();
    await ctx.link.waitFor('a second heartbeat within 2.5 s', () => (beats() > first ? true : undefined), 2500);
    ctx.note(`two heartbeats within ${ctx.now() - from} ms`);
  },
};

const busy: Check = {
  ...cameraOnly,
  id: 'recording.busy',
  title: 'another session while one records → `busy`; the same session again → `ok` and confirmed again (§4.2)',
  timeoutMs: 5000,
  async run(ctx) {
    const session = current(ctx);
    await start(ctx, visitId('other'), 'busy');
    const again = ctx.link.command('record.start', { session }, ctx.signer);
    await expectAck(ctx, again, 'ok', 'the same session again');
    await recordingEvent(ctx, 'started', session, again.id);
  },
};

const stopped: Check = {
  ...cameraOnly,
  id: 'recording.stop',
  title: '`record.stop` with `postRollMs: 0` → `ok`, then `recording: stopped` naming that command (§4.2)',
  timeoutMs: 5000,
  async run(ctx) {
    const session = current(ctx);
    const stop = ctx.link.command('record.stop', { session, postRollMs: 0 }, ctx.signer);
    await expectAck(ctx, stop, 'ok');
    await recordingEvent(ctx, 'stopped', session, stop.id);
  },
};

const clip: Check = {
  ...cameraOnly,
  id: 'clip.upload',
  title:
    'the clip is uploaded (device token, hash, `video/mp4`, MP4 `ftyp`, ≤ 50 MiB), then a matching `clip` event (§5)',
  timeoutMs: 20_000,
  async run(ctx) {
    const session = current(ctx);
    const event = await ctx.link.waitForEvent(
      `clip event for ${session}`,
      'clip',
      (e) => e.data.session === session,
      19_000,
    );
    const c = event.data;
    const upload = ctx.uploads.uploads.find((u) => u.sha256 === c.sha256 && u.refused === null);
    const refused = ctx.uploads.uploads.filter((u) => u.refused !== null).map((u) => `${u.status} ${u.refused}`);
    must(
      upload !== undefined,
      `the clip event names ${c.sha256}, never stored${refused.length ? ` (refused: ${refused})` : ''}`,
    );
    must(upload.firstBox === 'ftyp', `the body is not an MP4 (first box ${upload.firstBox})`);
    must(
      c.bytes === upload.bytes && c.bytes <= CLIP_MAX_BYTES,
      `clip says ${c.bytes} bytes, upload had ${upload.bytes}`,
    );
    const announcedAt = ctx.link.seen.find((seen) => seen.event === event)?.receivedAt ?? 0;
    must(upload.at <= announcedAt, 'the `clip` event came before the upload was stored (§5: upload first)');
    must(c.endedAt >= c.startedAt && c.durationMs <= 60_000, `startedAt ${c.startedAt}, endedAt ${c.endedAt}`);
    const span = c.endedAt - c.startedAt;
    must(Math.abs(c.durationMs - span) <= DURATION_SLACK_MS, `durationMs ${c.durationMs} for ${span} ms of recording`);
    ctx.note(`${c.bytes} bytes, ${c.durationMs} ms`);
  },
};

const postRoll: Check = {
  ...cameraOnly,
  id: 'recording.post-roll',
  title: "a new session during the previous one's post-roll ends that one at once and starts (§4.2)",
  timeoutMs: 6000,
  async run(ctx) {
    const first = visitId('post-roll');
    const next = visitId('next');
    await start(ctx, first);
    const stop = ctx.link.command('record.stop', { session: first, postRollMs: 60_000 }, ctx.signer);
    await expectAck(ctx, stop, 'ok', 'record.stop with a 60 s post-roll');
    const begin = ctx.link.command('record.start', { session: next }, ctx.signer);
    await expectAck(ctx, begin, 'ok', 'record.start during the post-roll');
    await recordingEvent(ctx, 'stopped', first, stop.id);
    await recordingEvent(ctx, 'started', next, begin.id);
    const end = ctx.link.command('record.stop', { session: next, postRollMs: 0 }, ctx.signer);
    await expectAck(ctx, end, 'ok', `record.stop ${next}`);
    await recordingEvent(ctx, 'stopped', next, end.id);
  },
};

export const CAMERA_CHECKS: readonly Check[] = [started, heartbeat, busy, stopped, clip, postRoll];
