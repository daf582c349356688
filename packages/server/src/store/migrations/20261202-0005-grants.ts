import type { Kysely } from 'kysely';

// Service grants (docs/grants.md): a home owner lends a door to a service provider's workers or to one invited person,
// on a schedule. Each edit is a new version row (the ledger records both); each visit made under a grant is linked to
// it with its window and, once judged, its verdict; alerts for the provider are its own rows.

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('home_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // pending | active | paused | revoked
    .addColumn('grantee_kind', 'text', (c) => c.notNull()) // provider | person
    .addColumn('organisation_id', 'text')
    .addColumn('worker_id', 'text') // provider grants: one named worker, or null for any worker
    .addColumn('person_email', 'text')
    .addColumn('person_id', 'text') // person grants: the account that held the email when offered (or none)
    .addColumn('accepted_at', 'text')
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('grants_home').on('grants').column('home_id').execute();
  await db.schema.createIndex('grants_organisation').on('grants').column('organisation_id').execute();
  await db.schema.createIndex('grants_person').on('grants').column('person_id').execute();

  await db.schema
    .createTable('grant_versions')
    .addColumn('grant_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('grant_versions_pk', ['grant_id', 'version'])
    .execute();

  await db.schema
    .createTable('grant_visits')
    .addColumn('visit_id', 'text', (c) => c.primaryKey())
    .addColumn('grant_id', 'text', (c) => c.notNull())
    .addColumn('grant_version', 'integer', (c) => c.notNull())
    .addColumn('home_id', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text')
    .addColumn('window_end', 'text')
    .addColumn('verdict', 'text')
    .addColumn('checked_out_at', 'text')
    .execute();
  await db.schema.createIndex('grant_visits_grant').on('grant_visits').column('grant_id').execute();

  await db.schema
    .createTable('provider_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('home_id', 'text', (c) => c.notNull())
    .addColumn('grant_id', 'text', (c) => c.notNull())
    .addColumn('visit_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('provider_alerts_organisation_at')
    .on('provider_alerts')
    .columns(['organisation_id', 'at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['provider_alerts', 'grant_visits', 'grant_versions', 'grants']) {
    await db.schema.dropTable(table).execute();
  }
}
