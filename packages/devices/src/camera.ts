import { type AnyCommand, type CameraState, type CommandEnvelope, deviceAuthToken } from '@threshold/protocol';
import { MAX_CLIP_MS, renderClip } from './clip.js';
import { type DeviceContext, Timer } from './device-context.js';
import { type Outcome, ok, rejected } from './outcome.js';
import { uploadClip } from './upload.js';

export interface CameraOptions {
  platformUrl: string;
  /** docs/protocol.md §3.3: every 1 s while recording. */
  heartbeatMs?: number;
  /** A clip holds at most this much; a longer recording is delivered as consecutive segments (docs/protocol.md §5). */
  segmentMs?: number;
  /**
   * Load generation only (`npm run devices -- --count`, `npm run bench -- fleet`): a signed heartbeat every this many
   * ms for a session of the camera's own (`load-<device id>`), recording or not. No visit has that session, so the
   * platform checks it (signature, replay, clock) and finds nothing to feed.
   */
  loadHeartbeatMs?: number;
}

interface Recording {
  session: string;
  startedAt: number;
  /** Where the segment being recorded began; the previous ones are already on their way. */
  segmentStartedAt: number;
  segments: NodeJS.Timeout;
  heartbeat: NodeJS.Timeout;
  /** The `record.stop` that began the post-roll; null while the session still records with no end asked for. */
  stopCommand: string | null;
}

interface EndedRecording {
  session: string;
  startedAt: number;
  segmentStartedAt: number;
  endedAt: number;
  /** The `record.stop` that ended it. */
  command: string;
}

/** A session whose `record.stop` came: only its post-roll is left, and the next session may cut it short. */
const inPostRoll = (rec: Recording | null): rec is Recording & { stopCommand: string } =>
  rec !== null && rec.stopCommand !== null;

const FPS = 10;
const BATTERY = { normal: 92, low: 7 };
const SIGNAL_DBM = -55;
const STORAGE_FREE_MB = 28_672;

/**
 * Camera firmware: `record.start` → ack, then `recording: started` (what the platform waits for before any unlock)
 * and a heartbeat every second; `record.stop` → the post-roll, `recording: stopped`, then a real clip is rendered,
 * uploaded over HTTP (§5) and bound to the session with a signed `clip` event. The next session's `record.start`
 * cuts a post-roll short.
 */
export class CameraDevice {
  private recording: Recording | null = null;
  private readonly postRoll = new Timer();
  private readonly uploads = new AbortController();
  private readonly clipJobs = new Set<Promise<void>>();
  private readonly load: NodeJS.Timeout | null;

  constructor(
    private readonly ctx: DeviceContext,
    private readonly o: CameraOptions,
  ) {
    ctx.faults.onChange((now, before) => {
      if (now.lowBattery !== before.lowBattery) {
        ctx.emit('alarm', { alarm: 'low_battery', active: now.lowBattery });
        ctx.publishState();
      }
    });
    const every = o.loadHeartbeatMs;
    let beats = 0;
    const session = `load-${ctx.identity.id}`;
    this.load = every ? setInterval(() => ctx.emit('heartbeat', { session, frames: beats++ }), every) : null;
  }

  state(): CameraState {
    return {
      kind: 'camera',
      recording: this.recording !== null,
      session: this.recording?.session ?? null,
      battery: this.ctx.faults.get().lowBattery ? BATTERY.low : BATTERY.normal,
      signal: SIGNAL_DBM,
      storageFreeMb: STORAGE_FREE_MB,
      paired: this.ctx.flash.paired,
    };
  }

  handle(cmd: AnyCommand): Outcome {
    switch (cmd.type) {
      case 'record.start':
        return this.start(cmd);
      case 'record.stop':
        return this.stopRecording(cmd);
      default:
        return rejected('unsupported');
    }
  }

  /** Waits for clips still being rendered or uploaded (tests and a clean shutdown use it). */
  async settled(): Promise<void> {
    while (this.clipJobs.size > 0) await Promise.all([...this.clipJobs]);
  }

  async stop(): Promise<void> {
    if (this.load) clearInterval(this.load);
    this.postRoll.clear();
    if (this.recording !== null) {
      clearInterval(this.recording.heartbeat);
      clearInterval(this.recording.segments);
    }
    this.recording = null;
    this.uploads.abort();
    await this.settled();
  }

