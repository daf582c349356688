import { loadConfig } from './config.js';
import { buildApp } from './http/app.js';
import { randomIds, systemClock } from './ports.js';
import { openStore } from './store/db.js';
import { migrateToLatest } from './store/migrate.js';

/** The one place that wires the process together and listens (STYLE.md, habit 5). */
async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const migrated = await migrateToLatest(store.db);
  if (!migrated.ok) {
    await store.close();
    throw new Error(`database migration failed: ${migrated.error.message}`);
  }

  // --- gateway: startGateway({ store, config, clock, ids, log }) goes here, and its readiness into `ready` below.

  const app = await buildApp({ store, config, clock: systemClock, ids: randomIds, log: true, ready: {} });

  // --- demo seeding: when config.demo, seed the demo data here (after migration, before listening).

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close(); // stops accepting, lets in-flight requests finish
      // --- gateway: stop it here, after HTTP and before the store.
      await store.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { address, database: store.dialect, dataDir: config.dataDir, docs: `${config.publicUrl}/docs` },
    `Threshold listening on ${address}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
