import { type AnyEvent, deviceIdFor, type EventEnvelope, parseEvent, verifyEvent } from '@threshold/protocol';
import type { AcceptedDevice, Bus } from '../bus.js';
import { type Clock, type Ids, isoAt, type Result } from '../ports.js';
import type { Db, Dialect } from '../store/db.js';
import type { AcceptDeviceUpdate } from './accept-batch.js';
import { type AcceptedRow, findKnownDevice, insertDevice, type KnownDevice } from './device-store.js';
import { healthPatch } from './health.js';
import { deviceEventRef, type GatewayLog } from './log.js';
import { type RejectionReason, recordRefusal } from './refusals.js';

// What the platform does with a device's event or state (docs/protocol.md §3): parse, verify the signature (a hello
// with the key it carries, anything else with the recorded key), refuse replays, apply, then tell the bus.
// Every refusal is recorded in device_rejections: refused messages are evidence too.

export interface IngestDeps {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  ids: Ids;
  log: GatewayLog;
  bus: Bus;
  /** Device public keys by id; a device's key never changes (its id is derived from it, §1), so entries stay valid. */
  keys: Map<string, KnownDevice>;
  /** The atomic replay check and write of an accepted message (`groupCommitAccept`, or `acceptEvent` alone). */
  accept: AcceptDeviceUpdate;
  /** Called with every accepted ack, before the bus hears of it. */
  onAck(deviceId: string, event: EventEnvelope<'ack'>): void;
  /** What an accepted message causes in the store, written in the transaction that accepts it (accept-batch.ts). */
  within?: AcceptedWithin | undefined;
}

/** A verified message as the store accepts it. */
export interface Accepted {
  deviceId: string;
  event: AnyEvent;
  receivedAt: number;
}

/** Writes, in the accepting transaction, what an accepted message causes (a visit transition); a throw refuses it. */
export type AcceptedWithin = (tx: Db, accepted: Accepted) => Promise<void>;

type Verdict = { ok: true; event: AnyEvent; hello?: 'new' } | { ok: false; reason: RejectionReason };

function hasSignature(payload: Buffer): boolean {
  try {
    const value: unknown = JSON.parse(payload.toString('utf8'));
    return typeof value === 'object' && value !== null && typeof (value as { sig?: unknown }).sig === 'string';
  } catch {
    return true; // not JSON at all: parseEvent names it malformed
  }
}

async function knownKey(deps: IngestDeps, deviceId: string): Promise<KnownDevice | null> {
  const cached = deps.keys.get(deviceId);
  if (cached) return cached;
  const found = await findKnownDevice(deps.db, deviceId);
  if (found) deps.keys.set(deviceId, found);
  return found;
}

async function verify(deps: IngestDeps, deviceId: string, channel: 'evt' | 'state', payload: Buffer): Promise<Verdict> {
  if (!hasSignature(payload)) return { ok: false, reason: 'unsigned' };
  const parsed = parseEvent(payload);
  if (!parsed.ok) return { ok: false, reason: 'malformed' };
  const event = parsed.value;
  // The broker keeps a device on its own topics; the envelope must agree, and `state` travels on `state` only (§2).
  if (event.device !== deviceId || (event.type === 'state') !== (channel === 'state')) {
    return { ok: false, reason: 'malformed' };
  }
  const known = await knownKey(deps, deviceId);
  if (event.type === 'hello') {
    if (deviceIdFor(event.data.kind, event.data.publicKey) !== deviceId) return { ok: false, reason: 'key_mismatch' };
    if (known && known.publicKey !== event.data.publicKey) return { ok: false, reason: 'key_mismatch' };
    if (!verifyEvent(event, event.data.publicKey)) return { ok: false, reason: 'bad_signature' };
    return known ? { ok: true, event } : { ok: true, event, hello: 'new' };
  }
  if (!known) return { ok: false, reason: 'unknown_device' };
  return verifyEvent(event, known.publicKey) ? { ok: true, event } : { ok: false, reason: 'bad_signature' };
}

/** Registers a device from its first hello; false when another node registered it meanwhile (then: a refresh). */
async function register(deps: IngestDeps, event: EventEnvelope<'hello'>, receivedAt: number): Promise<boolean> {
  const inserted = await insertDevice(deps.db, {
    id: event.device,
    hello: event.data,
    seq: event.seq,
    health: healthPatch(event, receivedAt),
    at: isoAt(receivedAt),
  });
  if (!inserted) return false;
  deps.keys.set(event.device, { id: event.device, kind: event.data.kind, publicKey: event.data.publicKey });
  deps.bus.emit('device.registered', { deviceId: event.device, kind: event.data.kind, at: receivedAt });
  deps.log.info({ deviceId: event.device, kind: event.data.kind }, 'device registered');
  return true;
}

