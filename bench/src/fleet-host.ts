import { loadConfig } from '@threshold/server/config';
import { startPlatform } from '@threshold/server/platform';
import { randomIds, systemClock } from '@threshold/server/ports';
import { openStore } from '@threshold/server/store/db';
import { migrateToLatest } from '@threshold/server/store/migrate';
import { stderrLog } from './host-log.js';
import { QueryCounter } from './query-count.js';

// The platform for `npm run bench -- fleet` (fleet-bench.ts): `startPlatform` as `main` runs it, SQLite in the data
// folder and the embedded broker on the port given, so a second host started on the same folder and port after a
// SIGKILL is the same platform restarted. Arguments: data folder, broker port, DEVICE_GRACE_SECONDS.
// Over IPC it answers `census` (online flags in the store, and of given ids), `sample` (CPU time, RSS, heartbeats
// and statements since the last sample).

export interface FleetHostReady {
  url: string;
  brokerPort: number;
  rssBytes: number;
}

export type FleetHostRequest = { type: 'census'; ids?: string[] } | { type: 'sample' };

export interface Census {
  type: 'census';
  total: number;
  online: number;
  /** Of the ids asked about: how many are offline in the store. */
  idsOffline: number;
}

export interface Sample {
  type: 'sample';
  cpuMs: number;
  rssBytes: number;
  heartbeats: number;
  statements: Record<string, number>;
}

const CHUNK = 500;

async function main(dataDir: string, brokerPort: string, graceSeconds: string): Promise<void> {
  const opened = await openStore({ dataDir });
  const queries = new QueryCounter();
  const store = { ...opened, db: opened.db.withPlugin(queries.plugin) };
  const migrated = await migrateToLatest(store.db, store.schema);
  if (!migrated.ok) throw new Error(`migration failed: ${migrated.error.message}`);
  const config = loadConfig({
    DATA_DIR: dataDir,
    MQTT_PORT: brokerPort,
    DEMO: 'false',
    LOG_LEVEL: 'silent',
    DEVICE_GRACE_SECONDS: graceSeconds,
  });
  const platform = await startPlatform({
    store,
    config,
    clock: systemClock,
    ids: randomIds,
    log: stderrLog('server'),
    nodeId: randomIds.id('node'),
  });
  const url = await platform.app.listen({ host: '127.0.0.1', port: 0 });
  let heartbeats = 0;
  platform.bus.on('device.event', ({ event }) => {
    if (event.type === 'heartbeat') heartbeats += 1;
  });
  let cpu = process.cpuUsage();
  queries.take();

  // Read with the store's own connection, not counted as the platform's statements.
  const census = async (ids: readonly string[]): Promise<Census> => {
    const all = await opened.db
      .selectFrom('devices')
      .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.sum<number>('online').as('online')])
      .executeTakeFirstOrThrow();
    let idsOffline = 0;
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await opened.db
        .selectFrom('devices')
        .select('id')
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .where('online', '=', 0)
        .execute();
      idsOffline += rows.length;
    }
    return { type: 'census', total: Number(all.total), online: Number(all.online ?? 0), idsOffline };
  };

  process.on('message', (m: FleetHostRequest) => {
    if (m.type === 'census') {
      void census(m.ids ?? []).then((c) => process.send?.(c));
      return;
    }
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    const sample: Sample = {
      type: 'sample',
      cpuMs: (used.user + used.system) / 1000,
      rssBytes: process.memoryUsage().rss,
      heartbeats,
      statements: queries.take().byTable,
    };
    heartbeats = 0;
    process.send?.(sample);
  });
  process.once('disconnect', () => {
    void platform.stop().then(() => opened.close());
  });
  process.send?.({ url, brokerPort: platform.gateway.brokerPort ?? 0, rssBytes: process.memoryUsage().rss });
}

const [dataDir, port, grace] = process.argv.slice(2);
main(dataDir!, port!, grace ?? '15').catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
