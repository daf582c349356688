import type { Kysely } from 'kysely';

// Claims (docs/claims.md): a customer's claim about a visit, its messages and photos, the alerts it cites, the
// notices its carrier or provider receives, and the customer's time-limited consent to let support watch a visit's
// clips. Every step is also a fact in the home's ledger; these rows are what the API reads.

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('home_id', 'text', (c) => c.notNull())
    .addColumn('visit_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text') // the carrier of the visit's delivery, or the provider of its grant
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // core claim-machine.ts
    .addColumn('assignee_id', 'text')
    .addColumn('assigned_at', 'text')
    .addColumn('access_until', 'text') // the assignee's purpose-bound access to the visit's clips ends here
    .addColumn('resolution', 'text') // JSON ClaimResolution, once resolved
    .addColumn('evidence_from_seq', 'integer', (c) => c.notNull())
    .addColumn('evidence_to_seq', 'integer', (c) => c.notNull())
    .addColumn('evidence_head_hash', 'text', (c) => c.notNull())
    .addColumn('evidence_entries', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claims_home').on('claims').columns(['home_id', 'created_at']).execute();
  await db.schema.createIndex('claims_visit').on('claims').column('visit_id').execute();
  await db.schema.createIndex('claims_state').on('claims').columns(['state', 'created_at']).execute();

  await db.schema
    .createTable('claim_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('claim_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text') // a person, or null for an API key
    .addColumn('author_role', 'text', (c) => c.notNull()) // customer | carrier | support
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claim_messages_claim').on('claim_messages').columns(['claim_id', 'at']).execute();

  await db.schema
    .createTable('claim_photos')
    .addColumn('claim_id', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('claim_photos_pk', ['claim_id', 'sha256'])
    .execute();

  await db.schema
    .createTable('claim_alerts')
    .addColumn('claim_id', 'text', (c) => c.notNull())
    .addColumn('alert_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('claim_alerts_pk', ['claim_id', 'alert_id'])
    .execute();

  await db.schema
    .createTable('claim_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('claim_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claim_notices_claim').on('claim_notices').columns(['claim_id', 'at']).execute();

  await db.schema
    .createTable('support_consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('home_id', 'text', (c) => c.notNull())
    .addColumn('visit_id', 'text', (c) => c.notNull())
    .addColumn('granted_by', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('support_consents_visit').on('support_consents').column('visit_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['support_consents', 'claim_notices', 'claim_alerts', 'claim_photos', 'claim_messages', 'claims'])
    await db.schema.dropTable(table).execute();
}
