import { type AnyCommand, type CameraState, type CommandEnvelope, deviceAuthToken } from '@threshold/protocol';
import { renderClip } from './clip.js';
import { type DeviceContext, Timer } from './device-context.js';
import { type Outcome, ok, rejected } from './outcome.js';
import { uploadClip } from './upload.js';

export interface CameraOptions {
  platformUrl: string;
  /** docs/protocol.md §3.3: every 1 s while recording. */
  heartbeatMs?: number;
}

interface Recording {
  session: string;
  startedAt: number;
  heartbeat: NodeJS.Timeout;
}

const FPS = 10;
const BATTERY = { normal: 92, low: 7 };
const SIGNAL_DBM = -55;
const STORAGE_FREE_MB = 28_672;

/**
 * Camera firmware: `record.start` → ack, then `recording: started` (what the platform waits for before any unlock)
 * and a heartbeat every second; `record.stop` → the post-roll, `recording: stopped`, then a real clip is rendered,
 * uploaded over HTTP (§5) and bound to the session with a signed `clip` event.
 */
export class CameraDevice {
  private recording: Recording | null = null;
  private readonly postRoll = new Timer();
  private readonly uploads = new AbortController();
  private readonly clipJobs = new Set<Promise<void>>();

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
    this.postRoll.clear();
    if (this.recording !== null) clearInterval(this.recording.heartbeat);
    this.recording = null;
    this.uploads.abort();
    await this.settled();
  }

  private start(cmd: CommandEnvelope<'record.start'>): Outcome {
    const { session } = cmd.params;
    const current = this.recording;
    if (current !== null && current.session !== session) return rejected('busy');
    if (this.ctx.faults.get().noRecordingConfirm) return ok({ session });
    const confirm = () => this.ctx.emit('recording', { recording: 'started', session, command: cmd.id });
    if (current !== null) return ok({ session }, confirm); // already recording this session: confirm again
    return ok({ session }, () => {
      const startedAt = this.ctx.clock();
      this.postRoll.clear();
      const heartbeat = setInterval(() => this.beat(session, startedAt), this.o.heartbeatMs ?? 1000);
      this.recording = { session, startedAt, heartbeat };
      confirm();
      this.ctx.publishState();
    });
  }

  private stopRecording(cmd: CommandEnvelope<'record.stop'>): Outcome {
    const { session, postRollMs } = cmd.params;
    if (this.recording?.session !== session) return ok({ session, recording: false });
    return ok({ session, postRollMs }, () => this.postRoll.arm(postRollMs, () => this.finish(cmd.id)));
  }

  private beat(session: string, startedAt: number): void {
    if (this.ctx.faults.get().dropHeartbeats) return;
    const frames = Math.max(0, Math.floor(((this.ctx.clock() - startedAt) * FPS) / 1000));
    this.ctx.emit('heartbeat', { session, frames });
  }

  private finish(commandId: string): void {
    const rec = this.recording;
    if (rec === null) return;
    clearInterval(rec.heartbeat);
    this.recording = null;
    const endedAt = this.ctx.clock();
    this.ctx.emit('recording', { recording: 'stopped', session: rec.session, command: commandId });
    this.ctx.publishState();
    const job = this.deliverClip(rec.session, rec.startedAt, endedAt);
    this.clipJobs.add(job);
    void job.finally(() => this.clipJobs.delete(job));
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
      body: bytes,
      token: () => deviceAuthToken(identity.id, keys, clock()),
      signal: this.uploads.signal,
    });
    if (!uploaded.ok) return;
    const data = { session, sha256, bytes: bytes.length, durationMs, startedAt, endedAt };
    this.ctx.emit('clip', { ...data, contentType: 'video/mp4' });
  }
}
