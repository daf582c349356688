import { type Child, startChild } from './child.js';
import type { DevicesReady } from './device-host.js';
import { type Floor, measureFloor } from './floor.js';
import type { PhaseSamples } from './phases.js';
import type { HostReady } from './server-host.js';
import { type Summary, summarize } from './stats.js';
import { runVisit, type VisitTiming } from './visit.js';
import { type BenchWorld, setUpWorld } from './world.js';

// (b) arrive → unlocked over HTTP and MQTT, one visit after another, and (c) complete visits per second with many
// doors at once, against one platform process on one database.

export interface UnlockPlan {
  warmup: number;
  visits: number;
  doors: number;
  seconds: number;
  /** Floor samples per database (docs/performance.md "The floor"), measured before the visits. */
  floorSamples: number;
  /** Where the server and device processes write their V8 CPU profiles (`node --cpu-prof`), or undefined for none. */
  cpuProfDir: string | undefined;
  /** An external broker (`--own-broker`) the platform, the devices and the floor use; undefined: the embedded one. */
  mqttUrl?: string | undefined;
}

export interface Throughput {
  doors: number;
  seconds: number;
  visits: number;
  perSecond: number;
  errors: number;
  firstError: string | null;
}

export interface DialectResult {
  /** What no implementation can skip, on the same disk and database, measured in this run (floor.ts). */
  floor: Floor;
  arriveToUnlocked: Summary;
  arrive: Summary;
  unlock: Summary;
  phases: Record<string, Summary>;
  /** CPU time of the server process per sequential visit (book to complete). */
  serverCpuMsPerVisit: number;
  /** Statements per sequential visit (book to complete), by Kysely node kind. */
  queriesPerVisit: Record<string, number>;
  /** The same by kind and table (`select visits`), most first. */
  queriesPerVisitByTable: Record<string, number>;
  throughput: Throughput;
}

async function sequential(world: BenchWorld, plan: UnlockPlan): Promise<VisitTiming[]> {
  const door = world.doors[0]!;
  for (let i = 0; i < plan.warmup; i++) await runVisit(world, door);
  const timings: VisitTiming[] = [];
  for (let i = 0; i < plan.visits; i++) timings.push(await runVisit(world, door));
  return timings;
}

async function parallel(world: BenchWorld, plan: UnlockPlan): Promise<Throughput> {
  const start = performance.now();
  const deadline = start + plan.seconds * 1000;
  let visits = 0;
  let errors = 0;
  let firstError: string | null = null;
  const loop = async (door: BenchWorld['doors'][number]) => {
    while (performance.now() < deadline) {
      try {
        await runVisit(world, door);
        if (performance.now() <= deadline) visits++;
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(world.doors.slice(0, plan.doors).map(loop));
  const seconds = plan.seconds;
  return { doors: plan.doors, seconds, visits, perSecond: visits / seconds, errors, firstError };
}

interface ServerFigures {
  value: PhaseSamples;
  queries: { byKind: Record<string, number>; byTable: Record<string, number> };
  /** CPU time (user + system) the server process used since the last question. */
  cpuMs: number;
}

/** Waits until the platform has no device command waiting for an answer (at most 10 s); how many are left. */
function drain(server: Child<HostReady>): Promise<number> {
  return new Promise((resolve) => {
    const answer = (m: { type?: string; left?: number }) => {
      if (m.type !== 'drained') return;
      server.process.off('message', answer);
      resolve(m.left ?? 0);
    };
    server.process.on('message', answer);
    server.process.send({ type: 'drain' });
  });
}

function askPhases(server: Child<HostReady>): Promise<ServerFigures> {
  return new Promise((resolve) => {
    server.process.once('message', (m) => resolve(m as ServerFigures));
    server.process.send({ type: 'phases' });
  });
}

export async function benchDialect(target: string, plan: UnlockPlan): Promise<DialectResult> {
  const floor = await measureFloor(target, { warmup: 20, samples: plan.floorSamples, mqttUrl: plan.mqttUrl });
  const profile = (name: string) =>
    plan.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${plan.cpuProfDir}`, `--cpu-prof-name=${name}.cpuprofile`] : [];
  const hostArgs = plan.mqttUrl ? [target, plan.mqttUrl] : [target];
  const server = await startChild<HostReady>('./server-host.js', hostArgs, profile(`server.${Date.now()}`));
  let devices: Child<DevicesReady> | undefined;
  let world: BenchWorld | undefined;
  try {
    const mqttUrl = plan.mqttUrl ?? `mqtt://127.0.0.1:${server.ready.brokerPort}`;
    const deviceArgs = [mqttUrl, server.ready.url, String(plan.doors)];
    devices = await startChild<DevicesReady>('./device-host.js', deviceArgs, profile(`devices.${Date.now()}`));
    world = await setUpWorld(server.ready.url, devices.ready);
    await askPhases(server); // forget the set-up
    const timings = await sequential(world, plan);
    await drain(server); // the last visit's trailing commands belong to it
    const figures = await askPhases(server);
    const perVisitCounts = (counts: Record<string, number>) =>
      Object.fromEntries(
        Object.entries(counts)
          .sort(([, a], [, b]) => b - a)
          .map(([key, n]) => [key, Math.round((10 * n) / (plan.warmup + plan.visits)) / 10]),
      );
    const throughput = await parallel(world, plan);
    const left = await drain(server); // before the devices stop: no command is cut off into a timeout
    if (left > 0) console.error(`${left} device commands still unanswered 10 s after the last visit`);
    return {
      floor,
      arriveToUnlocked: summarize(timings.map((t) => t.arriveToUnlockedMs)),
      arrive: summarize(timings.map((t) => t.arriveMs)),
      unlock: summarize(timings.map((t) => t.unlockMs)),
      phases: Object.fromEntries(
        Object.entries(figures.value).map(([name, samples]) => [name, summarize(samples.slice(plan.warmup))]),
      ),
      serverCpuMsPerVisit: figures.cpuMs / (plan.warmup + plan.visits),
      queriesPerVisit: perVisitCounts(figures.queries.byKind),
      queriesPerVisitByTable: perVisitCounts(figures.queries.byTable),
      throughput,
    };
  } finally {
    world?.close();
    await devices?.stop();
    await server.stop();
  }
}
