import pg from 'pg';
import type { Bus, BusEvents } from '../bus.js';
import type { GatewayLog } from '../gateway/log.js';
import { HOME_EVENT_TYPES } from '../live/home-events.js';

// Bus events between nodes through PostgreSQL LISTEN/NOTIFY (docs/architecture.md "Several nodes", docs/decisions.md
// "Several nodes: live updates"). What a node's bus hears that another node may be waiting for — the home events a
// browser watches, and a camera's `recording` event an unlock on another node waits for — is NOTIFYed on one channel
// after the change committed (services publish after their commit); every node LISTENs and emits what other nodes sent
// on its `remote` bus. One connection per node sends and listens, so this node's events arrive in the order it saw them.

export interface BusBridgeOptions {
  databaseUrl: string;
  /** The PostgreSQL schema the platform's tables live in; the channel is named after it. */
  schema: string;
  nodeId: string;
  local: Bus;
  remote: Bus;
  log: GatewayLog;
}

export interface BusBridge {
  stop(): Promise<void>;
}

/** NOTIFY payloads must be shorter than 8000 bytes; above this a payload is cut to its ids and state. */
const MAX_PAYLOAD_BYTES = 7_800;
const RECONNECT_MS = 1_000;

type Forwarded = { n: string; e: keyof BusEvents; p: unknown };

export function channelOf(schema: string): string {
  return schema === 'public' ? 'threshold_bus' : `threshold_bus_${schema}`;
}

/** The message for `name`, cut to ids and state when too big (a browser then reloads what it shows). */
function encode(nodeId: string, name: keyof BusEvents, payload: unknown): string | null {
  const text = JSON.stringify({ n: nodeId, e: name, p: payload } satisfies Forwarded);
  if (Buffer.byteLength(text) <= MAX_PAYLOAD_BYTES) return text;
  const cut = payload as Record<string, unknown>;
  if (name === 'home.visit') return JSON.stringify({ n: nodeId, e: name, p: { ...cut, entry: null } });
  if (name === 'home.device') return JSON.stringify({ n: nodeId, e: name, p: { ...cut, health: {} } });
  if (name === 'home.alert') return JSON.stringify({ n: nodeId, e: name, p: { ...cut, message: '' } });
  return null;
}

export async function startBusBridge(o: BusBridgeOptions): Promise<BusBridge> {
  const channel = channelOf(o.schema);
  let client: pg.Client | undefined;
  let stopped = false;
  let sending: Promise<void> = Promise.resolve();

  function receive(message: pg.Notification): void {
    if (message.channel !== channel || message.payload === undefined) return;
    try {
      const { n, e, p } = JSON.parse(message.payload) as Forwarded;
      if (n !== o.nodeId)
        o.remote.emit(e, p as never, (err) => o.log.error({ err: String(err) }, 'remote bus listener'));
    } catch {
      o.log.warn({ channel }, 'malformed bus notification ignored');
    }
  }

  /** Tries again every RECONNECT_MS until a connection LISTENs again (the database may take a while to come back). */
  function reconnectLater(): void {
    if (stopped) return;
    setTimeout(() => {
      if (stopped) return;
      connect().then(
        () => o.log.info({ channel }, 'bus bridge listening again'),
        (error: unknown) => {
          o.log.warn({ err: String(error) }, 'bus bridge reconnect failed');
          reconnectLater();
        },
      );
    }, RECONNECT_MS);
  }

  /**
   * One connection that LISTENs; once it ends (a database restart ends every session, and LISTEN with it) a new one
   * is made and LISTENs again. A connection that fails while being made is closed and never counted as up.
   */
  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: o.databaseUrl });
    let up = false;
    next.on('notification', receive);
    next.on('error', (error) => o.log.error({ err: error.message }, 'bus bridge connection'));
    next.on('end', () => {
      if (client === next) client = undefined;
      if (up) reconnectLater();
    });
    try {
      await next.connect();
      await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    if (stopped) {
      await next.end();
      return;
    }
    up = true;
    client = next;
  }

  function send(name: keyof BusEvents, payload: unknown): void {
    const text = encode(o.nodeId, name, payload);
    if (text === null) {
      o.log.warn({ name }, 'bus event too big to forward');
      return;
    }
    // One after another on one connection, so they arrive in this node's order. Lost when the connection is down:
    // a browser on another node then misses one live event (docs/decisions.md "Several nodes: live updates").
    sending = sending.then(() =>
      client?.query('select pg_notify($1, $2)', [channel, text]).then(
        () => undefined,
        (error: unknown) => o.log.warn({ err: String(error), name }, 'bus event not forwarded'),
      ),
    );
  }

  await connect();
  const offs = HOME_EVENT_TYPES.map((name) => o.local.on(name, (payload) => send(name, payload)));
  offs.push(
    o.local.on('device.event', (payload) => {
      if (payload.event.type === 'recording') send('device.event', payload);
    }),
  );
  return {
    async stop() {
      stopped = true;
      for (const off of offs) off();
      await sending;
      await client?.end();
    },
  };
}
