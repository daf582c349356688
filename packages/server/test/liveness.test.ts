import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  UnknownRow,
} from 'kysely';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { Bus, type BusEvents } from '../src/bus.js';
import { type Gateway, startGateway } from '../src/gateway/gateway.js';
import { silentLog } from '../src/gateway/log.js';
import { randomIds, systemClock } from '../src/ports.js';
import type { Store } from '../src/store/db.js';
import { FreezeProxy } from './support/freeze-proxy.js';
import { RawDevice, until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// Device liveness (docs/performance.md, "Ten thousand devices"): heartbeats are checked without a write, every device
// that goes away is offline and no other one, and a restart leaves no device's online flag stale.

/** Counts the writes (insert, update, delete) the gateway sends to the store. */
class WriteCounter implements KyselyPlugin {
  writes = 0;
  transformQuery(args: PluginTransformQueryArgs) {
    const kind = args.node.kind;
    if (kind === 'InsertQueryNode' || kind === 'UpdateQueryNode' || kind === 'DeleteQueryNode') this.writes += 1;
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

// Long enough for a device that reconnects after a restart to have its hello handled on a loaded CI machine (with
// 400 ms, some that came back were marked offline first: a flap the restart test rightly refuses).
const GRACE_MS = 1500;

describeEachDialect('device liveness', (getStore) => {
  const counter = new WriteCounter();
  const bus = new Bus<BusEvents>();
  const heartbeats = new Map<string, number>();
  const statuses: BusEvents['device.status'][] = [];
  let gateway: Gateway;
  let url: string;
  let devices: RawDevice[] = [];

  const start = async (store: Store) => {
    gateway = await startGateway({
      db: store.db.withPlugin(counter),
      dialect: store.dialect,
      bus,
      clock: systemClock,
      ids: randomIds,
      log: silentLog,
      mqtt: { host: '127.0.0.1', port: 0 },
      liveness: { graceMs: GRACE_MS, sweepMs: 50 },
    });
    url = `mqtt://127.0.0.1:${gateway.brokerPort}`;
  };

  const online = async (ids: readonly string[]) => {
    const rows = await getStore()
      .db.selectFrom('devices')
      .select(['id', 'online'])
      .where('id', 'in', [...ids])
      .execute();
    return new Map(rows.map((r) => [r.id, r.online === 1]));
  };
  /** Waits until exactly `up` are online and `down` offline in the store. */
  const settles = async (up: RawDevice[], down: RawDevice[], timeoutMs = 5000) =>
    until(
      async () => {
        const flags = await online([...up, ...down].map((d) => d.id));
        return up.every((d) => flags.get(d.id) === true) && down.every((d) => flags.get(d.id) === false);
      },
      `${up.length} online and ${down.length} offline`,
      timeoutMs,
    );
  const fleet = async (n: number, target = url, keepalive?: number) => {
    const made = Array.from({ length: n }, (_, i) => new RawDevice(i % 2 === 0 ? 'lock' : 'camera'));
    await Promise.all(made.map((d) => d.connect(target, keepalive === undefined ? {} : { keepalive })));
    devices.push(...made);
    await settles(made, []);
    return made;
  };

  beforeAll(async () => {
    bus.on('device.event', ({ deviceId, event }) => {
      if (event.type === 'heartbeat') heartbeats.set(deviceId, (heartbeats.get(deviceId) ?? 0) + 1);
    });
    bus.on('device.status', (s) => statuses.push(s));
    await start(getStore());
  });
  afterEach(async () => {
    await Promise.all(devices.map((d) => d.close()));
    devices = [];
  });
  afterAll(async () => {
    await gateway.stop();
  });

  it('accepts signed heartbeats without a write, and still refuses a replay, a bad signature and a skewed clock', async () => {
    const [camera] = (await fleet(2)).filter((d) => d.kind === 'camera') as [RawDevice];
    const beat = (frames: number, opts: { ts?: number; key?: string } = {}) =>
      camera.send('heartbeat', { session: 'visit-1', frames }, opts);
    await beat(0); // the first heartbeat on this node goes to the store: it starts the replay floor from last_seq
    await until(() => heartbeats.get(camera.id) === 1, 'first heartbeat');
    const before = counter.writes;
    for (let i = 1; i <= 20; i++) await beat(i);
    await until(() => heartbeats.get(camera.id) === 21, '20 heartbeats');
    expect(counter.writes - before).toBe(0);

    camera.seq -= 1; // the same seq again: a replay
    await beat(21);
    await beat(22, { key: new RawDevice('camera').keys.privateKey });
    const refusals = async () =>
      getStore()
        .db.selectFrom('device_rejections')
        .select('reason')
        .where('device_id', '=', camera.id)
        .orderBy('at')
        .execute();
    await until(async () => (await refusals()).length === 2, 'two refusals');
    expect((await refusals()).map((r) => r.reason)).toEqual(['replayed', 'bad_signature']);
    expect(heartbeats.get(camera.id)).toBe(21);

    // A clock out of bound is a strike counted in the store; the next heartbeat within bound ends the strikes there.
    await beat(23, { ts: Date.now() + 120_000 });
    const health = async () => {
      const row = await getStore()
        .db.selectFrom('devices')
        .select('health')
        .where('id', '=', camera.id)
        .executeTakeFirstOrThrow();
      return JSON.parse(row.health) as { clockStrikes?: number };
    };
    await until(async () => (await health()).clockStrikes === 1, 'a clock strike stored');
    await beat(24);
    await until(async () => (await health()).clockStrikes === 0, 'strikes ended');
    const settled = counter.writes;
    await beat(25);
    await until(() => heartbeats.get(camera.id) === 24, 'heartbeat after the strikes');
    expect(counter.writes).toBe(settled);
  });

  it('marks offline exactly the devices that dropped, all at once, and no other', async () => {
    const all = await fleet(24);
    const dropped = all.filter((_, i) => i % 3 !== 0);
    const kept = all.filter((_, i) => i % 3 === 0);
    for (const d of dropped) d.drop();
    await settles(kept, dropped);
    // Well past the grace and many sweeps, silent but connected devices are still online.
    await new Promise((r) => setTimeout(r, GRACE_MS * 2));
    await settles(kept, dropped, 100);
    expect(await gateway.isOnline(kept[0]!.id)).toBe(true);
    expect(await gateway.isOnline(dropped[0]!.id)).toBe(false);
  });

  it('marks offline a device that left with a clean disconnect and no goodbye', async () => {
    const [a, b] = await fleet(2);
    await a!.close();
    await settles([b!], [a!]);
  });

  it('marks a frozen device offline within 1.5 × its keepalive, and online again when it is back', async () => {
    const proxy = new FreezeProxy({ host: '127.0.0.1', port: gateway.brokerPort! });
    try {
      const frozen = await fleet(4, await proxy.listen(), 1);
      const direct = await fleet(2, url, 1);
      proxy.freezeAll();
      await settles(direct, frozen, 4000);
      const back = frozen.slice(0, 2);
      await Promise.all(back.map((d) => d.connect(url, { keepalive: 1 })));
      await settles([...direct, ...back], frozen.slice(2));
    } finally {
      await proxy.close();
    }
  });

  it('after a restart, devices that do not come back are offline after the grace, the others stay online', async () => {
    const all = await fleet(12);
    await gateway.stop();
    for (const d of all) d.drop(); // the broker went with the platform
    statuses.length = 0;
    await start(getStore());
    const back = all.slice(0, 8);
    const gone = all.slice(8);
    await Promise.all(back.map((d) => d.connect(url)));
    await settles(back, gone, GRACE_MS + 3000);
    // Those that came back never flapped: the only transitions are the gone devices going offline.
    expect(statuses.map((s) => `${s.deviceId}:${s.online}`).sort()).toEqual(gone.map((d) => `${d.id}:false`).sort());
  });
});
