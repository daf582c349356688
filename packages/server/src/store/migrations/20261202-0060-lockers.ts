import type { Kysely } from 'kysely';

// Parcel lockers (docs/lockers.md): a locker operator's sites, the banks of compartments at each (one device per
// bank), one reservation per locker delivery, the operator's alerts and its requests to open compartments by hand.
//
// Allocation cannot double-book: a compartment holds at most one reservation (`locker_compartments.reservation_id`
// is unique) and a reservation that holds a compartment names it in `holding_compartment_id`, unique too (NULL once
// it stops holding it, and NULLs never collide), both written in one transaction by one conditional UPDATE.

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('locker_sites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('opening_hours', 'text', (c) => c.notNull()) // free text as posted, e.g. "Mo-Su 00:00-24:00"
    .addColumn('has_camera', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pickup_days', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('locker_sites_by_org').on('locker_sites').column('organisation_id').execute();
  await db.schema
    .createTable('locker_banks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('locker_compartments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('bank_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull()) // the compartment's number on its bank, from 1
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('size', 'text', (c) => c.notNull()) // S | M | L | XL
    .addColumn('size_rank', 'integer', (c) => c.notNull()) // 0..3, so the smallest fitting size is taken first
    .addColumn('door', 'text', (c) => c.notNull().defaultTo('closed'))
    .addColumn('reservation_id', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('locker_compartments_position', ['bank_id', 'position'])
    .addUniqueConstraint('locker_compartments_label', ['site_id', 'label'])
    .execute();
  await db.schema
    .createIndex('locker_compartments_free')
    .on('locker_compartments')
    .columns(['site_id', 'size_rank', 'reservation_id'])
    .execute();
  await db.schema
    .createTable('locker_reservations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('delivery_id', 'text', (c) => c.notNull().unique())
    .addColumn('organisation_id', 'text', (c) => c.notNull()) // the carrier
    .addColumn('home_id', 'text', (c) => c.notNull()) // the customer's home: its ledger records the facts
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('compartment_id', 'text', (c) => c.notNull())
    .addColumn('holding_compartment_id', 'text', (c) => c.unique())
    .addColumn('parcel_size', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull()) // the core reservation (kinds/locker.ts), JSON
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('code_salt', 'text')
    .addColumn('code_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('locker_reservations_due')
    .on('locker_reservations')
    .columns(['status', 'expires_at'])
    .execute();
  await db.schema
    .createTable('locker_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull()) // the locker operator
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('compartment_id', 'text')
    .addColumn('reservation_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('locker_alerts_by_site').on('locker_alerts').columns(['site_id', 'at']).execute();
  await db.schema
    .createTable('locker_open_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('compartment_ids', 'text', (c) => c.notNull()) // JSON array
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // pending | opened
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'locker_open_requests',
    'locker_alerts',
    'locker_reservations',
    'locker_compartments',
    'locker_banks',
    'locker_sites',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
