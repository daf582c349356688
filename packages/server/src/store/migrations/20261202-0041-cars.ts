import type { Kysely } from 'kysely';

// In-car delivery (docs/car-boot.md): the customer's registered car, one per home, with the car-boot access point it
// is reached through, where the customer parks, the days they allow and whether they blocked it; and what a carrier
// declared about a parcel (size and value) when booking, which the boot must fit. Same portability rules as the
// first migration (SQLite and PostgreSQL).

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cars')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('home_id', 'text', (c) => c.notNull().unique())
    .addColumn('access_point_id', 'text', (c) => c.notNull())
    .addColumn('make', 'text', (c) => c.notNull())
    .addColumn('colour', 'text', (c) => c.notNull())
    .addColumn('plate', 'text', (c) => c.notNull())
    .addColumn('photo', 'text') // a small data: URL (JPEG, PNG or WebP), or null
    .addColumn('allowed_weekdays', 'text', (c) => c.notNull()) // JSON array of ISO weekdays, 1 = Monday
    .addColumn('blocked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('parking_lat', 'double precision', (c) => c.notNull())
    .addColumn('parking_lon', 'double precision', (c) => c.notNull())
    .addColumn('parking_max_m', 'integer', (c) => c.notNull())
    .addColumn('boot_length_cm', 'integer', (c) => c.notNull())
    .addColumn('boot_width_cm', 'integer', (c) => c.notNull())
    .addColumn('boot_height_cm', 'integer', (c) => c.notNull())
    .addColumn('max_value_cents', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('delivery_parcels')
    .addColumn('delivery_id', 'text', (c) => c.primaryKey())
    .addColumn('length_cm', 'integer', (c) => c.notNull())
    .addColumn('width_cm', 'integer', (c) => c.notNull())
    .addColumn('height_cm', 'integer', (c) => c.notNull())
    .addColumn('value_cents', 'integer', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('delivery_parcels').execute();
  await db.schema.dropTable('cars').execute();
}
