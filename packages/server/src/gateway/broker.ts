import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { verifyDeviceAuthToken } from '@threshold/protocol';
import type { Aedes, AedesPublishPacket, AuthenticateError, Client } from 'aedes';
import { type BrokerRefusal, devicePublishRefusal, deviceSubscribeRefusal } from './broker-policy.js';
import type { GatewayLog } from './log.js';
import { DEVICE_TOPICS, type PlatformLink, type PlatformMessageHandler } from './mqtt-client.js';

// The embedded MQTT broker (DESIGN.md, "Real parts"): aedes on a local port. It authenticates devices with their
// auth token (docs/protocol.md §2.1) and keeps each one inside its own topics (§2); see docs/mosquitto/ for the same
// rules on an external broker.

export interface EmbeddedBrokerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /**
   * Credentials of a platform client connecting over MQTT (a random per-process secret); absent, no client connects
   * as the platform and the platform uses `link` in process.
   */
  platform?: { username: string; password: string } | undefined;
  now: () => number;
  log: GatewayLog;
  /** A device's publish (acknowledged and dropped) or subscription the broker refused: a device rejection. */
  onRefusal?: (refusal: { deviceId: string; topic: string; reason: BrokerRefusal; payload: Buffer }) => void;
  /** A device's connection ended, whichever way (liveness.ts). */
  onDisconnect?: (deviceId: string) => void;
}

export interface EmbeddedBroker {
  port: number;
  /** Whether a device holds an accepted connection now: the truth of who is online (liveness.ts). */
  connected(deviceId: string): boolean;
  /**
   * The platform's link to this broker in its own process (no socket and no MQTT encoding between them): device
   * messages are handed to `onMessage` as the broker routes them, commands are published by the broker itself.
   */
  link(onMessage: PlatformMessageHandler): Promise<PlatformLink>;
  close(): Promise<void>;
}

/** aedes' CONNACK code 4 (MQTT 3.1.1 §3.2.2.3): bad user name or password. */
const BAD_USERNAME_OR_PASSWORD = 4;

function authError(message: string): AuthenticateError {
  return Object.assign(new Error(message), { returnCode: BAD_USERNAME_OR_PASSWORD }) as AuthenticateError;
}

/**
 * Where a refused publish goes: a topic no client can subscribe to (a device only to its own cmd topic; the platform
 * subscribes to device topics only), so it reaches nobody. `$` topics are never matched by wildcards (MQTT 3.1.1
 * §4.7.2).
 */
