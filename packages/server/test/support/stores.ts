import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openStore, type Store } from '../../src/store/db.js';
import { migrateToLatest } from '../../src/store/migrate.js';

const pgUrl = process.env.TEST_DATABASE_URL;

export interface TestStore {
  store: Store;
  dispose(): Promise<void>;
}

/**
 * Kysely's migrator looks for its bookkeeping tables by introspecting the whole database, and on the shared test
 * database another file running at the same time may drop its schema between the listing and the columns query:
 * "schema "test_…" does not exist", naming that other schema. Only that error is retried; it cannot happen in
 * production, where nothing drops schemas under a starting node.
 */
const OTHER_SCHEMA_DROPPED = /schema "test_[0-9a-f]+" does not exist/;

async function migrated(store: Store): Promise<Store> {
  for (let attempt = 1; ; attempt++) {
    const result = await migrateToLatest(store.db, store.schema);
    if (result.ok) return store;
    const raced =
      OTHER_SCHEMA_DROPPED.test(result.error.message) && !result.error.message.includes(`"${store.schema}"`);
    if (!raced || attempt === 5) throw new Error(`migration failed: ${result.error.message}`);
  }
}

export async function openSqliteTestStore(): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-test-'));
  const store = await migrated(await openStore({ dataDir }));
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function openPostgresTestStore(url: string): Promise<TestStore> {
  const pgSchema = `test_${randomBytes(6).toString('hex')}`;
  const store = await migrated(await openStore({ databaseUrl: url, dataDir: tmpdir(), pgSchema }));
  return {
    store,
    dispose: async () => {
      await store.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists "${pgSchema}" cascade`);
      await client.end();
    },
  };
}

type Body = (getStore: () => Store) => void;

function describeOn(title: string, open: () => Promise<TestStore>, body: Body): void {
  describe(title, () => {
    let current: TestStore | undefined;
    beforeAll(async () => {
      current = await open();
    });
    afterAll(async () => {
      await current?.dispose();
    });
    body(() => {
      if (!current) throw new Error('store not open yet: call getStore() inside a test or hook');
      return current.store;
    });
  });
}

/**
 * Runs `body` once per dialect: SQLite always, PostgreSQL when TEST_DATABASE_URL is set (a fresh schema per
 * describe, dropped afterwards). In CI the PostgreSQL run is mandatory, so its absence fails instead of skipping.
 */
export function describeEachDialect(title: string, body: Body): void {
  describeOn(`${title} [sqlite]`, openSqliteTestStore, body);
  if (pgUrl) {
    describeOn(`${title} [postgres]`, () => openPostgresTestStore(pgUrl), body);
  } else if (process.env.CI === 'true') {
    describe(`${title} [postgres]`, () => {
      it('needs TEST_DATABASE_URL in CI', () => {
        throw new Error('TEST_DATABASE_URL is not set: the PostgreSQL suite must run in CI');
      });
    });
  }
}

/** Row count of every table (found by introspection, so new tables count too): proves a rejected request changed nothing. */
export async function rowCounts(store: Store): Promise<Record<string, number>> {
  const tables = (await tableNames(store)).sort();
  const counts: Record<string, number> = {};
  for (const table of tables) {
    if (table.startsWith('kysely_')) continue;
    const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(store.db);
    counts[table] = Number(row.rows[0]?.n);
  }
  return counts;
}

/**
 * The store's own tables. On PostgreSQL only its schema is asked for: the database is shared with the other test
 * files running at the same time, and a whole-database introspection races their schemas being dropped.
 */
async function tableNames(store: Store): Promise<string[]> {
  if (store.schema === undefined) return (await store.db.introspection.getTables()).map((t) => t.name);
  const rows = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = ${store.schema} and table_type = 'BASE TABLE'`.execute(store.db);
  return rows.rows.map((r) => r.name);
}