  /**
   * docs/protocol.md §4.2: the same session again is confirmed again; a new session while the current one is in its
   * post-roll (its `record.stop` already came) ends that one now and starts the new one, as a camera that records
   * continuously only cuts the stream into logical sessions; a new session while the current one still records is
   * `busy`, since two visits cannot share a door. State changes here, before the ack, so a command right behind this
   * one already sees it; the events follow the ack.
   */
  private start(cmd: CommandEnvelope<'record.start'>): Outcome {
    const { session } = cmd.params;
    const current = this.recording;
    if (current !== null && current.session !== session && !inPostRoll(current)) return rejected('busy');
    if (this.ctx.faults.get().noRecordingConfirm) return ok({ session });
    const confirm = () => this.ctx.emit('recording', { recording: 'started', session, command: cmd.id });
    if (current?.session === session) {
      // Already recording this session; one in its post-roll records on (a worker entering again under one visit),
      // so the stop asked for before does not end the recording now wanted.
      const rec: Recording = current;
      if (rec.stopCommand !== null) {
        this.postRoll.clear();
        rec.stopCommand = null;
      }
      return ok({ session }, confirm);
    }
    const ended = inPostRoll(current) ? this.detach(current.stopCommand) : null;
    const startedAt = this.ctx.clock();
    const heartbeat = setInterval(() => this.beat(session, startedAt), this.o.heartbeatMs ?? 1000);
    const segments = setInterval(() => this.cutSegment(session), this.o.segmentMs ?? MAX_CLIP_MS);
    this.recording = { session, startedAt, segmentStartedAt: startedAt, segments, heartbeat, stopCommand: null };
    return ok({ session }, () => {
      if (ended !== null) this.announceStopped(ended);
      confirm();
      this.ctx.publishState();
    });
  }

  private stopRecording(cmd: CommandEnvelope<'record.stop'>): Outcome {
    const { session, postRollMs } = cmd.params;
    const rec = this.recording;
    if (rec?.session !== session) return ok({ session, recording: false });
    rec.stopCommand = cmd.id; // from now on the session is only in its post-roll and gives way to the next one
    return ok({ session, postRollMs }, () => this.postRoll.arm(postRollMs, () => this.finish(cmd.id)));
  }

  private beat(session: string, startedAt: number): void {
    if (this.ctx.faults.get().dropHeartbeats) return;
    const frames = Math.max(0, Math.floor(((this.ctx.clock() - startedAt) * FPS) / 1000));
    this.ctx.emit('heartbeat', { session, frames });
  }

  /** A segment is full: it is delivered while the recording goes on into the next one, with no frame between. */
  private cutSegment(session: string): void {
    const rec = this.recording;
    if (rec?.session !== session) return;
    const endedAt = this.ctx.clock();
    this.track(this.deliverClip(session, rec.segmentStartedAt, endedAt));
    rec.segmentStartedAt = endedAt;
  }

  private track(job: Promise<void>): void {
    this.clipJobs.add(job);
    void job.finally(() => this.clipJobs.delete(job));
  }

  /** The post-roll of the session that `record.stop` `commandId` ended ran out. */
  private finish(commandId: string): void {
    // The timer is armed after the stop's ack; a `record.start` handled in between has already ended this session
    // and begun the next one, which this timer must not end.
    if (this.recording?.stopCommand !== commandId) return;
    const ended = this.detach(commandId);
    if (ended === null) return;
    this.announceStopped(ended);
    this.ctx.publishState();
  }

  /** Ends the current recording in the device's state (no events yet): heartbeat and post-roll timer stop. */
  private detach(command: string): EndedRecording | null {
    const rec = this.recording;
    if (rec === null) return null;
    this.postRoll.clear();
    clearInterval(rec.heartbeat);
    clearInterval(rec.segments);
    this.recording = null;
    const { session, startedAt, segmentStartedAt } = rec;
    return { session, startedAt, segmentStartedAt, endedAt: this.ctx.clock(), command };
  }

  /** `recording: stopped` (naming the `record.stop` that ended it), then its last segment is rendered and uploaded. */
  private announceStopped(ended: EndedRecording): void {
    const { session, segmentStartedAt, endedAt } = ended;
    this.ctx.emit('recording', { recording: 'stopped', session, command: ended.command });
    this.track(this.deliverClip(session, segmentStartedAt, endedAt));
  }

  private async deliverClip(session: string, startedAt: number, endedAt: number): Promise<void> {
    const { identity, clock } = this.ctx;
    const clip = await renderClip({ deviceId: identity.id, startedAt, durationMs: endedAt - startedAt });
    if (!clip.ok) return;
    const { bytes, sha256, durationMs } = clip.value;
    const keys = { publicKey: identity.publicKey, privateKey: identity.privateKey };
    const uploaded = await uploadClip({
      platformUrl: this.o.platformUrl,
      sha256,
      session,
      body: bytes,
      token: () => deviceAuthToken(identity.id, keys, clock()),
      signal: this.uploads.signal,
    });
    if (!uploaded.ok) return;
    const data = { session, sha256, bytes: bytes.length, durationMs, startedAt, endedAt };
    this.ctx.emit('clip', { ...data, contentType: 'video/mp4' });
  }
}
