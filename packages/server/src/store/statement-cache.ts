import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

// Kysely's SqliteDriver prepares every query again; preparing is ~17 µs of a 20–60 µs statement
// (docs/performance.md §2). The application runs a few dozen distinct SQL texts, so a bounded cache by SQL text
// keeps them prepared. Reuse is safe: better-sqlite3 is synchronous and Kysely runs each statement to completion,
// except an `iterate` (stream) still open, which marks its statement `busy`; then a fresh one is prepared.

export const STATEMENT_CACHE_SIZE = 512;

/** A database for Kysely's SqliteDialect whose `prepare` reuses up to `size` statements, least recently used out. */
export function cachingDatabase(database: SqliteDatabase, size = STATEMENT_CACHE_SIZE): KyselySqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(sql: string) {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        // Map keeps insertion order: delete and set again makes it the most recently used.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (cached) return statement; // the cached one is mid-iteration; leave it for its reader
      cache.set(sql, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
