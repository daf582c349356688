import { randomBytes, randomUUID } from 'node:crypto';
import {
  type AckData,
  type CommandEnvelope,
  type CommandParamsMap,
  type CommandType,
  parseTopic,
  topics,
} from '@threshold/protocol';
import type { Bus } from '../bus.js';
import type { Clock, Ids } from '../ports.js';
import { type PlatformKeySet, platformKeys } from '../services/platform-keys.js';
import type { Db, Dialect } from '../store/db.js';
import { groupCommitAccept } from './accept-batch.js';
import { type EmbeddedBroker, startEmbeddedBroker } from './broker.js';
import { type CommandResult, CommandTracker, type SendOptions } from './commands.js';
import { isOnline, type KnownDevice } from './device-store.js';
import { expectClip } from './expected-uploads.js';
import { heartbeatGate } from './heartbeat-gate.js';
import { type AcceptedWithin, type Received, receiveEvent } from './ingest.js';
import { createLiveness } from './liveness.js';
import type { GatewayLog } from './log.js';
import { ACK_RELAY_TOPIC, clientLink, connectPlatformClient, type PlatformLink } from './mqtt-client.js';
import { type DeviceOwnership, partitionOf } from './ownership.js';
import { recordRefusal } from './refusals.js';

// The device gateway (DESIGN.md, "Architecture"): the platform's MQTT side. It keeps device records current from
// their status, events and state, tells the bus, and sends signed commands, waiting for their acks.

export interface GatewayDeps {
  db: Db;
  dialect: Dialect;
  bus: Bus;
  clock: Clock;
  ids: Ids;
  log: GatewayLog;
  mqtt: {
    /** An external broker (`MQTT_URL`, platform credentials in it); absent: an embedded broker on host:port. */
    url?: string | undefined;
    host: string;
    /** The embedded broker's port; 0 picks a free one (see `Gateway.brokerPort`). */
    port: number;
    /** Shared subscription group for an external broker, so nodes split device traffic; default `threshold`. */
    sharedGroup?: string | undefined;
  };
  /**
   * Embedded broker only (liveness.ts): how long a device the store holds online but that holds no connection is
   * given to come back (after a restart) before it is marked offline, and how often that is checked.
   */
  liveness?: { graceMs?: number; sweepMs?: number };
  /**
   * Several nodes (docs/decisions.md "Several nodes: device partitions"): every node subscribes plainly and handles
   * only the devices whose partition lease it holds; absent, this node handles every device.
   */
  ownership?: DeviceOwnership;
}

/** Defaults of `GatewayDeps.liveness` (docs/performance.md, "Ten thousand devices"). */
export const LIVENESS_GRACE_MS = 60_000;
export const LIVENESS_SWEEP_MS = 5_000;

export interface Gateway {
  /** The embedded broker's port, or null with an external broker. */
  readonly brokerPort: number | null;
  /** Whether the platform client is connected to the broker now (a readiness check). */
  readonly connected: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
  sendCommand<T extends CommandType>(
    deviceId: string,
    type: T,
    params: CommandParamsMap[T] | ((commandId: string) => CommandParamsMap[T]),
    opts?: SendOptions,
  ): Promise<CommandResult>;
  isOnline(deviceId: string): Promise<boolean>;
  /**
   * Writes what an accepted device message causes (a visit transition) in the transaction that accepts it, so the
   * message and its effect are one commit (docs/decisions.md "A device message and its transition"). One consumer.
   */
  withinAccept?(consumer: AcceptedWithin | undefined): void;
  /** The platform keys commands are signed with (loaded at start; `reloadKeys` after a rotation). */
  keys(): PlatformKeySet;
  reloadKeys(): Promise<void>;
}

export async function startGateway(deps: GatewayDeps): Promise<Gateway> {
  const gateway = createGateway(deps);
  await gateway.start();
  return gateway;
}

