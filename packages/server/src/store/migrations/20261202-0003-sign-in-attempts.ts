import type { Kysely } from 'kysely';

// Sign-in throttling moves from one row per failure (read, then written, in JavaScript: raceable) to one counter row
// per subject that a single upsert checks and increments (DESIGN.md "Checks are atomic"; docs/api.md "Sign-in").
// Same portability rules as the first migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_attempts')
    .addColumn('subject', 'text', (c) => c.primaryKey()) // "account:<email>" or "address:<ip>"
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_attempts_window_start').on('sign_in_attempts').column('window_start').execute();
  // Failures recorded by the old scheme last at most one window; starting from zero is safe.
  await db.schema.dropTable('sign_in_failures').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_failures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_failures_subject_at')
    .on('sign_in_failures')
    .columns(['subject', 'at'])
    .execute();
  await db.schema.dropTable('sign_in_attempts').execute();
}
