#!/usr/bin/env node
import { loadConfig } from '../config.js';
import { systemClock } from '../ports.js';
import { openStore } from '../store/db.js';
import { migrateToLatest } from '../store/migrate.js';
import { runAdminCommand } from './commands.js';

// `npm run admin -- staff grant --email x --role support`: run on the server, with the same environment as `npm start`
// (DATABASE_URL or DATA_DIR), so it opens the same store. Access to this command is access to the server itself.

async function main(argv: readonly string[]): Promise<number> {
  const config = loadConfig();
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const migrated = await migrateToLatest(store.db, store.schema);
    if (!migrated.ok) throw new Error(`database migration failed: ${migrated.error.message}`);
    const result = await runAdminCommand({ db: store.db, clock: systemClock }, argv);
    for (const line of result.lines) (result.code === 0 ? console.log : console.error)(line);
    return result.code;
  } finally {
    await store.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
