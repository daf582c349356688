import type { Kysely } from 'kysely';

// The `iat` (seconds) of the last capability issued to open a reservation's compartment (docs/lockers.md "The locker
// bank"): a bank keeps the newest `iat` per reservation and refuses an older or equal one with another nonce as
// `superseded`, so every later opening is issued strictly newer, with the step that starts it.

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('locker_reservations')
    .addColumn('open_iat', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('locker_reservations').dropColumn('open_iat').execute();
}
