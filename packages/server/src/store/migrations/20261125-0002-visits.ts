import type { Kysely } from 'kysely';

// Deliveries, visits, alerts, clips, the per-home ledger and durable jobs (issue "In-home delivery, end to end").
// Same portability rules as the first migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  // The customer's delivery preferences, one JSON document per home (validated at the edge, read whole).
  await db.schema
    .createTable('preferences')
    .addColumn('home_id', 'text', (c) => c.primaryKey().references('homes.id'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Where a carrier delivers (postal code prefixes) and which homes are enrolled with it: "served area and membership".
  await db.schema
    .createTable('service_areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('postal_prefix', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('home_enrolments')
    .addColumn('home_id', 'text', (c) => c.notNull().references('homes.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('home_enrolments_pk', ['home_id', 'organisation_id'])
    .execute();

  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('home_id', 'text', (c) => c.notNull().references('homes.id'))
    .addColumn('access_point_id', 'text', (c) => c.references('access_points.id'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('window_end', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull()) // in_home | doorstep
    .addColumn('method_reasons', 'text', (c) => c.notNull()) // JSON array
    .addColumn('courier_id', 'text', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull()) // booked | assigned | in_progress | delivered | fallback | aborted | failed
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('deliveries_external', ['organisation_id', 'external_id'])
    .execute();
  await db.schema.createIndex('deliveries_courier').on('deliveries').columns(['courier_id', 'window_start']).execute();

  await db.schema
    .createTable('visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('home_id', 'text', (c) => c.notNull().references('homes.id'))
    .addColumn('access_point_id', 'text', (c) => c.notNull().references('access_points.id'))
    .addColumn('delivery_id', 'text', (c) => c.references('deliveries.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('open', 'integer', (c) => c.notNull()) // 1 until the visit reaches a terminal state
    .addColumn('data', 'text', (c) => c.notNull()) // the core Visit, as JSON
    .addColumn('version', 'integer', (c) => c.notNull()) // optimistic concurrency between nodes
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visits_home_opened').on('visits').columns(['home_id', 'opened_at']).execute();
  await db.schema.createIndex('visits_access_point_open').on('visits').columns(['access_point_id', 'open']).execute();

  await db.schema
    .createTable('alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('home_id', 'text', (c) => c.notNull().references('homes.id'))
    .addColumn('visit_id', 'text', (c) => c.references('visits.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .execute();
  await db.schema.createIndex('alerts_home_at').on('alerts').columns(['home_id', 'at']).execute();

  await db.schema
    .createTable('clips')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('home_id', 'text', (c) => c.references('homes.id'))
    .addColumn('visit_id', 'text', (c) => c.references('visits.id'))
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('session', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('clips_visit').on('clips').column('visit_id').execute();

  // The head of each home's ledger: its row lock serialises appends to one home across nodes.
  await db.schema
    .createTable('ledger_heads')
    .addColumn('home_id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('ledger_entries')
    .addColumn('home_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_entries_pk', ['home_id', 'seq'])
    .execute();
  await db.schema.createIndex('ledger_entries_subject').on('ledger_entries').columns(['home_id', 'subject']).execute();
  await db.schema
    .createTable('ledger_checkpoints')
    .addColumn('home_id', 'text', (c) => c.notNull())
    .addColumn('tree_size', 'integer', (c) => c.notNull())
    .addColumn('root_hash', 'text', (c) => c.notNull())
    .addColumn('head_hash', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kid', 'text', (c) => c.notNull())
    .addColumn('sig', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_checkpoints_pk', ['home_id', 'tree_size'])
    .execute();

  // Durable timers and retries. `key` names a timer so it can be replaced or cancelled (e.g. "visit:v_1:relock_due").
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jobs_run_at').on('jobs').column('run_at').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'jobs',
    'ledger_checkpoints',
    'ledger_entries',
    'ledger_heads',
    'clips',
    'alerts',
    'visits',
    'deliveries',
    'home_enrolments',
    'service_areas',
    'preferences',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
