import { type Kysely, type MigrationResult, Migrator } from 'kysely';
import type { Result } from '../ports.js';
import { migrations } from './migrations/index.js';

export interface MigrationFailure {
  message: string;
  results: MigrationResult[];
}

/**
 * Brings the schema to the newest migration; a failure is a value naming the step that failed. On PostgreSQL pass the
 * store's schema: without it Kysely finds its bookkeeping tables in whichever schema has them first, not in ours.
 */
export async function migrateToLatest(
  // biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
  db: Kysely<any>,
  schema?: string,
): Promise<Result<MigrationResult[], MigrationFailure>> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Two migrations share the 0008 prefix and `claims` sorts before `clip-device-events`, which some databases ran
    // first: each migration stands alone, so one that sorts earlier may still run after (docs/decisions.md, Claims).
    allowUnorderedMigrations: true,
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { message: failed ? `${failed}: ${message}` : message, results } };
  }
  return { ok: true, value: results };
}
