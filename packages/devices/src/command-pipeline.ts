import { type AckData, type AnyCommand, type CommandRejection, checkCommand, parseCommand } from '@threshold/protocol';
import type { Flash } from './flash.js';
import type { Outcome } from './outcome.js';
import { rejected } from './outcome.js';
import { pair, rotateKeys } from './pairing.js';

/** A device's own commands (everything but `pair` and `keys.rotate`), already authenticated. */
export type CommandHandler = (cmd: AnyCommand) => Outcome | Promise<Outcome>;

export interface PipelineOptions {
  deviceId: string;
  claimCode: string;
  flash: Flash;
  clock: () => number;
  sendAck: (ack: AckData) => void;
  act: CommandHandler;
  /** Called after the ack of a command that changed the pinned keys. */
  onKeysChanged: () => void;
}

// Refusals that happen before the command is known to come from the platform. Their acks are not remembered, so a
// forged copy cannot poison the id of a real command (the real one, arriving later, is still acted on).
const UNAUTHENTICATED: ReadonlySet<CommandRejection> = new Set<CommandRejection>([
  'malformed',
  'wrong_device',
  'unknown_key',
  'bad_signature',
  'expired',
  'not_paired',
  'bad_proof',
]);

const LOOSE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * docs/protocol.md §4: parse → authenticate (or the pairing rules of §6) → at most once per command id → act →
 * exactly one ack. A repeated id gets the stored ack again without acting, also while the first is still running.
 */
export class CommandPipeline {
  private readonly inFlight = new Map<string, Promise<AckData>>();

  constructor(private readonly o: PipelineOptions) {}

  async receive(payload: Uint8Array): Promise<void> {
    const parsed = parseCommand(payload);
    if (!parsed.ok) {
      const id = looseId(payload);
      if (id !== null) this.o.sendAck({ command: id, status: 'rejected', reason: 'malformed' });
      return;
    }
    const cmd = parsed.value;
    // Both looked up before any await, so two copies arriving together cannot both be acted on.
    const stored = this.o.flash.ackFor(cmd.id);
    const pending = this.inFlight.get(cmd.id);
    if (stored !== undefined || pending !== undefined) {
      this.o.sendAck(stored ?? (await pending!));
      return;
    }
    const running = this.run(cmd);
    this.inFlight.set(cmd.id, running);
    try {
      await running;
    } finally {
      this.inFlight.delete(cmd.id);
    }
  }

  private async run(cmd: AnyCommand): Promise<AckData> {
    const outcome = await this.decide(cmd);
    const ack: AckData = { command: cmd.id, ...outcome.ack };
    if (outcome.ack.status === 'ok' || !UNAUTHENTICATED.has(outcome.ack.reason)) this.o.flash.rememberAck(ack);
    this.o.sendAck(ack);
    outcome.after?.();
    return ack;
  }

  private async decide(cmd: AnyCommand): Promise<Outcome> {
    const { flash, deviceId, claimCode } = this.o;
    const nowMs = this.o.clock();
    if (cmd.type === 'pair') return withKeysChanged(pair(cmd, { deviceId, claimCode, flash, nowMs }), this.o);
    if (!flash.paired) return rejected('not_paired');
    const refusal = checkCommand(cmd, { deviceId, pinnedKeys: flash.pinnedKeys, nowMs });
    if (refusal !== null) return rejected(refusal);
    if (cmd.type === 'keys.rotate') return withKeysChanged(rotateKeys(cmd, flash), this.o);
    try {
      return await this.o.act(cmd);
    } catch {
      return rejected('busy'); // a fault in the device's own logic must still answer the command (§4)
    }
  }
}

function withKeysChanged(outcome: Outcome, o: PipelineOptions): Outcome {
  if (outcome.ack.status !== 'ok') return outcome;
  return { ...outcome, after: o.onKeysChanged };
}

/** The id of a command that failed validation, when it has a usable one, so the platform learns why. */
function looseId(payload: Uint8Array): string | null {
  try {
    const value = JSON.parse(Buffer.from(payload).toString('utf8')) as { id?: unknown };
    return typeof value.id === 'string' && LOOSE_ID.test(value.id) ? value.id : null;
  } catch {
    return null;
  }
}
