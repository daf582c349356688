import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { parseTopic, topics, verifyDeviceAuthToken } from '@threshold/protocol';
import type { AuthenticateError, Client } from 'aedes';
import { listen } from './listen.js';

// The kit's own MQTT broker: it stands where the platform's broker stands, so it sees what only a broker can see —
// the CONNECT packet (client id, username, auth token, clean session, will, keepalive) and the retain flag and QoS of
// every publish — and it enforces the same rules (docs/protocol.md §2, §2.1).

/** A device's CONNECT, as received. */
export interface ConnectSeen {
  at: number;
  clientId: string;
  username: string | undefined;
  password: string;
  clean: boolean;
  keepalive: number;
  will: { topic: string; payload: string; qos: number; retain: boolean } | null;
  /** Why the broker refused it (§2.1 verdict or the username rule); null when accepted. */
  refused: string | null;
}

/** A publish by the device, as the broker received it (before any forwarding). */
export interface PublishSeen {
  at: number;
  topic: string;
  payload: string;
  qos: number;
  retain: boolean;
}

export interface KitBroker {
  url: string;
  /** Credentials of the kit's own platform client. */
  platform: { username: string; password: string };
  connects: ConnectSeen[];
  publishes: PublishSeen[];
  subscriptions: Array<{ at: number; topic: string; refused: boolean }>;
  /** Publishes or subscriptions outside the device's own topics, refused as the platform's broker refuses them. */
  refusals: string[];
  /** Cuts the device's connection as a network loss would (no DISCONNECT: its will is published). */
  kick(deviceId: string): boolean;
  close(): Promise<void>;
}

const BAD_USERNAME_OR_PASSWORD = 4;

function refuse(message: string): AuthenticateError {
  return Object.assign(new Error(message), { returnCode: BAD_USERNAME_OR_PASSWORD }) as AuthenticateError;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function startKitBroker(o: { host: string; port: number; now: () => number }): Promise<KitBroker> {
  const { Aedes } = await import('aedes');
  const platform = { username: 'threshold-conformance', password: randomBytes(18).toString('base64url') };
  const platformClients = new WeakSet<Client>();
  const devices = new Map<string, Client>();
  const seen = {
    connects: [] as ConnectSeen[],
    publishes: [] as PublishSeen[],
    subscriptions: [] as KitBroker['subscriptions'],
    refusals: [] as string[],
  };

  const broker = await Aedes.createBroker({
    preConnect(_client, packet, done) {
      if (packet.username !== platform.username) {
        const will = packet.will;
        seen.connects.push({
          at: o.now(),
          clientId: packet.clientId,
          username: packet.username,
          password: packet.password?.toString() ?? '',
          clean: packet.clean !== false,
          keepalive: packet.keepalive ?? 0,
          will: will
            ? { topic: will.topic, payload: String(will.payload), qos: will.qos ?? 0, retain: will.retain === true }
            : null,
          refused: null,
        });
      }
      done(null, true);
    },
    authenticate(client, username, password, done) {
      const secret = password?.toString() ?? '';
      if (username === platform.username) {
        if (!sameSecret(secret, platform.password)) return done(refuse('bad platform credentials'), false);
        platformClients.add(client);
        return done(null, true);
      }
      const last = seen.connects.at(-1);
      const verdict =
        username !== client.id ? 'username_not_client_id' : verifyDeviceAuthToken(username, secret, o.now());
      if (verdict !== 'username_not_client_id' && verdict.ok) {
        devices.set(client.id, client);
        return done(null, true);
      }
      const reason = typeof verdict === 'string' ? verdict : verdict.error;
      if (last !== undefined && last.clientId === client.id) last.refused = reason;
      done(refuse(reason), false);
    },
    authorizePublish(client, packet, done) {
      if (!client || platformClients.has(client)) return done(null);
      const where = parseTopic(packet.topic);
      const payload = String(packet.payload);
      const ownStatus = packet.topic === topics.status(client.id);
      if (
        where?.deviceId !== client.id ||
        where.channel === 'cmd' ||
        (ownStatus && !/^(online|offline)$/.test(payload))
      ) {
        seen.refusals.push(`${client.id} published on ${packet.topic}`);
        return done(new Error('foreign_topic'));
      }
      seen.publishes.push({ at: o.now(), topic: packet.topic, payload, qos: packet.qos, retain: packet.retain });
      done(null);
    },
    authorizeSubscribe(client, subscription, done) {
      if (platformClients.has(client)) return done(null, subscription);
      const allowed = subscription.topic === topics.cmd(client.id);
      seen.subscriptions.push({ at: o.now(), topic: subscription.topic, refused: !allowed });
      if (!allowed) seen.refusals.push(`${client.id} subscribed to ${subscription.topic}`);
      done(null, allowed ? subscription : null);
    },
  });
  broker.on('clientDisconnect', (client) => {
    if (devices.get(client.id) === client) devices.delete(client.id);
  });

  const server: Server = createServer((socket: Socket) => {
    socket.setNoDelay(true);
    broker.handle(socket);
  });
  const url = await listen(server, 'mqtt', o);
  return {
    url,
    platform,
    ...seen,
    kick(deviceId) {
      const client = devices.get(deviceId);
      if (client === undefined) return false;
      devices.delete(deviceId);
      client.close();
      return true;
    },
    async close() {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
