import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FleetLoadOptions } from './cli-args.js';
import { type MassFleet, startMassFleet } from './mass-fleet.js';

// `npm run devices -- --count N [--procs P]` (docs/devices.md, "A large fleet"): N generated devices, split over P
// processes of this CLI so one event loop does not carry them all. A process started with an IPC channel (by this
// runner, or by `npm run bench -- fleet`) reports its progress over it and answers `cut` requests instead of printing.

/** What a fleet process says over IPC. */
export type FleetReport =
  | { type: 'progress'; started: number; connected: number; total: number }
  | { type: 'cut'; ids: string[] };
/** What it is asked over IPC: take `n` devices off the network without a goodbye (they stay away). */
export type FleetRequest = { type: 'cut'; n: number };

const REPORT_MS = 500;
const STOP_WAIT_MS = 5000;
const CLI = fileURLToPath(new URL('./cli.js', import.meta.url));

function progress(fleet: MassFleet, total: number): FleetReport {
  return { type: 'progress', started: fleet.devices.length, connected: fleet.connected(), total };
}

/** The arguments that start one process of the fleet with `count` devices. */
export function fleetProcessArgs(o: Omit<FleetLoadOptions, 'procs'>): string[] {
  return [
    ...['--count', String(o.count), '--procs', '1', '--ramp', String(o.rampPerSecond)],
    ...['--heartbeat-ms', String(o.heartbeatMs), '--mqtt', o.mqttUrl, '--platform', o.platformUrl],
  ];
}

/** Forks one fleet process (IPC on); `count` is its share. */
export function forkFleetProcess(o: Omit<FleetLoadOptions, 'procs'>): ChildProcess {
  return fork(CLI, fleetProcessArgs(o), { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
}

/** Resolves on SIGINT, SIGTERM or (under IPC) when the parent goes away. */
function untilAskedToStop(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    if (process.connected) process.once('disconnect', resolve);
  });
}

async function runHere(o: FleetLoadOptions): Promise<void> {
  const fleet = startMassFleet(o);
  const ipc = process.connected;
  const report = setInterval(() => {
    const p = progress(fleet, o.count) as FleetReport & { type: 'progress' };
    // With a callback a send to a parent that just went away is no uncaught EPIPE: the process is stopping anyway.
    if (ipc) process.connected && process.send?.(p, () => undefined);
    else console.log(`started ${p.started}/${p.total}, connected ${p.connected}`);
  }, REPORT_MS);
  if (ipc) {
    process.on('message', (m: FleetRequest) => {
      if (m.type === 'cut') process.send?.({ type: 'cut', ids: fleet.cut(m.n) } satisfies FleetReport);
    });
  }
  await untilAskedToStop();
  clearInterval(report);
  // A goodbye needs the broker; when it is gone too (the bench kills the platform), power off after a short wait.
  const off = setTimeout(() => process.exit(0), STOP_WAIT_MS);
  off.unref();
  await fleet.stop();
}

async function runSplit(o: FleetLoadOptions): Promise<void> {
  const shares = Array.from(
    { length: o.procs },
    (_, i) => Math.floor(o.count / o.procs) + (i < o.count % o.procs ? 1 : 0),
  );
  const latest = new Map<ChildProcess, { started: number; connected: number }>();
  const children = shares
    .filter((n) => n > 0)
    .map((count) =>
      forkFleetProcess({ ...o, count, rampPerSecond: Math.max(1, Math.round(o.rampPerSecond / o.procs)) }),
    );
  for (const child of children) {
    child.on('message', (m: FleetReport) => {
      if (m.type === 'progress') latest.set(child, m);
    });
  }
  const report = setInterval(() => {
    const sum = (k: 'started' | 'connected') => [...latest.values()].reduce((n, p) => n + p[k], 0);
    console.log(`started ${sum('started')}/${o.count}, connected ${sum('connected')} (${children.length} processes)`);
  }, 1000);
  await untilAskedToStop();
  clearInterval(report);
  await Promise.all(
    children.map((child) => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      return exited;
    }),
  );
}

export async function runFleetLoad(o: FleetLoadOptions): Promise<void> {
  await (o.procs > 1 ? runSplit(o) : runHere(o));
}
