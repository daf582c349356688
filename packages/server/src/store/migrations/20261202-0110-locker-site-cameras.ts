import type { Kysely } from 'kysely';

// The camera of a locker site (docs/lockers.md "The site camera"): at most one per site, a device serves at most one
// site (both unique), so two admins pairing at once, or one camera offered to two sites, cannot both win.

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('locker_site_cameras')
    .addColumn('site_id', 'text', (c) => c.primaryKey())
    .addColumn('device_id', 'text', (c) => c.notNull().unique())
    .addColumn('paired_by', 'text', (c) => c.notNull())
    .addColumn('paired_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('locker_site_cameras').execute();
}
