import type { Kysely } from 'kysely';

// A delivery's visits are looked up by `delivery_id` (its open visit at arrival, when it is cancelled or reattempted,
// its webhooks): without an index each lookup read every visit of every home.

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('visits_delivery_open').on('visits').columns(['delivery_id', 'open']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('visits_delivery_open').execute();
}
