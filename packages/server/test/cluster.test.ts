import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { PARTITIONS, partitionOf } from '../src/gateway/ownership.js';
import {
  type ClusterNodeProcess,
  createTestDatabase,
  eventually,
  liveOwners,
  openEventStream,
  type SseEvent,
  startDemoNode,
  startNode,
  stopNode,
  type TestDatabase,
} from './support/cluster-nodes.js';
import { api } from './support/server-process.js';

// Several nodes against one PostgreSQL and one Mosquitto (docs/operations.md "Several nodes", docs/decisions.md
// "Several nodes"): real processes, real broker. Node A runs the demo (its home, its emulated devices on the broker).

const pgUrl = process.env.TEST_DATABASE_URL;
const mqttUrl = process.env.TEST_MQTT_URL;
const SKIP = 'needs TEST_DATABASE_URL (PostgreSQL) and TEST_MQTT_URL (an external broker such as Mosquitto)';
/** The stated bound (docs/operations.md): lease ttl 5 s + 2 heartbeats of 1 s; the wait allows for a loaded machine. */
const MOVE_WITHIN_MS = 20_000;

interface World {
  homeId: string;
  carrierApiKey: string;
}

const signIn = async (base: string, account: { email: string; password: string }) =>
  (
    await api<{ token: string; user: { id: string } }>(base, 'POST', '/v1/auth/sign-in', {
      body: { email: account.email, password: account.password },
    })
  ).body;

/** A delivery booked, assigned and arrived at through `base`: the open visit's id. */
async function arriveAt(base: string, world: World, externalId: string): Promise<string> {
  const carrier = `ApiKey ${world.carrierApiKey}`;
  const courier = await signIn(base, DEMO_ACCOUNTS.courier);
  const now = Date.now();
  const window = { start: new Date(now - 60_000).toISOString(), end: new Date(now + 3_600_000).toISOString() };
  const booked = await api<{ id: string }>(base, 'POST', '/v1/deliveries', {
    auth: carrier,
    body: { homeId: world.homeId, externalId, window },
  });
  expect(booked.status).toBe(201);
  const assign = { auth: carrier, body: { courierId: courier.user.id } };
  expect((await api(base, 'POST', `/v1/deliveries/${booked.body.id}/assign`, assign)).status).toBe(200);
  const position = { lat: 51.53896, lon: -0.08813, accuracyMeters: 8 };
  const arrived = await api<{ visit: { id: string; state: string } }>(
    base,
    'POST',
    `/v1/deliveries/${booked.body.id}/arrive`,
    { auth: `Bearer ${courier.token}`, body: { position } },
  );
  expect(arrived.body.visit.state).toBe('arrived');
  return arrived.body.visit.id;
}

async function unlock(base: string, visitId: string): Promise<boolean> {
  const courier = await signIn(base, DEMO_ACCOUNTS.courier);
  const res = await api<{ unlocked: boolean }>(base, 'POST', `/v1/visits/${visitId}/unlock`, {
    auth: `Bearer ${courier.token}`,
  });
  return res.body.unlocked;
}

/** The visit's states a live stream carried, once `state` is among them. */
function streamed(stream: { events: SseEvent[] }, visitId: string, state: string) {
  return eventually(`the stream carries ${state}`, 10_000, async () => {
    const seen = stream.events.filter((e) => e.type === 'home.visit' && e.data.visitId === visitId);
    const states = seen.map((e) => e.data.state);
    return states.includes(state) ? states : undefined;
  });
}

async function demoDevices(db: TestDatabase): Promise<string[]> {
  const rows = await db.query<{ id: string }>('select id from devices where home_id is not null');
  return rows.map((r) => r.id);
}

/** Waits until each of `nodes` holds a live lease and together they hold every partition. */
function splitBetween(db: TestDatabase, nodes: readonly ClusterNodeProcess[]) {
  return eventually(`partitions split between ${nodes.map((n) => n.nodeId).join(', ')}`, MOVE_WITHIN_MS, async () => {
    const owners = await liveOwners(db);
    const holders = new Set(owners.values());
    const all =
      owners.size === PARTITIONS && nodes.every((n) => holders.has(n.nodeId)) && holders.size === nodes.length;
    return all ? owners : undefined;
  });
}

describe.skipIf(!pgUrl || !mqttUrl)(`several nodes [postgres + mosquitto] (${SKIP})`, () => {
  let db: TestDatabase;
  let nodes: ClusterNodeProcess[] = [];

  afterAll(async () => {
    for (const node of nodes) await stopNode(node);
    await db?.drop();
  }, 30_000);

  let world: World;
  let visitId: string;

  it('a visit driven through node A shows live on an event stream served by node B', async () => {
    db = await createTestDatabase(pgUrl!);
    const a = await startDemoNode('node-a', db, mqttUrl!);
    nodes.push(a);
    const b = await startNode('node-b', db, mqttUrl!);
    nodes.push(b);
    await splitBetween(db, [a, b]);
    world = JSON.parse(readFileSync(join(a.dataDir, 'demo', 'demo.json'), 'utf8')) as World;

    const customer = await signIn(b.base, DEMO_ACCOUNTS.customer);
    const stream = await openEventStream(`${b.base}/v1/homes/${world.homeId}/events`, `Bearer ${customer.token}`);
    try {
      // Committed by node A's HTTP handler: only the fan-out between nodes can bring it to B's browsers.
      visitId = await arriveAt(a.base, world, 'cluster-live-1');
      expect(await streamed(stream, visitId, 'arrived')).toContain('arrived');
    } finally {
      stream.close();
    }
  }, 120_000);

  it('kill -9 of a node: its partitions move to the others, and the visit goes on to unlocked', async () => {
    const [a, b] = nodes as [ClusterNodeProcess, ClusterNodeProcess];
    const c = await startNode('node-c', db, mqttUrl!);
    nodes.push(c);
    const before = await splitBetween(db, [a, b, c]);
    // The victim is a node holding a demo device if B or C does (A runs the demo's devices), else B.
    const owning = (await demoDevices(db)).map((id) => before.get(partitionOf(id)));
    const victim = [b, c].find((n) => owning.includes(n.nodeId)) ?? b;
    const watcher = victim === b ? c : b;
    const victimPartitions = [...before].filter(([, owner]) => owner === victim.nodeId).map(([p]) => p);
    expect(victimPartitions.length).toBeGreaterThan(0);

    await stopNode(victim, 'SIGKILL');
    nodes = nodes.filter((n) => n !== victim);
    const after = await splitBetween(db, nodes);
    for (const partition of victimPartitions) expect([a.nodeId, watcher.nodeId]).toContain(after.get(partition));

    // The camera's recording and the lock's ack are handled by whichever node owns them now, and reach A's unlock.
    const customer = await signIn(watcher.base, DEMO_ACCOUNTS.customer);
    const url = `${watcher.base}/v1/homes/${world.homeId}/events`;
    const stream = await openEventStream(url, `Bearer ${customer.token}`);
    try {
      expect(await unlock(a.base, visitId)).toBe(true);
      expect(await streamed(stream, visitId, 'unlocked')).toContain('unlocked');
    } finally {
      stream.close();
    }
  }, 120_000);
});
