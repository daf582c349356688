import { type Kysely, PostgresAdapter } from 'kysely';

// Partner webhooks (docs/webhooks.md): endpoints an organisation registers, the messages (outbox) written in the same
// transaction as the change they announce, one send row per message and endpoint (the queue the dispatcher claims),
// and every attempt with its status code. Same portability rules as the first migration; the send queue's `seq` is
// the only generated key, because order within a delivery's events must survive equal timestamps.

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('event_types', 'text', (c) => c.notNull()) // JSON array of types or "prefix.*"
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('previous_secret', 'text')
    .addColumn('previous_secret_until', 'text')
    .addColumn('failing_since', 'text')
    .addColumn('disabled_reason', 'text')
    .addColumn('disabled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_endpoints_organisation')
    .on('webhook_endpoints')
    .column('organisation_id')
    .execute();
  await db.schema
    .createTable('webhook_messages')
    .addColumn('id', 'text', (c) => c.primaryKey()) // msg_…: the webhook-id header
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('order_key', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull()) // the body, byte for byte as signed
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_messages_organisation_created')
    .on('webhook_messages')
    .columns(['organisation_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('webhook_sends')
    .addColumn('seq', postgres ? 'serial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('endpoint_id', 'text', (c) => c.notNull())
    .addColumn('order_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // pending | delivered | failed
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_sends_due').on('webhook_sends').columns(['status', 'next_attempt_at']).execute();
  await db.schema
    .createIndex('webhook_sends_order')
    .on('webhook_sends')
    .columns(['endpoint_id', 'order_key', 'status', 'seq'])
    .execute();
  await db.schema
    .createTable('webhook_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('endpoint_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull()) // delivered | http_error | timeout | network | refused_address
    .addColumn('status_code', 'integer')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('response', 'text') // the first bytes of the answer, or the error
    .execute();
  await db.schema
    .createIndex('webhook_attempts_endpoint_at')
    .on('webhook_attempts')
    .columns(['endpoint_id', 'at', 'id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['webhook_attempts', 'webhook_sends', 'webhook_messages', 'webhook_endpoints']) {
    await db.schema.dropTable(table).execute();
  }
}
