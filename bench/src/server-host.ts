import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@threshold/server/config';
import { startPlatform } from '@threshold/server/platform';
import { randomIds, systemClock } from '@threshold/server/ports';
import { openStore } from '@threshold/server/store/db';
import { migrateToLatest } from '@threshold/server/store/migrate';
import { sql } from 'kysely';
import { stderrLog } from './host-log.js';
import { dropSchema } from './pg-schema.js';
import { watchPhases } from './phases.js';
import { QueryCounter } from './query-count.js';

// The platform exactly as `main` starts it (src/platform.ts `startPlatform`), in its own process, so the benchmark
// driver and the emulated devices do not share its event loop (run it with `node --cpu-prof` to profile the server
// alone). It differs from `npm start` only in what a benchmark needs: no demo, silent logs, a temporary data folder
// or a fresh PostgreSQL schema, and a post-roll of 0 so a door's camera is free for the next visit at once.
// Started by unlock-bench.ts with `sqlite` or a postgres:// URL, and the URL of an external broker when the run uses one
// (`--own-broker`; otherwise the embedded broker). It reports `{ url, brokerPort }` over IPC.

export interface HostReady {
  url: string;
  brokerPort: number;
}

/** A store on a fresh temporary folder or PostgreSQL schema, migrated, counting its statements. */
async function benchStore(target: string, dataDir: string) {
  const databaseUrl = target === 'sqlite' ? undefined : target;
  const pgSchema = databaseUrl ? `bench_${randomBytes(6).toString('hex')}` : undefined;
  // What-if knob for docs/performance.md §1; the server itself runs with synchronous = FULL.
  const opened = await openStore({ databaseUrl, dataDir, pgSchema });
  const synchronous = process.env.BENCH_SQLITE_SYNCHRONOUS;
  if (opened.dialect === 'sqlite' && synchronous && /^(OFF|NORMAL|FULL)$/.test(synchronous)) {
    await sql.raw(`pragma synchronous = ${synchronous}`).execute(opened.db);
  }
  const queries = new QueryCounter();
  const store = { ...opened, db: opened.db.withPlugin(queries.plugin) };
  const migrated = await migrateToLatest(store.db, store.schema);
  if (!migrated.ok) throw new Error(`migration failed: ${migrated.error.message}`);
  const close = async () => {
    await opened.close();
    if (databaseUrl && pgSchema) await dropSchema(databaseUrl, pgSchema);
  };
  return { store, queries, close };
}

async function main(target: string, mqttUrl: string | undefined): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-bench-'));
  const { store, queries, close } = await benchStore(target, dataDir);
  // Request limits are off: the benchmark measures the unlock path, and its couriers call far faster than people.
  // One customer follows every door's live stream, more than a person's default of 5. One door does sixty visits a
  // minute, so its camera uploads far more than the 20 clips per 10 minutes a real door's camera may.
  const config = loadConfig({
    DATA_DIR: dataDir,
    MQTT_PORT: '0',
    ...(mqttUrl ? { MQTT_URL: mqttUrl } : {}),
    DEMO: 'false',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_SIGN_INS_PER_MINUTE: '0',
    LIVE_STREAMS_PER_CALLER: '100',
    CLIP_UPLOADS_PER_10_MINUTES: '100000',
  });
  const log = stderrLog('server');
  const nodeId = randomIds.id('node');
  const expectations = { postRollMs: 0 };
  const platform = await startPlatform({
    store,
    config,
    clock: systemClock,
    ids: randomIds,
    log,
    nodeId,
    expectations,
  });
  const phases = watchPhases(platform.bus);
  const url = await platform.app.listen({ host: '127.0.0.1', port: 0 });

  // The driver ends the run by closing the IPC channel (or dies, which closes it too).
  process.once('disconnect', () => {
    void platform
      .stop()
      .then(close)
      .finally(() => rmSync(dataDir, { recursive: true, force: true }));
  });
  // Commands still waiting for a device's answer (a visit's trailing `visit.close`, say): the driver lets them be
  // answered before it reads the figures or stops the devices, instead of cutting them off into command timeouts.
  const gateway = platform.gateway;
  const sendCommand = gateway.sendCommand.bind(gateway);
  let inFlight = 0;
  gateway.sendCommand = (...args) => {
    inFlight++;
    return sendCommand(...args).finally(() => inFlight--);
  };
  const drained = async (limitMs: number) => {
    const until = performance.now() + limitMs;
    while (inFlight > 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
    return inFlight;
  };
  process.on('message', (message) => {
    if ((message as { type?: string }).type !== 'drain') return;
    void drained(10_000).then((left) => process.send?.({ type: 'drained', left }));
  });
  // The driver asks for the figures gathered since its last question: phases, statements, CPU time.
  let cpu = process.cpuUsage();
  process.on('message', (message) => {
    if ((message as { type?: string }).type !== 'phases') return;
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    const cpuMs = (used.user + used.system) / 1000;
    process.send?.({ type: 'phases', value: phases.take(), queries: queries.take(), cpuMs });
  });
  process.send?.({ url, brokerPort: platform.gateway.brokerPort ?? 0 } satisfies HostReady);
}

main(process.argv[2] ?? 'sqlite', process.argv[3]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
