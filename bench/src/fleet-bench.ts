import type { ChildProcess } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FleetReport, forkFleetProcess } from '@threshold/devices/fleet-load';
import { type Child, startChild } from './child.js';
import type { Census, FleetHostReady, FleetHostRequest, Sample } from './fleet-host.js';
import { freePort } from './free-port.js';
import { mqttRoundTrip } from './mqtt-pingpong.js';
import { line, summarize } from './stats.js';

// `npm run bench -- fleet [--count N]` (docs/performance.md, "Ten thousand devices"): N emulated devices (half locks,
// half cameras sending a signed heartbeat every HEARTBEAT_MS) in PROCS processes against one platform process
// (fleet-host.ts, SQLite, embedded broker). Measures the connect ramp, the time until all are online in the store,
// server memory per device and server CPU per heartbeat, with the floor in the same run; then cuts 100 devices, drops
// a whole half of the fleet at once, SIGKILLs the platform and starts it again, checking the online flags each time.

export interface FleetPlan {
  count: number;
  procs: number;
  rampPerSecond: number;
  heartbeatMs: number;
  steadySeconds: number;
  graceSeconds: number;
}

export const FLEET_DEFAULTS: FleetPlan = {
  count: 10_000,
  procs: 4,
  rampPerSecond: 1000,
  heartbeatMs: 10_000,
  steadySeconds: 20,
  graceSeconds: 15,
};

/**
 * Every wait is bounded, so a run ends within minutes or fails saying where: after WAIT_LIMIT_MS; a wait that watches
 * a count (the connect ramp) instead gives up once the count did not move for STALL_MS, and after LONG_LIMIT_MS in any
 * case, so a slow but steady ramp on a loaded machine is not cut short.
 */
const WAIT_LIMIT_MS = 240_000;
const STALL_MS = 60_000;
const LONG_LIMIT_MS = 900_000;

function ask<T>(child: ChildProcess, request: FleetHostRequest, type: string): Promise<T> {
  return new Promise<T>((resolve) => {
    const on = (m: { type?: string }) => {
      if (m.type !== type) return;
      child.off('message', on);
      resolve(m as T);
    };
    child.on('message', on);
    child.send(request);
  });
}

/** How often a wait says where it is, so a run that gives up shows where it stopped. */
const PROGRESS_MS = 10_000;

/** What a wait prints every PROGRESS_MS (set once the fleet runs: started, connected, online in the store). */
let progress: () => Promise<string> = async () => '';

