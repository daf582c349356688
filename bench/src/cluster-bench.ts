import { cpus, loadavg } from 'node:os';
import { partitionOf } from '@threshold/server/gateway/ownership';
import { startChild } from './child.js';
import { CLUSTER_USAGE, type ClusterPlan, parseClusterArgs } from './cluster-args.js';
import {
  type BenchDatabase,
  type BenchNode,
  type Cluster,
  createBenchDatabase,
  killStarted,
  partitionsSplit,
  remember,
  startCluster,
} from './cluster-nodes.js';
import type { DevicesReady } from './device-host.js';
import { measureFloor } from './floor.js';
import { mqttRoundTrip } from './mqtt-pingpong.js';
import { type OwnBroker, startOwnBroker } from './own-broker.js';
import { line, ms, type Summary, summarize } from './stats.js';
import { runVisit, type VisitTiming } from './visit.js';
import { type BenchDoor, type BenchWorld, caller, setUpWorld } from './world.js';

// `npm run bench -- cluster [--quick] [--nodes 1,2,3]` (docs/performance.md "Several nodes"): complete visits per
// second with 1, 2 and 3 real platform nodes (`main.js` processes, as `npm run start:cluster` runs them) on one
// PostgreSQL and one Mosquitto. For each node count: a fresh database, the nodes, emulated homes (a lock and a camera
// each, their ids spread over the 64 partitions and so over the nodes), then one courier loop per door for a fixed
// time, door i calling node i mod N; the floor (raw commits, raw MQTT round trips) is measured in the same run.

const SPLIT_WAIT_MS = 30_000;

interface Round {
  nodes: number;
  visits: number;
  perSecond: number;
  errors: number;
  firstError: string | null;
  arriveToUnlocked: Summary;
  arrive: Summary;
  unlock: Summary;
  /** Devices whose partition each node held when the visits started. */
  devicesPerNode: number[];
  load: number[];
}

interface Drive {
  visits: number;
  timings: VisitTiming[];
  errors: number;
  firstError: string | null;
}

