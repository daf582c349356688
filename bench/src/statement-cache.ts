import { createRequire } from 'node:module';

// What-if for docs/performance.md §2 (BENCH_SQLITE_STATEMENT_CACHE=1): Kysely's SqliteDriver prepares every query
// again; this makes better-sqlite3's `prepare` return the statement prepared before for the same SQL text. Safe for
// Kysely, which runs each statement to completion before the next (better-sqlite3 is synchronous).

interface Prepares {
  prepare(source: string): unknown;
}

export function cachePreparedStatements(): void {
  const require = createRequire(new URL('../../packages/server/package.json', import.meta.url));
  const Database = require('better-sqlite3') as { prototype: Prepares };
  const prepare = Database.prototype.prepare;
  const caches = new WeakMap<Prepares, Map<string, unknown>>();
  Database.prototype.prepare = function (this: Prepares, source: string) {
    const cache = caches.get(this) ?? new Map<string, unknown>();
    caches.set(this, cache);
    const statement = cache.get(source) ?? prepare.call(this, source);
    cache.set(source, statement);
    return statement;
  };
}
