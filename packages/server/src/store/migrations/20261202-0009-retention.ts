import type { Kysely } from 'kysely';

// Retention and deletion of a home's data (docs/ledger.md "Retention" and "Deleting a home"): how many days a home
// keeps its clips, when a clip's file was deleted (its row and hash stay, the ledger records `clip.expired`), and
// when the home itself was deleted (the row stays as a tombstone the deliveries and the ledger still point at).

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('homes')
    .addColumn('clip_retention_days', 'integer', (c) => c.notNull().defaultTo(30))
    .execute();
  await db.schema.alterTable('homes').addColumn('deleted_at', 'text').execute();
  await db.schema.alterTable('clips').addColumn('expired_at', 'text').execute();
  await db.schema.createIndex('clips_expiry').on('clips').columns(['expired_at', 'created_at']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('clips_expiry').execute();
  await db.schema.alterTable('clips').dropColumn('expired_at').execute();
  await db.schema.alterTable('homes').dropColumn('deleted_at').execute();
  await db.schema.alterTable('homes').dropColumn('clip_retention_days').execute();
}
