import type { Kysely } from 'kysely';

// Platform staff become a server-side concept, and memberships need the invitee's consent (docs/decisions.md,
// "Staff are made on the server, never through the API"). Same portability rules as the first migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('platform_staff')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull()) // support | admin
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addColumn('granted_by', 'text', (c) => c.notNull()) // cli
    .execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('target_kind', 'text', (c) => c.notNull()) // organisation | home
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('declined_at', 'text')
    .execute();
  await db.schema.createIndex('invitations_user').on('invitations').columns(['user_id', 'expires_at']).execute();

  // An organisation of kind `operator` was self-created through the public API, so it proves nothing: it keeps its
  // name, members and keys, but its kind becomes `retired_operator`, which no code gives any meaning. Its members are
  // NOT made platform staff; staff are granted one by one with `npm run admin -- staff grant`.
  await db.updateTable('organisations').set({ kind: 'retired_operator' }).where('kind', '=', 'operator').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function down(db: Kysely<any>): Promise<void> {
  await db.updateTable('organisations').set({ kind: 'operator' }).where('kind', '=', 'retired_operator').execute();
  await db.schema.dropTable('invitations').execute();
  await db.schema.dropTable('platform_staff').execute();
}
