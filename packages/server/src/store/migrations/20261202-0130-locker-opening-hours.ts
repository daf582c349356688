import type { Kysely } from 'kysely';

// A locker site's opening hours as data (docs/lockers.md "Opening hours"): `hours` holds the JSON of `"always"` or a
// list of weekly windows `{ day, open, close }` on the site's wall clock, and is enforced; `opening_hours` stays as
// the readable rendering the views show. The free text stored before was never enforced and no parser can be sure
// what an operator meant by it, so every existing site becomes "always" (nothing that opened before is refused
// after the upgrade) and its text is rewritten to say so; the operator states the real hours with
// PUT /v1/locker-sites/{id}/opening-hours.

const ALWAYS_TEXT = 'Mo-Su 00:00-24:00';

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('locker_sites')
    .addColumn('hours', 'text', (c) => c.notNull().defaultTo('"always"'))
    .execute();
  await db.updateTable('locker_sites').set({ hours: '"always"', opening_hours: ALWAYS_TEXT }).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('locker_sites').dropColumn('hours').execute();
}