/** One loop per door for `seconds`: visits finished inside the time are counted, with their arrive → unlocked. */
async function drive(doors: { world: BenchWorld; door: BenchDoor }[], seconds: number): Promise<Drive> {
  const deadline = performance.now() + seconds * 1000;
  const out: Drive = { visits: 0, timings: [], errors: 0, firstError: null };
  const loop = async ({ world, door }: { world: BenchWorld; door: BenchDoor }) => {
    while (performance.now() < deadline) {
      try {
        const timing = await runVisit(world, door);
        if (performance.now() > deadline) continue;
        out.visits++;
        out.timings.push(timing);
      } catch (error) {
        out.errors++;
        out.firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(doors.map(loop));
  return out;
}

/** The same people calling through `node`: one world per node, sharing the doors and their live feeds. */
const through = (world: BenchWorld, node: BenchNode): BenchWorld => ({
  ...world,
  sdk: { carrier: caller(node.base, world.auth.carrier), courier: caller(node.base, world.auth.courier) },
});

const loadNow = () => loadavg().map((l) => Math.round(l * 100) / 100);

async function round(n: number, plan: ClusterPlan, databases: Set<BenchDatabase>): Promise<Round> {
  const db = await createBenchDatabase(plan.pgUrl);
  databases.add(db);
  let cluster: Cluster | undefined;
  let world: BenchWorld | undefined;
  let stopDevices: (() => Promise<void>) | undefined;
  try {
    cluster = await startCluster(n, db, plan.mqttUrl);
    const { nodes } = cluster;
    const deviceArgs = [plan.mqttUrl, nodes[0]!.base, String(plan.doors)];
    const devices = await startChild<DevicesReady>('./device-host.js', deviceArgs);
    remember(devices.process);
    stopDevices = () => devices.stop();
    world = await setUpWorld(nodes[0]!.base, devices.ready);
    const owners = await partitionsSplit(db, nodes, SPLIT_WAIT_MS);
    const devicesPerNode = nodes.map(
      (node) =>
        devices.ready.doors
          .flatMap((d) => [d.lock.id, d.camera.id])
          .filter((id) => owners.get(partitionOf(id)) === node.nodeId).length,
    );
    const worlds = nodes.map((node) => through(world!, node));
    const doors = world.doors.map((door, i) => ({ world: worlds[i % n]!, door }));
    await drive(doors, plan.warmupSeconds);
    const measured = await drive(doors, plan.seconds);
    return {
      nodes: n,
      visits: measured.visits,
      perSecond: measured.visits / plan.seconds,
      errors: measured.errors,
      firstError: measured.firstError,
      arriveToUnlocked: summarize(measured.timings.map((t) => t.arriveToUnlockedMs)),
      arrive: summarize(measured.timings.map((t) => t.arriveMs)),
      unlock: summarize(measured.timings.map((t) => t.unlockMs)),
      devicesPerNode,
      load: loadNow(),
    };
  } finally {
    world?.close();
    // A visit's trailing commands (the recording's stop) are answered before the devices go.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await stopDevices?.();
    await cluster?.stop();
    await db.drop();
    databases.delete(db);
  }
}

async function floorOnOwnDatabase(plan: ClusterPlan, databases: Set<BenchDatabase>) {
  const db = await createBenchDatabase(plan.pgUrl);
  databases.add(db);
  try {
    return await measureFloor(db.url, { warmup: 20, samples: plan.floorSamples });
  } finally {
    await db.drop();
    databases.delete(db);
  }
}

function report(rounds: readonly Round[], plan: ClusterPlan): void {
  const base = rounds.find((r) => r.nodes === 1) ?? rounds[0]!;
  console.log(
    `\nnodes  visits  visits/s  ×(N=1)  arrive→unlocked p50     p99   errors  devices per node       load after`,
  );
  for (const r of rounds) {
    console.log(
      [
        String(r.nodes).padStart(5),
        String(r.visits).padStart(7),
        r.perSecond.toFixed(1).padStart(9),
        `${(r.perSecond / base.perSecond).toFixed(2)}x`.padStart(7),
        `  ${ms(r.arriveToUnlocked.p50)}`.padStart(22),
        ms(r.arriveToUnlocked.p99).padStart(10),
        String(r.errors).padStart(8),
        `  ${r.devicesPerNode.join('/')}`.padEnd(23),
        r.load.map((l) => l.toFixed(2)).join(' '),
      ].join(' '),
    );
    if (r.firstError) console.log(`       first error: ${r.firstError}`);
  }
  console.log(
    `(${plan.doors} doors, one courier loop each, ${plan.seconds} s counted after ${plan.warmupSeconds} s of warm-up per node count)`,
  );
}

export async function clusterBench(argv: readonly string[]): Promise<number> {
  const plan = parseClusterArgs(argv, process.env);
  if (typeof plan === 'string') {
    console.error(`${plan}\n${CLUSTER_USAGE}`);
    return 2;
  }
  const databases = new Set<BenchDatabase>();
  const interrupted = () => {
    killStarted();
    void Promise.allSettled([...databases].map((db) => db.drop())).finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  let broker: OwnBroker | undefined;
  if (plan.ownBroker) {
    broker = await startOwnBroker();
    plan.mqttUrl = broker.url;
  }
  const cpu = cpus();
  console.log(`machine: ${cpu.length} CPUs, ${cpu[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
  console.log(`load before: ${loadNow().join(' ')} (1, 5, 15 min)`);
  console.log(
    `plan: nodes ${plan.nodes.join(',')}; ${plan.doors} doors; ${plan.seconds} s per node count; PostgreSQL ${plan.pgUrl} (a database of its own), MQTT ${plan.mqttUrl}${broker ? ' (its own Mosquitto, TCP_NODELAY)' : ''}`,
  );
  try {
    const floor = await floorOnOwnDatabase(plan, databases);
    const mqtt = await mqttRoundTrip({ warmup: 100, samples: plan.mqttSamples, url: plan.mqttUrl });
    console.log(line('floor: 4 single-row commits (PG)', floor.commits4));
    console.log(line('floor: 2 MQTT round trips (aedes)', floor.mqtt2));
    console.log(line('floor: all (commits, MQTT, crypto)', floor.total));
    console.log(line('MQTT QoS 1 round trip (broker)', mqtt));
    const rounds: Round[] = [];
    for (const n of plan.nodes) {
      console.log(`\n[${n} node${n === 1 ? '' : 's'}] starting…`);
      const r = await round(n, plan, databases);
      console.log(
        `[${n} node${n === 1 ? '' : 's'}] ${r.visits} visits in ${plan.seconds} s: ${r.perSecond.toFixed(1)}/s, ${r.errors} errors; ${line('arrive → unlocked', r.arriveToUnlocked)}`,
      );
      console.log(line('    POST …/arrive', r.arrive));
      console.log(line('    POST …/unlock', r.unlock));
      rounds.push(r);
    }
    report(rounds, plan);
    console.log(
      `arrive→unlocked p50 / floor p50: ${rounds.map((r) => `N=${r.nodes} ${(r.arriveToUnlocked.p50 / floor.total.p50).toFixed(1)}x`).join(', ')}`,
    );
    console.log(`load after: ${loadNow().join(' ')}`);
    return rounds.some((r) => r.visits === 0) ? 1 : 0;
  } finally {
    await broker?.stop();
    killStarted();
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}