export const REFUSED_SINK_TOPIC = '$threshold/refused';

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function startEmbeddedBroker(opts: EmbeddedBrokerOptions): Promise<EmbeddedBroker> {
  const { Aedes } = await import('aedes');
  // Clients the broker accepted as the platform; every other connected client is a device named by its client id.
  const platformClients = new WeakSet<Client>();
  const { log } = opts;

  const broker = await Aedes.createBroker({
    // No emitter queue (docs/decisions.md, "Embedded broker under bursts"): with the default (100 messages in flight,
    // the rest queued) mqemitter drains its queue re-entrantly, one stack frame chain per queued message whose delivery
    // ends synchronously (a refused publish, a $SYS notice), and a burst overflows the stack. The queue bounded
    // nothing anyway (it is unbounded); each client still waits for its read batch before reading more.
    concurrency: 0,
    authenticate(client, username, password, done) {
      const secret = password?.toString() ?? '';
      if (opts.platform && username === opts.platform.username) {
        if (!sameSecret(secret, opts.platform.password)) return done(authError('bad platform credentials'), false);
        platformClients.add(client);
        return done(null, true);
      }
      if (!username || username !== client.id) {
        log.warn({ clientId: client.id, username }, 'mqtt connect refused: username must equal the client id');
        return done(authError('username must equal the client id'), false);
      }
      const verified = verifyDeviceAuthToken(username, secret, opts.now());
      if (!verified.ok) {
        log.warn({ deviceId: username, reason: verified.error }, 'mqtt connect refused: bad device token');
        return done(authError(verified.error), false);
      }
      done(null, true);
    },
    authorizePublish(client, packet, done) {
      // A null client is the broker itself (e.g. $SYS); a will is checked with its owner, as aedes does.
      if (!client || platformClients.has(client)) return done(null);
      const refusal = devicePublishRefusal(client.id, packet.topic, packet.payload);
      if (refusal === null) return done(null);
      log.warn({ deviceId: client.id, topic: packet.topic, reason: refusal }, 'mqtt publish refused');
      const payload = Buffer.isBuffer(packet.payload) ? packet.payload : Buffer.from(packet.payload);
      opts.onRefusal?.({ deviceId: client.id, topic: packet.topic, reason: refusal, payload });
      // Acknowledged and dropped, as Mosquitto does for an ACL-denied publish under MQTT 3.1.1 (docs/protocol.md,
      // "Broker behaviour"): refusing with an error would close the connection without PUBACK, and a standard client
      // resends the same packet on reconnect forever, never getting its own messages through.
      packet.topic = REFUSED_SINK_TOPIC;
      packet.retain = false;
      packet.payload = Buffer.alloc(0);
      done(null);
    },
    authorizeSubscribe(client, subscription, done) {
      if (platformClients.has(client)) return done(null, subscription);
      const refusal = deviceSubscribeRefusal(client.id, subscription.topic);
      if (refusal === null) return done(null, subscription);
      log.warn({ deviceId: client.id, topic: subscription.topic, reason: refusal }, 'mqtt subscribe refused');
      opts.onRefusal?.({ deviceId: client.id, topic: subscription.topic, reason: refusal, payload: Buffer.alloc(0) });
      // A null subscription makes aedes answer SUBACK 0x80 (failure) instead of dropping the connection.
      done(null, null);
    },
  });

  // Devices holding an accepted connection. aedes registers a client when it accepts its CONNECT and unregisters it
  // when that connection ends; a device taking over its own id closes (unregisters) the old connection first.
  const devices = new Map<string, Client>();
  broker.on('client', (client) => {
    if (!platformClients.has(client)) devices.set(client.id, client);
  });
  broker.on('clientDisconnect', (client) => {
    if (platformClients.has(client) || devices.get(client.id) !== client) return;
    devices.delete(client.id);
    opts.onDisconnect?.(client.id);
  });

  const server: Server = createServer((socket: Socket) => {
    // Without this, Nagle and delayed ACKs put ~40-90 ms on every command round trip (DESIGN.md, "Facts").
    socket.setNoDelay(true);
    broker.handle(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  log.info({ host: opts.host, port }, 'embedded mqtt broker listening');

  return {
    port,
    connected: (deviceId) => devices.has(deviceId),
    link: (onMessage) => inProcessLink(broker, onMessage, log),
    async close() {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The platform subscribed to device topics inside the broker (aedes `subscribe`, with no emitter queue: delivered as
 * the device's packet is routed) and publishing with aedes `publish`. Saves, per device message and per command, a
 * loopback socket crossing, its MQTT encoding and parsing, and the turns of the platform's event loop they wait for
 * (docs/performance.md "Sixth round"). A message reaches an established subscription, so it is never a retained copy
 * sent on subscribing (the broker starts empty with the platform anyway).
 */
async function inProcessLink(broker: Aedes, onMessage: PlatformMessageHandler, log: GatewayLog): Promise<PlatformLink> {
  let open = true;
  const deliver = (packet: AedesPublishPacket, done: () => void) => {
    try {
      if (open)
        onMessage(packet.topic, Buffer.isBuffer(packet.payload) ? packet.payload : Buffer.from(packet.payload), false);
    } catch (error) {
      log.error({ topic: packet.topic, err: String(error) }, 'device message handling failed');
    }
    done();
  };
  const each = (act: (topic: string, done: () => void) => void) =>
    Promise.all(DEVICE_TOPICS.map((topic) => new Promise<void>((resolve) => act(topic, resolve))));
  await each((topic, done) => broker.subscribe(topic, deliver, done));
  return {
    get connected() {
      return open;
    },
    publish: (topic, payload) =>
      new Promise<void>((resolve, reject) => {
        if (!open) return reject(new Error('link closed'));
        const packet = {
          cmd: 'publish',
          topic,
          payload: Buffer.from(payload),
          qos: 1,
          retain: false,
          dup: false,
        } as const;
        broker.publish(packet, (error) => (error ? reject(error) : resolve()));
      }),
    async close() {
      open = false;
      await each((topic, done) => broker.unsubscribe(topic, deliver, done));
    },
  };
}
