import { afterAll, describe, expect, it } from 'vitest';
import {
  type ClusterNodeProcess,
  createTestDatabase,
  eventually,
  stopNode,
  type TestDatabase,
} from './support/cluster-nodes.js';
import {
  arriveVisit,
  type DemoWorld,
  demoWorld,
  devicesOnline,
  homeDevices,
  isReady,
  ledgerVerifies,
  refusalsOf,
  startTwoNodes,
  unlockVisit,
  visitSettled,
} from './support/cluster-visits.js';
import {
  mosquittoAvailable,
  type PrivateMosquitto,
  savedAt,
  startPrivateMosquitto,
} from './support/private-mosquitto.js';

// The broker killed mid-visit (docs/operations.md "Broker and database restarts"): two real nodes on a fresh
// PostgreSQL database and a Mosquitto of the test's own, with the demo's lock and camera. The broker is killed with
// SIGKILL (a crash, an OOM kill: nothing saved at exit) and started again on the same port; devices and nodes
// reconnect, every device event is handled once, the visit goes on to relocked and the ledger verifies.

const pgUrl = process.env.TEST_DATABASE_URL;
const SKIP = 'needs TEST_DATABASE_URL (PostgreSQL) and /usr/sbin/mosquitto';
/** Generous bounds for a loaded machine; none is a speed assertion. */
const BACK_WITHIN_MS = 30_000;
const SETTLED_WITHIN_MS = 60_000;

describe.skipIf(!pgUrl || !mosquittoAvailable())(`broker restarted mid-visit [postgres + mosquitto] (${SKIP})`, () => {
  let db: TestDatabase | undefined;
  let broker: PrivateMosquitto | undefined;
  const nodes: ClusterNodeProcess[] = [];
  let world: DemoWorld;
  let devices: string[];

  afterAll(async () => {
    for (const node of nodes) await stopNode(node);
    await broker?.stop();
    await db?.drop();
  }, 30_000);

  /** Kills the broker once it has saved its state since `since`, waits for the nodes to notice, starts it again. */
  async function crashBroker(since: number): Promise<void> {
    await eventually('the broker saved its sessions', 10_000, async () =>
      savedAt(broker!) > since ? true : undefined,
    );
    await broker!.kill('SIGKILL');
    await eventually('nodes report the broker gone', BACK_WITHIN_MS, async () => {
      const ready = await Promise.all(nodes.map(isReady));
      return ready.every((r) => !r) ? true : undefined;
    });
    await broker!.start();
  }

  async function back(): Promise<void> {
    await eventually('nodes ready again', BACK_WITHIN_MS, async () =>
      (await Promise.all(nodes.map(isReady))).every(Boolean) ? true : undefined,
    );
    await devicesOnline(db!, devices, BACK_WITHIN_MS);
  }

  it('SIGKILL between arrival and unlock, and again while the door is open: the visit relocks, nothing is lost or doubled', async () => {
    db = await createTestDatabase(pgUrl!);
    broker = await startPrivateMosquitto();
    const [a, b] = await startTwoNodes(db, broker.url, nodes);
    world = demoWorld(a);
    devices = await homeDevices(db, world.homeId);
    expect(devices.length).toBeGreaterThanOrEqual(2);
    const connectedAt = Date.now();

    const visitId = await arriveVisit(b.base, world, 'broker-restart-1');
    await crashBroker(connectedAt);
    await back();
    const unlocked = await unlockVisit(a.base, visitId);
    expect(unlocked).toEqual({ status: 200, unlocked: true });

    // The door stays unlocked until the relock timer (15 s): the broker dies again meanwhile, and the relock command
    // and the lock's answer travel on the restarted broker.
    await crashBroker(Date.now());
    await back();
    const settled = await visitSettled(b.base, visitId, SETTLED_WITHIN_MS);
    expect(settled.state).toBe('relocked');

    expect(await refusalsOf(db, devices)).toEqual([]);
    expect(await ledgerVerifies(a.base, world.homeId)).toMatchObject({ ok: true });
  }, 360_000);
});
