#!/usr/bin/env node
import { cpus, loadavg, totalmem } from 'node:os';
import pg from 'pg';
import { clusterBench } from './cluster-bench.js';
import { coreBench } from './core-bench.js';
import { FLEET_DEFAULTS, fleetBench } from './fleet-bench.js';
import { mqttRoundTrip } from './mqtt-pingpong.js';
import { startOwnBroker } from './own-broker.js';
import { line, type Summary } from './stats.js';
import { benchDialect, type DialectResult, type UnlockPlan } from './unlock-bench.js';

// `npm run bench -- unlock [--quick] [--statements] [--cpu-prof DIR] [--own-broker]` and `npm run bench -- core [--quick]`: docs/performance.md
// explains the figures and where the time goes.

const USAGE =
  'usage: npm run bench -- unlock [--quick] [--statements] [--cpu-prof DIR] [--own-broker]   (BENCH_DATABASE_URL: PostgreSQL, default local)\n' +
  '       npm run bench -- core [--quick]\n' +
  '       npm run bench -- fleet [--count 10000] [--procs 4]\n' +
  '       npm run bench -- cluster [--quick] [--nodes 1,2,3]   (PostgreSQL and Mosquitto on 127.0.0.1)';
type Plan = UnlockPlan & { mqttSamples: number; statements: boolean; ownBroker: boolean };
const FULL: Plan = {
  warmup: 30,
  visits: 300,
  doors: 32,
  seconds: 10,
  cpuProfDir: undefined,
  mqttSamples: 3000,
  floorSamples: 200,
  statements: false,
  ownBroker: false,
};
const QUICK: Plan = {
  warmup: 10,
  visits: 50,
  doors: 8,
  seconds: 3,
  cpuProfDir: undefined,
  mqttSamples: 500,
  floorSamples: 50,
  statements: false,
  ownBroker: false,
};

function usage(): number {
  console.error(USAGE);
  return 2;
}

function parse(argv: readonly string[]): Plan | null {
  const [command, ...rest] = argv;
  if (command !== 'unlock') return null;
  let plan = FULL;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--quick')
      plan = { ...QUICK, cpuProfDir: plan.cpuProfDir, statements: plan.statements, ownBroker: plan.ownBroker };
    else if (rest[i] === '--statements') plan = { ...plan, statements: true };
    else if (rest[i] === '--cpu-prof' && rest[i + 1]) plan = { ...plan, cpuProfDir: rest[++i] };
    else if (rest[i] === '--own-broker') plan = { ...plan, ownBroker: true };
    else return null;
  }
  return plan;
}

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function print(name: string, r: DialectResult, mqtt: Summary, statements: boolean): void {
  console.log(`\n[${name}]`);
  const f = r.floor;
  console.log(line('floor: 2 MQTT + 4 commits + cap + 4 verify', f.total));
  console.log(line('    2 MQTT QoS 1 round trips', f.mqtt2));
  console.log(line('    4 single-row durable commits', f.commits4));
  console.log(line('    capability signed and verified', f.capability));
  console.log(line('    4 Ed25519 verifications', f.verify4));
  console.log(line('(b) arrive → unlocked', r.arriveToUnlocked));
  console.log(line('    POST …/arrive', r.arrive));
  console.log(line('    POST …/unlock', r.unlock));
  for (const [phase, s] of Object.entries(r.phases)) console.log(line(`    ${phase}`, s));
  const queries = Object.entries(r.queriesPerVisit).map(
    ([kind, n]) => `${kind.replace('QueryNode', '').replace('Node', '').toLowerCase()} ${n}`,
  );
  const total = Object.values(r.queriesPerVisit).reduce((a, b) => a + b, 0);
  console.log(
    `    per visit (book → complete): server CPU ${r.serverCpuMsPerVisit.toFixed(1)} ms; statements ${total.toFixed(1)} (${queries.join(', ')})`,
  );
  if (statements) {
    for (const [key, n] of Object.entries(r.queriesPerVisitByTable))
      console.log(`      ${String(n).padStart(6)}  ${key}`);
  }
  const t = r.throughput;
  console.log(
    `(c) ${t.visits} complete visits in ${t.seconds} s on ${t.doors} doors: ${t.perSecond.toFixed(1)} visits/s, ${t.errors} errors${t.firstError ? ` (first: ${t.firstError})` : ''}`,
  );
  console.log(
    `ratio (b)/floor: p50 ${(r.arriveToUnlocked.p50 / f.total.p50).toFixed(1)}x   p99 ${(r.arriveToUnlocked.p99 / f.total.p99).toFixed(1)}x` +
      `   (b)/(a): p50 ${(r.arriveToUnlocked.p50 / mqtt.p50).toFixed(1)}x   p99 ${(r.arriveToUnlocked.p99 / mqtt.p99).toFixed(1)}x`,
  );
}

function fleet(args: readonly string[]): Promise<number> | number {
  const plan = { ...FLEET_DEFAULTS };
  for (let i = 0; i < args.length; i += 2) {
    const value = Number(args[i + 1]);
    if (!Number.isInteger(value) || value < 1) return usage();
    if (args[i] === '--count') plan.count = value;
    else if (args[i] === '--procs') plan.procs = value;
    else return usage();
  }
  const cpu = cpus();
  console.log(
    `machine: ${cpu.length} CPUs, ${cpu[0]?.model ?? 'unknown CPU'}, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  return fleetBench(plan);
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'core') return coreBench(argv.slice(1));
  if (argv[0] === 'fleet') return fleet(argv.slice(1));
  if (argv[0] === 'cluster') return clusterBench(argv.slice(1));
  const plan = parse(argv);
  if (!plan) return usage();
  const cpu = cpus();
  console.log(
    `machine: ${cpu.length} CPUs, ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
  );
  console.log(
    `plan: ${plan.visits} sequential visits (after ${plan.warmup} warm-up), then ${plan.doors} doors for ${plan.seconds} s`,
  );
  // `--own-broker`: the platform runs with the broker out of its process (a Mosquitto of the run's own, as
  // `npm run start:cluster` does), and the floor's round trips cross that broker too. One broker per database: the
  // devices' retained messages of one half must not reach the other half's platform.
  const brokered = async <T>(use: (mqttUrl: string | undefined) => Promise<T>): Promise<T> => {
    const broker = plan.ownBroker ? await startOwnBroker() : undefined;
    try {
      return await use(broker?.url);
    } finally {
      await broker?.stop();
    }
  };
  if (plan.ownBroker) console.log("MQTT: a Mosquitto of the run's own (TCP_NODELAY), out of the platform's process");
  const mqtt = await brokered((url) =>
    mqttRoundTrip({ warmup: 200, samples: plan.mqttSamples, ...(url ? { url } : {}) }),
  );
  console.log(line('\n(a) MQTT QoS 1 request → ack', mqtt));
  const bench = (target: string) => brokered((mqttUrl) => benchDialect(target, { ...plan, mqttUrl }));
  print('sqlite', await bench('sqlite'), mqtt, plan.statements);
  const pgUrl = process.env.BENCH_DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/test';
  const unreachable = await reachable(pgUrl);
  if (unreachable === null) print('postgres', await bench(pgUrl), mqtt, plan.statements);
  else console.log(`\n[postgres] skipped: ${pgUrl} is unreachable (${unreachable})`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
