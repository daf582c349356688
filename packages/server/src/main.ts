import { hostname } from 'node:os';
import { pino } from 'pino';
import { loadConfig } from './config.js';
import { type Demo, startDemo } from './demo/index.js';
import { requestIdMixin } from './http/request-scope.js';
import { startPlatform } from './platform.js';
import { randomIds, systemClock } from './ports.js';
import { platformKeyLines } from './services/platform-keys.js';
import { openStore } from './store/db.js';
import { migrateToLatest } from './store/migrate.js';
import { startTracing } from './tracing/setup.js';

/** How long a graceful stop may take before the process exits anyway. */
const SHUTDOWN_LIMIT_MS = 8_000;

/** The one place that wires the process together and listens (STYLE.md, habit 5). */
async function main(): Promise<void> {
  const config = loadConfig();
  // A line written while a request is handled names it (`reqId`), whichever logger wrote it (docs/operations.md "Logs").
  const log = pino({ level: config.logLevel, mixin: requestIdMixin });
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const migrated = await migrateToLatest(store.db, store.schema);
  if (!migrated.ok) {
    await store.close();
    throw new Error(`database migration failed: ${migrated.error.message}`);
  }

  const clock = systemClock;
  const ids = randomIds;
  const nodeId = config.nodeId ?? `${hostname()}:${config.port}`;
  // Before the platform starts: its HTTP hooks and bus listeners are added only when tracing is on.
  const tracing = config.trace === 'otlp' ? startTracing({ nodeId }) : undefined;
  const platform = await startPlatform({
    store,
    config,
    clock,
    ids,
    log,
    httpLog: log,
    nodeId,
    expectations: { garageOpenMs: config.garageOpenMs },
  });
  const { app, gateway } = platform;

  let demo: Demo | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // Whatever still holds on (a stuck device, a slow client) must not keep the port: exit regardless after a while.
    setTimeout(() => {
      log.error({ signal }, 'shutdown took too long, exiting');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    try {
      await demo?.stop();
      await platform.stop();
      await tracing?.stop();
      await store.close();
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const address = await app.listen({ port: config.port, host: config.host });
  log.info({ address, database: store.dialect, dataDir: config.dataDir }, `Threshold listening on ${address}`);
  // The key that signs every home's ledger, so its holder can check evidence with `threshold-verify --key`.
  process.stdout.write(`${(await platformKeyLines(store.db, { clock, ids })).join('\n')}\n`);

  if (config.demo) {
    demo = await startDemo(
      { db: store.db, clock, ids, gateway },
      {
        dataDir: config.dataDir,
        mqttUrl: deviceBrokerUrl(config.mqttUrl, gateway.brokerPort),
        platformUrl: config.publicUrl,
        control: `127.0.0.1:${config.demoControlPort}`,
      },
    );
    process.stdout.write(`${demo.banner(config.publicUrl)}\n`);
  }
}

/** The broker URL devices use: the embedded broker's port, or the external broker without the platform's credentials. */
function deviceBrokerUrl(external: string | undefined, embeddedPort: number | null): string {
  if (external === undefined) return `mqtt://127.0.0.1:${embeddedPort}`;
  const url = new URL(external);
  url.username = '';
  url.password = '';
  return url.toString();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