/** Registers a new device at once; any other accepted message queues its replay check and write (`deps.accept`). */
async function apply(
  deps: IngestDeps,
  verdict: Verdict & { ok: true },
  receivedAt: number,
  returned: (row: AcceptedRow) => void,
): Promise<{ accepted: Promise<boolean> }> {
  const { event } = verdict;
  if (event.type === 'hello' && verdict.hello === 'new' && (await register(deps, event, receivedAt))) {
    return { accepted: Promise.resolve(true) };
  }
  const { within } = deps;
  const effect = within && ((tx: Db) => within(tx, { deviceId: event.device, event, receivedAt }));
  // Wrapped: an async function returning the promise itself would wait for the commit here.
  const accepted = deps.accept(
    {
      id: event.device,
      seq: event.seq,
      health: healthPatch(event, receivedAt),
      at: isoAt(receivedAt),
      ...(event.type === 'state' ? { state: event.data } : {}),
      ...(event.type === 'hello' ? { hello: event.data } : {}),
      returned,
    },
    { heartbeat: event.type === 'heartbeat', within: effect },
  );
  return { accepted };
}

type Message = {
  deviceId: string;
  channel: 'evt' | 'state';
  topic: string;
  payload: Buffer;
  /** A retained copy the broker sent because this node subscribed (mqtt-client.ts), not a message sent just now. */
  retained?: boolean;
};

/** A message verified and its write queued; `finish` with the write's verdict acks, tells the bus or refuses. */
export interface Received {
  accepted: Promise<boolean>;
  finish(accepted: boolean): Promise<Result<AnyEvent, RejectionReason>>;
}

/**
 * The first half of handling a device's event or state, run in the device's order: parse, verify, register a new
 * device, queue the replay check and write. The gateway calls `finish` in the same order once `accepted` settles,
 * so the next message of the device is verified meanwhile and its write can join the same commit (accept-batch.ts).
 */
export async function receiveEvent(deps: IngestDeps, msg: Message): Promise<Received> {
  const receivedAt = deps.clock.now();
  const verdict = await verify(deps, msg.deviceId, msg.channel, msg.payload);
  // The row the accepting statement leaves; a failed group is retried message by message, and the retry's row wins.
  let device: AcceptedDevice | undefined;
  const returned = (row: AcceptedRow) => {
    device = { row, at: performance.now() };
  };
  const { accepted } = verdict.ok
    ? await apply(deps, verdict, receivedAt, returned)
    : { accepted: Promise.resolve(false) };
  // Awaited later by `finish`'s caller; this keeps a failed write from counting as unhandled meanwhile.
  accepted.catch(() => undefined);
  return {
    accepted,
    async finish(ok) {
      if (!verdict.ok || !ok) {
        const reason = verdict.ok ? 'replayed' : verdict.reason;
        // A device's retained `state` comes again whenever a node subscribes (a start, a broker restart): its seq was
        // accepted when it was sent, so it is dropped unrecorded. Only a subscription makes the broker set the flag,
        // so a device cannot use it to hide a replay (docs/decisions.md "Retained messages on subscribe").
        if (reason === 'replayed' && msg.retained) {
          deps.log.debug({ deviceId: msg.deviceId, topic: msg.topic }, 'retained message already accepted');
          return { ok: false, error: reason };
        }
        await reject(deps, msg, reason);
        return { ok: false, error: reason };
      }
      const { event } = verdict;
      if (event.type === 'ack') deps.onAck(msg.deviceId, event);
      const ref = deviceEventRef(msg.deviceId, event.seq);
      deps.log.debug({ deviceId: msg.deviceId, event: ref, type: event.type }, 'device event accepted');
      const payload = { deviceId: msg.deviceId, event, receivedAt, ...(device ? { device } : {}) };
      deps.bus.emit('device.event', payload, (error) =>
        deps.log.error({ err: String(error), deviceId: msg.deviceId, event: ref }, 'device.event listener failed'),
      );
      return { ok: true, value: event };
    },
  };
}

async function reject(
  deps: IngestDeps,
  msg: { deviceId: string; topic: string; payload: Buffer },
  reason: RejectionReason,
): Promise<void> {
  await recordRefusal(deps, { deviceId: msg.deviceId, topic: msg.topic, reason, payload: msg.payload });
}