async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  everyMs = 250,
  moving?: () => number,
): Promise<number> {
  const start = performance.now();
  let reported = start;
  let moved = start;
  let last = moving?.();
  while (!(await check())) {
    const now = performance.now();
    if (now - reported >= PROGRESS_MS) {
      reported = now;
      console.log(`    ${new Date().toISOString().slice(11, 19)} waiting for ${what}: ${await progress()}`);
    }
    const current = moving?.();
    if (current !== last) [last, moved] = [current, now];
    const stalled = moving !== undefined && now - moved > STALL_MS;
    if (stalled || now - start > (moving ? LONG_LIMIT_MS : WAIT_LIMIT_MS)) {
      const why = stalled ? `nothing moved for ${STALL_MS} ms` : `${Math.round(now - start)} ms`;
      throw new Error(`gave up after ${why}: ${what} (${await progress()})`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return performance.now() - start;
}

/** The floor of a heartbeat: one Ed25519 verification of a heartbeat-sized message with a ready KeyObject. */
function verifyFloor(samples: number): ReturnType<typeof summarize> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const key = createPublicKey({ key: publicKey.export({ format: 'jwk' }), format: 'jwk' });
  const message = Buffer.from(
    JSON.stringify({
      data: { frames: 1234, session: `load-cam-${'a'.repeat(26)}` },
      device: `cam-${'a'.repeat(26)}`,
      seq: 123456,
      ts: Date.now(),
      type: 'heartbeat',
      v: 1,
    }),
  );
  const sig = sign(null, message, privateKey);
  const out: number[] = [];
  for (let i = 0; i < samples + 200; i++) {
    const t = performance.now();
    verify(null, message, key, sig);
    if (i >= 200) out.push(performance.now() - t);
  }
  return summarize(out);
}

interface FleetProc {
  child: ChildProcess;
  count: number;
  latest: { started: number; connected: number };
}

async function census(host: Child<FleetHostReady>, ids: string[] = []): Promise<Census> {
  return ask<Census>(host.process, { type: 'census', ids }, 'census');
}

/** Takes `n` devices of a fleet process off the network for good (no goodbye); their ids. */
function cut(proc: FleetProc, n: number): Promise<string[]> {
  return new Promise<string[]>((resolve) => {
    const on = (m: FleetReport) => {
      if (m.type !== 'cut') return;
      proc.child.off('message', on);
      resolve(m.ids);
    };
    proc.child.on('message', on);
    proc.child.send({ type: 'cut', n });
  });
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function fleetBench(plan: FleetPlan): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-fleet-'));
  const brokerPort = await freePort();
  const hostArgs = [dataDir, String(brokerPort), String(plan.graceSeconds)];
  // BENCH_CPU_PROF=DIR: the platform writes a V8 CPU profile there (node bench/dist/profile-summary.js reads it).
  const prof = process.env.BENCH_CPU_PROF;
  const execArgv = prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : [];
  let host = await startChild<FleetHostReady>('./fleet-host.js', hostArgs, execArgv);
  const procs: FleetProc[] = [];
  try {
    console.log(
      `plan: ${plan.count} devices in ${plan.procs} processes, ramp ${plan.rampPerSecond}/s, camera heartbeat every ${plan.heartbeatMs} ms, grace ${plan.graceSeconds} s`,
    );
    const floorVerify = verifyFloor(5000);
    const floorMqtt = await mqttRoundTrip({ warmup: 200, samples: 2000 });
    console.log(line('floor: Ed25519 verify (heartbeat)', floorVerify));
    console.log(line('floor: MQTT QoS 1 round trip', floorMqtt));

    await ask<Sample>(host.process, { type: 'sample' }, 'sample');
    const rssBefore = host.ready.rssBytes;
    const mqttUrl = `mqtt://127.0.0.1:${brokerPort}`;
    const start = performance.now();
    const share = (i: number) => Math.floor(plan.count / plan.procs) + (i < plan.count % plan.procs ? 1 : 0);
    for (let i = 0; i < plan.procs; i++) {
      const count = share(i);
      const child = forkFleetProcess({
        count,
        mqttUrl,
        platformUrl: host.ready.url,
        rampPerSecond: Math.max(1, Math.round(plan.rampPerSecond / plan.procs)),
        heartbeatMs: plan.heartbeatMs,
      });
      const proc: FleetProc = { child, count, latest: { started: 0, connected: 0 } };
      child.on('message', (m: FleetReport) => {
        if (m.type === 'progress') proc.latest = m;
      });
      procs.push(proc);
    }
    const connected = () => procs.reduce((n, p) => n + p.latest.connected, 0);
    progress = async () => {
      const started = procs.reduce((n, p) => n + p.latest.started, 0);
      const c = await census(host);
      return `started ${started}, connected ${connected()}, in the store ${c.total} registered, ${c.online} online`;
    };
    const connectMs = await waitFor('all devices connected', () => connected() === plan.count, 250, connected);
    console.log(
      `connect: ${plan.count} devices connected in ${secs(connectMs)} (ramp alone: ${secs((plan.count / plan.rampPerSecond) * 1000)})`,
    );
    await waitFor('all devices online in the store', async () => (await census(host)).online === plan.count);
    console.log(`online in the store: all ${plan.count} after ${secs(performance.now() - start)} from the start`);
    const ramp = await ask<Sample>(host.process, { type: 'sample' }, 'sample');
    console.log(
      `server CPU during the ramp: ${(ramp.cpuMs / plan.count).toFixed(2)} ms per device registered and connected (${(ramp.cpuMs / 1000).toFixed(1)} s in all)`,
    );

    // Steady state: every device connected, cameras beating. Settle, then measure.
    await new Promise((r) => setTimeout(r, plan.heartbeatMs + 2000));
    await ask<Sample>(host.process, { type: 'sample' }, 'sample');
    await new Promise((r) => setTimeout(r, plan.steadySeconds * 1000));
    const steady = await ask<Sample>(host.process, { type: 'sample' }, 'sample');
    const perBeatUs = (steady.cpuMs * 1000) / Math.max(1, steady.heartbeats);
    const writes = Object.entries(steady.statements)
      .filter(([k]) => /^(insert|update|delete) /.test(k))
      .reduce((n, [, v]) => n + v, 0);
    console.log(
      `memory: server RSS ${mb(rssBefore)} → ${mb(steady.rssBytes)}: ${((steady.rssBytes - rssBefore) / plan.count / 1024).toFixed(1)} KiB per device`,
    );
    console.log(
      `steady ${plan.steadySeconds} s: ${steady.heartbeats} heartbeats (${(steady.heartbeats / plan.steadySeconds).toFixed(0)}/s), server CPU ${(steady.cpuMs / 1000).toFixed(2)} s = ${perBeatUs.toFixed(0)} µs per heartbeat (all server work / heartbeats); ${(perBeatUs / (floorVerify.p50 * 1000)).toFixed(1)}x the Ed25519 floor (p50 ${(floorVerify.p50 * 1000).toFixed(0)} µs)`,
    );
    console.log(`    statements in the steady period: ${JSON.stringify(steady.statements)} (writes: ${writes})`);

    // 100 devices lose power: exactly those go offline.
    const cutIds = await cut(procs[0]!, 100);
    const cutMs = await waitFor(
      '100 cut devices offline',
      async () => (await census(host, cutIds)).idsOffline === 100,
      50,
    );
    const afterCut = await census(host, cutIds);
    console.log(
      `cut 100: all ${afterCut.idsOffline} offline after ${secs(cutMs)}; online ${afterCut.online} of ${afterCut.total} (expected ${plan.count - 100})`,
    );

    // Half of the fleet drops at once: its processes are killed.
    const dropped = procs.slice(Math.ceil(procs.length / 2));
    const droppedCount = dropped.reduce((n, p) => n + p.count, 0);
    const dropStart = performance.now();
    for (const p of dropped) p.child.kill('SIGKILL');
    const remaining = plan.count - 100 - droppedCount;
    await waitFor(
      `${droppedCount} dropped devices offline`,
      async () => (await census(host)).online === remaining,
      100,
    );
    const afterDrop = await census(host);
    console.log(
      `drop ${droppedCount} at once: online ${afterDrop.online} (expected ${remaining}) after ${secs(performance.now() - dropStart)}; platform up`,
    );

    // The platform is killed; while it is down 200 more devices go away for good (the store still says online), then
    // it starts again on the same folder and port. After the grace exactly the devices that did not come back are offline.
    host.process.kill('SIGKILL');
    await host.stop();
    const goneWhileDown = await cut(procs[0]!, 200);
    const back = remaining - goneWhileDown.length;
    const restart = performance.now();
    host = await startChild<FleetHostReady>('./fleet-host.js', hostArgs, execArgv);
    const upMs = performance.now() - restart;
    const staleAtStart = await census(host, goneWhileDown);
    const backMs = await waitFor('the rest connected again', () => connected() >= back, 100);
    const settledMs = await waitFor(
      'the devices gone while the platform was down offline',
      async () => (await census(host, goneWhileDown)).idsOffline === goneWhileDown.length,
      100,
    );
    // A device's CONNACK comes from the broker at once; the store says online once the platform has handled its
    // hello, which at ~20 ms of server CPU per device trails the reconnect storm by minutes at this size.
    let onlineNow = 0;
    const onlineMs = await waitFor(
      'the devices that came back online in the store',
      async () => {
        onlineNow = (await census(host)).online;
        return onlineNow === back;
      },
      250,
      () => onlineNow,
    );
    const final = await census(host, [...cutIds, ...goneWhileDown]);
    console.log(
      `restart (SIGKILL, ${goneWhileDown.length} devices gone meanwhile): up in ${secs(upMs)}; at start ${goneWhileDown.length - staleAtStart.idsOffline} of them still online (the grace); the rest reconnected within ${secs(upMs + backMs)}; the gone ones offline ${secs(upMs + settledMs)} after the kill; all that came back online in the store ${secs(upMs + onlineMs)} after it; then online ${final.online} (expected ${back}), offline of the gone and cut: ${final.idsOffline}/${cutIds.length + goneWhileDown.length}`,
    );
    const ok =
      afterCut.online === plan.count - 100 &&
      afterDrop.online === remaining &&
      final.online === back &&
      final.idsOffline === cutIds.length + goneWhileDown.length;
    console.log(ok ? 'all online flags as expected' : 'ONLINE FLAGS WRONG');
    return ok ? 0 : 1;
  } finally {
    await Promise.all(
      procs.map(
        (p) =>
          new Promise<void>((resolve) => {
            if (p.child.exitCode !== null || p.child.signalCode !== null) return resolve();
            p.child.once('exit', () => resolve());
            p.child.disconnect();
          }),
      ),
    );
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
