import type { AckData, CommandEnvelope, DeviceKind, PlatformSigner } from '@threshold/protocol';
import type { KitBroker } from '../broker.js';
import type { PlatformLink } from '../link.js';
import type { UploadSink } from '../uploads.js';

/** What every check may use: the device under test, the kit's platform client and key, and what the kit observes. */
export interface CheckContext {
  deviceId: string;
  kind: DeviceKind;
  link: PlatformLink;
  /** The kit's platform key: the device pins it when paired by the kit. */
  signer: PlatformSigner;
  claimCode: string | null;
  now: () => number;
  /** The kit's own broker; null when the kit was pointed at an external one. */
  broker: KitBroker | null;
  uploads: UploadSink;
  /** Shared between checks, in run order. */
  facts: {
    paired: boolean;
    /** The id of a refused `pair`; the real one reuses it (a refusal before authentication is not kept, §4.1). */
    refusedPairId?: string;
    /** The camera session `recording.start` began, used and ended by the next checks. */
    session?: string;
  };
  /** Adds a line to the check's result (measurements, what was sent). */
  note(text: string): void;
}

export interface Check {
  /** Stable name, printed in the report and used by tests (e.g. `capability.replayed`). */
  id: string;
  /** What conforming means, in one line, citing docs/protocol.md. */
  title: string;
  kinds: readonly DeviceKind[];
  /** `paired`: needs the kit's key pinned; `broker`: needs the kit's own broker. */
  needs?: ReadonlyArray<'paired' | 'broker'>;
  timeoutMs: number;
  run(ctx: CheckContext): Promise<void>;
}

/** A deviation from the protocol: the check fails with this message. */
export class Nonconformance extends Error {}

/** The check does not apply to this device as it stands (e.g. pairing a device the kit's key already paired). */
export class Skipped extends Error {}

export function must(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Nonconformance(message);
}

export function describeAck(ack: AckData): string {
  return ack.status === 'ok' ? 'ok' : `rejected(${ack.reason ?? '?'})`;
}

/** Sends a command and requires the ack to be `expected` (`ok` or a rejection reason). */
export async function expectAck(
  ctx: CheckContext,
  envelope: CommandEnvelope,
  /** `ok` or a rejection reason (a string: a device may know reasons newer than this kit's protocol module). */
  expected: string,
  label: string = envelope.type,
): Promise<AckData> {
  const ack = await ctx.link.send(envelope);
  const got = ack.status === 'ok' ? 'ok' : ack.reason;
  must(
    got === expected,
    `${label}: expected ${expected === 'ok' ? 'ok' : `rejected(${expected})`}, got ${describeAck(ack)}`,
  );
  return ack;
}

/**
 * A command every paired device of the kind acts on with `ok` and no lasting effect: `lock` for a lock (the bolt is
 * already thrown), `record.stop` of a session that is not recording for a camera.
 */
export function harmless(ctx: CheckContext, o: Parameters<PlatformLink['command']>[3] = {}, signer = ctx.signer) {
  return ctx.kind === 'lock'
    ? ctx.link.command('lock', {}, signer, o)
    : ctx.link.command('record.stop', { session: 'conformance-none', postRollMs: 0 }, signer, o);
}

/** Runs every step and reports all that failed at once, so one refusal does not hide the next. */
export async function allOf(steps: Array<() => Promise<unknown>>): Promise<void> {
  const failures: string[] = [];
  for (const step of steps) {
    try {
      await step();
    } catch (e) {
      if (!(e instanceof Error)) throw e;
      failures.push(e.message);
    }
  }
  if (failures.length > 0) throw new Nonconformance(failures.join('; '));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
