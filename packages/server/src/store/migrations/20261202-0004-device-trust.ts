import type { Kysely } from 'kysely';

// Device trust (docs/protocol.md "Time", §5, "Refusals"; docs/decisions.md "Device trust"): the uploads a camera was
// asked for, per-device counting windows (upload rate, refusal bursts), refusal counts by reason, and each stored
// clip's verification. Same portability rules as the first migration (SQLite and PostgreSQL).

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  // One row per recording session the platform asked a camera for (`record.start`): the only uploads it accepts.
  await db.schema
    .createTable('expected_uploads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('session', 'text', (c) => c.notNull())
    .addColumn('command_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text') // set once, by the upload that fills the expectation
    .addColumn('bytes', 'bigint')
    .addColumn('uploaded_at', 'text')
    .addColumn('check_detail', 'text') // null: the bytes are a well-formed MP4 with a video track; else why not
    .addColumn('media_duration_ms', 'bigint')
    .execute();
  await db.schema
    .createIndex('expected_uploads_device_session')
    .on('expected_uploads')
    .columns(['device_id', 'session'])
    .unique()
    .execute();

  // Fixed-window counters, one row per device and purpose (`upload`, `refusal`), bumped in one statement.
  await db.schema
    .createTable('device_windows')
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('device_windows_pk', ['device_id', 'purpose'])
    .execute();

  // Every refusal counted by reason, also those whose rows were trimmed from device_rejections.
  await db.schema
    .createTable('device_rejection_counts')
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('device_rejection_counts_pk', ['device_id', 'reason'])
    .execute();
  await db.schema
    .createIndex('device_rejections_device_at')
    .on('device_rejections')
    .columns(['device_id', 'at'])
    .execute();

  // The verdict on a stored clip: only a clip whose check passed is served as evidence of a recording.
  await db.schema
    .createTable('clip_checks')
    .addColumn('clip_id', 'text', (c) => c.primaryKey())
    .addColumn('ok', 'integer', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('device_rejections_device_at').execute();
  for (const table of ['clip_checks', 'device_rejection_counts', 'device_windows', 'expected_uploads']) {
    await db.schema.dropTable(table).execute();
  }
}
