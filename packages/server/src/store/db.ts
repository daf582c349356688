import { mkdirSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { sqlitePath } from '../config.js';
import type { Database } from './schema.js';
import { cachingDatabase } from './statement-cache.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** PostgreSQL only: the schema the tables live in (migration bookkeeping goes there too). */
  schema?: string;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** postgres:// URL; absent means SQLite under `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** PostgreSQL only: create this schema and put it first on every connection's search_path (tests isolate by it). */
  pgSchema?: string | undefined;
}

/** Either the database or an open transaction: repositories accept both (STYLE.md, habit 9). */
export type Db = Kysely<Database> | Transaction<Database>;

export async function openStore(options: StoreOptions): Promise<Store> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.pgSchema) : openSqlite(options.dataDir);
}

const sqliteByAdapter = new WeakMap<object, SqliteDatabase.Database>();

function openSqlite(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const database = new SqliteDatabase(sqlitePath(dataDir));
  // WAL lets readers run beside the writer; FULL makes a commit durable across power loss (DESIGN.md, "Real parts").
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingDatabase(database) }) });
  // Kysely instances made from this one (`withPlugin`) share its adapter: withLazyCommit finds the database by it.
  sqliteByAdapter.set(db.getExecutor().adapter, database);
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

const INT8_OID = 20;

/** int8 (count(*), bigint columns) as a JS number while it is exactly representable, else the exact string. */
function parseInt8(value: string): number | string {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value;
}

const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? parseInt8
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function openPostgres(connectionString: string, schema: string | undefined): Promise<Store> {
  if (schema !== undefined) {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      await client.query(`create schema if not exists ${quoteIdent(schema)}`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString,
    types: pgTypes,
    // Set at connection start-up, so every pooled connection sees only this schema's tables.
    ...(schema === undefined ? {} : { options: `-c search_path=${quoteIdent(schema)}` }),
  });
  // An idle connection the server ends (a restart, a terminated backend) is an 'error' event on the pool, which would
  // crash the process unheard; the pool has already dropped that client and connects anew for the next query, and a
  // query that fails meanwhile reports to its caller (docs/operations.md "Broker and database restarts").
  pool.on('error', () => undefined);
  // The same for a connection lost while checked out between two statements (a transaction waiting on something
  // else): its next statement fails, and the pool discards it when it is released.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', schema: schema ?? 'public', close: () => db.destroy() };
}

/** What a transaction opened by `withTransaction` carries: the database it came from, and what waits for its commit. */
interface Opened {
  outside: Kysely<Database>;
  committed: (() => void)[];
  ended?: 'committed' | 'rolled back';
}

const opened = new WeakMap<object, Opened>();

/** Runs `fn` in a transaction, or inside the caller's when `db` already is one. */
export async function withTransaction<T>(db: Db, fn: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<Database>);
  const scope: Opened = { outside: db as Kysely<Database>, committed: [] };
  let result: T;
  try {
    result = await db.transaction().execute((tx) => {
      opened.set(tx, scope);
      return fn(tx);
    });
  } catch (error) {
    scope.ended = 'rolled back';
    throw error;
  }
  scope.ended = 'committed';
  for (const run of scope.committed) run();
  return result;
}

/**
 * Runs `fn` once what was written on `db` is committed: at once outside a transaction, after the outermost commit
 * inside one that `withTransaction` opened, and never when it rolls back. What acts on a write (a bus event, a device
 * command) waits for it, so nothing acts on a write the store could still lose or undo (a visit transition made
 * inside a device message's accepting transaction: gateway/accept-batch.ts).
 */
export function afterCommit(db: Db, fn: () => void): void {
  const scope = db.isTransaction ? opened.get(db) : undefined;
  if (scope?.ended === 'rolled back') return;
  if (scope && scope.ended === undefined) scope.committed.push(fn);
  else fn();
}

/** The database a transaction was opened on (`db` itself outside one): for work that runs after the commit. */
export function outsideOf(db: Db): Db {
  return (db.isTransaction ? opened.get(db)?.outside : undefined) ?? db;
}

/**
 * Runs `fn` (its statements on the `db` it is handed, and nothing else) with commits that return before they reach
 * the disk: SQLite `synchronous = NORMAL` for them (WAL), PostgreSQL `synchronous_commit = off` in one transaction.
 * Only for bookkeeping whose loss in a power cut is harmless (a lease, a counter, a claim): both logs are written in
 * commit order, so the next durable commit makes these durable too, and a power cut can only lose a suffix of them,
 * never one that something durable was built on (docs/decisions.md "Lazy commits for bookkeeping"). Inside a
 * transaction it simply runs there: the caller's commit decides.
 */
export async function withLazyCommit<T>(db: Db, fn: (db: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  const sqlite = sqliteByAdapter.get(db.getExecutor().adapter);
  if (!sqlite) {
    return db.transaction().execute(async (tx) => {
      await sql`set local synchronous_commit = off`.execute(tx);
      return fn(tx);
    });
  }
  // The one connection, held for `fn` alone: no other statement can commit while durability is relaxed.
  return (db as Kysely<Database>).connection().execute(async (connection) => {
    const was = sqlite.pragma('synchronous', { simple: true }) as number;
    sqlite.pragma('synchronous = NORMAL');
    try {
      return await fn(connection);
    } finally {
      sqlite.pragma(`synchronous = ${was}`);
    }
  });
}
