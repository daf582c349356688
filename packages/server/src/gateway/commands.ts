import { randomUUID } from 'node:crypto';
import {
  type AckData,
  COMMAND_RETRY,
  type CommandEnvelope,
  type CommandParamsMap,
  type CommandType,
  type PlatformSigner,
  signCommand,
} from '@threshold/protocol';
import { commandSpan } from '../tracing/command-spans.js';

// Commands to devices (docs/protocol.md §4): one signed envelope with a unique id, resent unchanged after
// `intervalMs` without an ack, at most `maxSends` times; the device acts on an id at most once, so resending is safe.

export type CommandFailure = 'timeout' | 'offline' | 'rejected';

/** A Result<AckData, CommandFailure>; a rejection also carries the device's ack with its reason. */
export type CommandResult = { ok: true; value: AckData } | { ok: false; error: CommandFailure; ack?: AckData };

export interface SendOptions {
  /** How long to wait for the ack in all; defaults to `intervalMs × maxSends` (6 s). */
  timeoutMs?: number;
  /** The command id; a fresh UUID unless the params depend on it (the pairing proof does, §6). */
  id?: string;
  retry?: { intervalMs: number; maxSends: number };
}

/** Commands the platform will not honour after this long, even if a device sees one late (`exp`). */
const MIN_COMMAND_LIFETIME_MS = 30_000;

interface Pending {
  deviceId: string;
  finish(result: CommandResult): void;
}

export interface CommandDeps {
  now(): number;
  signer(): PlatformSigner;
  publish(topic: string, envelope: string): Promise<void>;
  topicOf(deviceId: string): string;
}

export class CommandTracker {
  readonly #pending = new Map<string, Pending>();
  readonly #deps: CommandDeps;

  constructor(deps: CommandDeps) {
    this.#deps = deps;
  }

  envelope<T extends CommandType>(deviceId: string, type: T, params: CommandParamsMap[T], opts: SendOptions) {
    const ts = this.#deps.now();
    const lifetime = Math.max(MIN_COMMAND_LIFETIME_MS, opts.timeoutMs ?? 0);
    const id = opts.id ?? randomUUID();
    return signCommand({ id, device: deviceId, type, ts, exp: ts + lifetime, params }, this.#deps.signer());
  }

  send(envelope: CommandEnvelope, opts: SendOptions): Promise<CommandResult> {
    const retry = opts.retry ?? COMMAND_RETRY;
    const timeoutMs = opts.timeoutMs ?? retry.intervalMs * retry.maxSends;
    const topic = this.#deps.topicOf(envelope.device);
    const payload = JSON.stringify(envelope);
    const span = commandSpan(envelope);
    return new Promise<CommandResult>((resolve) => {
      let sends = 0;
      let resend: NodeJS.Timeout | undefined;
      const publish = () => {
        sends += 1;
        this.#deps.publish(topic, payload).catch(() => {}); // a lost publish is what the resend is for
        if (sends < retry.maxSends) resend = setTimeout(publish, retry.intervalMs);
      };
      const deadline = setTimeout(() => finish({ ok: false, error: 'timeout' }), timeoutMs);
      const finish = (result: CommandResult) => {
        clearTimeout(resend);
        clearTimeout(deadline);
        this.#pending.delete(envelope.id);
        span?.end(result);
        resolve(result);
      };
      this.#pending.set(envelope.id, { deviceId: envelope.device, finish });
      publish();
    });
  }

  /** An ack from `deviceId`: true when a command of this node was waiting for it. */
  settle(deviceId: string, ack: AckData): boolean {
    const pending = this.#pending.get(ack.command);
    if (!pending || pending.deviceId !== deviceId) return false;
    pending.finish(ack.status === 'ok' ? { ok: true, value: ack } : { ok: false, error: 'rejected', ack });
    return true;
  }

  /** On stop: every waiting command ends as timed out rather than hanging. */
  cancelAll(): void {
    for (const pending of [...this.#pending.values()]) pending.finish({ ok: false, error: 'timeout' });
  }

  get size(): number {
    return this.#pending.size;
  }
}