export function createGateway(deps: GatewayDeps): Gateway {
  const { log } = deps;
  const external = deps.mqtt.url !== undefined;
  const { ownership } = deps;
  const sharedGroup = external && !ownership ? (deps.mqtt.sharedGroup ?? 'threshold') : undefined;
  /** Whether another node may receive the ack a command of this node waits for. */
  const relayAcks = sharedGroup !== undefined || ownership !== undefined;
  const deviceKeys = new Map<string, KnownDevice>();
  const received = new Map<string, Promise<void>>();
  const settled = new Map<string, Promise<void>>();
  let keySet: PlatformKeySet | undefined;
  let broker: EmbeddedBroker | undefined;
  let link: PlatformLink | undefined;

  const publish = async (topic: string, payload: string) => {
    if (!link) throw new Error('gateway not started');
    await link.publish(topic, payload);
  };
  const tracker = new CommandTracker({
    now: () => deps.clock.now(),
    signer: () => gateway.keys().signer,
    publish,
    topicOf: topics.cmd,
  });

  const liveness = createLiveness({
    ...deps,
    connected: external ? undefined : (deviceId) => broker?.connected(deviceId) ?? false,
    graceMs: deps.liveness?.graceMs ?? LIVENESS_GRACE_MS,
    sweepMs: deps.liveness?.sweepMs ?? LIVENESS_SWEEP_MS,
  });

  const gate = heartbeatGate(groupCommitAccept(deps.db, deps.dialect));
  let within: AcceptedWithin | undefined;
  const ingestDeps = {
    ...deps,
    keys: deviceKeys,
    accept: gate.accept,
    get within() {
      return within;
    },
    onAck(deviceId: string, event: { data: AckData }) {
      // With shared subscriptions the node waiting for this ack may be another one: relay it (mqtt-client.ts).
      if (!tracker.settle(deviceId, event.data) && relayAcks) {
        publish(ACK_RELAY_TOPIC, JSON.stringify({ deviceId, ack: event.data })).catch(() => {});
      }
    },
  };

  /** Runs `task` after the device's previous task on `queue` (one queue per device and stage). */
  function chain(queue: Map<string, Promise<void>>, deviceId: string, task: () => Promise<unknown>): void {
    const next = (queue.get(deviceId) ?? Promise.resolve()).then(task).then(
      () => undefined,
      (error: unknown) => log.error({ deviceId, err: String(error) }, 'device message handling failed'),
    );
    queue.set(deviceId, next);
    void next.then(() => {
      if (queue.get(deviceId) === next) queue.delete(deviceId);
    });
  }

  /**
   * Messages of one device are handled in arrival order (a hello before the state that follows it) in two stages:
   * `received` verifies and queues the write, `settled` waits for the commit and acks, tells the bus or refuses.
   * The next message is verified while the previous one's write waits, so both writes can share a commit.
   */
  function enqueue(deviceId: string, retained: boolean, receive: () => Promise<Received>): void {
    chain(received, deviceId, async () => {
      const message = await receive();
      chain(settled, deviceId, async () => {
        const handled = await message.finish(await message.accepted);
        // A retained copy the broker kept says nothing about whether the device is there now.
        if (handled.ok && !retained) liveness.heard(deviceId, handled.value.type === 'hello');
      });
    });
  }

  /** A status is written after every earlier message of the device (a hello's write also marks it online). */
  function enqueueStatus(deviceId: string, payload: Buffer): void {
    chain(received, deviceId, async () => {
      await settled.get(deviceId);
      await onStatus(deviceId, payload);
    });
  }

  async function onStatus(deviceId: string, payload: Buffer): Promise<void> {
    const text = payload.toString('utf8');
    if (text !== 'online' && text !== 'offline') return; // the broker ACL refuses anything else
    // An unknown device's first status precedes its hello, which registers it as online.
    liveness.status(deviceId, text === 'online');
  }

  function onMessage(topic: string, payload: Buffer, retained = false): void {
    if (topic === ACK_RELAY_TOPIC) {
      onRelayedAck(payload);
      return;
    }
    const parsed = parseTopic(topic);
    if (!parsed || parsed.channel === 'cmd') return;
    const { deviceId, channel } = parsed;
    if (ownership && !ownership.owns(deviceId)) {
      ownership.hold(deviceId, topic, payload, retained);
      return;
    }
    if (channel === 'status') enqueueStatus(deviceId, payload);
    else enqueue(deviceId, retained, () => receiveEvent(ingestDeps, { deviceId, channel, topic, payload, retained }));
  }

  function onRelayedAck(payload: Buffer): void {
    try {
      const { deviceId, ack } = JSON.parse(payload.toString('utf8')) as { deviceId: string; ack: AckData };
      tracker.settle(deviceId, ack);
    } catch {
      log.warn({ topic: ACK_RELAY_TOPIC }, 'malformed relayed ack ignored');
    }
  }

  async function connect(): Promise<void> {
    if (external) {
      const clientId = `threshold-platform-${randomBytes(6).toString('hex')}`;
      const client = await connectPlatformClient(
        { url: deps.mqtt.url!, clientId, sharedGroup, relayAcks, log },
        onMessage,
      );
      link = clientLink(client);
      return;
    }
    // No MQTT client for the platform: it is linked to its own broker in process, and no client may connect as it.
    broker = await startEmbeddedBroker({
      ...deps.mqtt,
      now: () => deps.clock.now(),
      log,
      onRefusal: (refusal) => chain(received, refusal.deviceId, () => recordRefusal(deps, refusal)),
      onDisconnect: (deviceId) => liveness.disconnected(deviceId),
    });
    link = await broker.link(onMessage);
  }

  ownership?.attach({
    replay: (messages) => {
      for (const m of messages) onMessage(m.topic, m.payload, m.retained);
    },
    drain: async (partitions) => {
      const busy = [...received, ...settled].filter(([deviceId]) => partitions.has(partitionOf(deviceId)));
      await Promise.allSettled(busy.map(([, done]) => done));
      // Their online writes too: none may land after the next owner's.
      await liveness.flushed();
    },
    forget: (partitions) => {
      const theirs = (deviceId: string) => partitions.has(partitionOf(deviceId));
      liveness.forget(theirs);
      gate.forget(theirs);
    },
  });

  const gateway: Gateway = {
    get brokerPort() {
      return broker?.port ?? null;
    },
    get connected() {
      return link?.connected ?? false;
    },
    async start() {
      keySet = await platformKeys(deps.db, deps);
      await liveness.start();
      await connect();
      log.info({ external, sharedGroup: sharedGroup ?? null }, 'device gateway started');
    },
    async stop() {
      tracker.cancelAll();
      await link?.close();
      await Promise.allSettled([...received.values()]);
      await Promise.allSettled([...settled.values()]);
      // Before the broker closes: a platform stopping is no news about its devices (none is marked offline for it).
      await liveness.stop();
      await broker?.close();
      link = undefined;
      broker = undefined;
      deviceKeys.clear();
    },
    async sendCommand(deviceId, type, params, opts = {}) {
      if (!(await gateway.isOnline(deviceId))) return { ok: false, error: 'offline' };
      const id = opts.id ?? randomUUID();
      const resolved = typeof params === 'function' ? params(id) : params;
      const envelope = tracker.envelope(deviceId, type, resolved, { ...opts, id });
      if (envelope.type === 'record.start') await expectClip(deps, envelope as CommandEnvelope<'record.start'>);
      return tracker.send(envelope, opts);
    },
    async isOnline(deviceId) {
      // This node's word counts only for a device it handles now (with shared subscriptions another node may have
      // heard it); what it remembers of a device whose partition moved is forgotten (`forget` above).
      const handles = ownership ? ownership.owns(deviceId) : sharedGroup === undefined;
      const seen = handles ? liveness.isOnline(deviceId) : undefined;
      return seen ?? (await isOnline(deps.db, deviceId)) === true;
    },
    withinAccept(consumer) {
      within = consumer;
    },
    keys() {
      if (!keySet) throw new Error('gateway not started');
      return keySet;
    },
    async reloadKeys() {
      keySet = await platformKeys(deps.db, deps);
    },
  };
  return gateway;
}
