import type { Kysely } from 'kysely';

// A clip keeps the camera's own signed `clip` event and the camera's public key as pinned when it was paired, so a
// visit's evidence bundle can carry them and a clip's hash rests on the camera's signature, not on the platform's
// word alone (docs/ledger.md "Evidence bundles"). Clips stored before this migration have neither.

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('clips').addColumn('device_event', 'text').execute();
  await db.schema.alterTable('clips').addColumn('device_key', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('clips').dropColumn('device_key').execute();
  await db.schema.alterTable('clips').dropColumn('device_event').execute();
}
