import type { Kysely } from 'kysely';

// Portable across SQLite and PostgreSQL (docs/decisions.md, "Store"):
// ids are text, instants are ISO-8601 UTC text (fixed width, so they sort), booleans are 0/1 integers,
// structured values are JSON text. Migrations never import application types.

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // customer | courier | worker | staff
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // carrier | service_provider | building_manager | locker_operator | operator
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull()) // admin | member | courier | worker
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['organisation_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull()) // shown to people so they can tell keys apart
    .addColumn('key_hash', 'text', (c) => c.notNull().unique()) // SHA-256 of the secret; the secret is never stored
    .addColumn('scopes', 'text', (c) => c.notNull()) // JSON array of scope names
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();

  // One row per failed sign-in, so throttling holds across server nodes.
  await db.schema
    .createTable('sign_in_failures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject', 'text', (c) => c.notNull()) // "account:<email>" or "address:<ip>"
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_failures_subject_at')
    .on('sign_in_failures')
    .columns(['subject', 'at'])
    .execute();

  await db.schema
    .createTable('homes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address_line1', 'text', (c) => c.notNull())
    .addColumn('address_line2', 'text')
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('postal_code', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull()) // ISO 3166-1 alpha-2
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull())
    .addColumn('geofence_radius_m', 'double precision', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull()) // IANA
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('home_members')
    .addColumn('home_id', 'text', (c) => c.notNull().references('homes.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull()) // owner | resident
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('home_members_pk', ['home_id', 'user_id'])
    .execute();
  await db.schema.createIndex('home_members_user').on('home_members').column('user_id').execute();

  await db.schema
    .createTable('access_points')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('home_id', 'text', (c) => c.notNull().references('homes.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // front_door | back_door | garage | side_gate
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('access_points_home').on('access_points').column('home_id').execute();

  // A device is known from its first verified hello (docs/protocol.md, "Pairing"); it belongs to a home once claimed.
  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull()) // lock | camera
    .addColumn('public_key', 'text', (c) => c.notNull()) // Ed25519, base64url raw 32 bytes
    .addColumn('firmware', 'text', (c) => c.notNull())
    .addColumn('claim_hash', 'text') // SHA-256 of the claim code while unclaimed; cleared when claimed
    .addColumn('home_id', 'text', (c) => c.references('homes.id'))
    .addColumn('access_point_id', 'text', (c) => c.references('access_points.id'))
    .addColumn('claimed_by', 'text', (c) => c.references('users.id'))
    .addColumn('claimed_at', 'text')
    .addColumn('last_seq', 'bigint', (c) => c.notNull().defaultTo(0)) // highest accepted event seq: replays are refused
    .addColumn('online', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_seen_at', 'text')
    .addColumn('health', 'text', (c) => c.notNull().defaultTo('{}')) // JSON: battery, signal, jammed, doorAjar, tamper, storage, clockSkewMs
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('{}')) // JSON: the latest full state the device reported
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('devices_claim_hash').on('devices').column('claim_hash').execute();
  await db.schema.createIndex('devices_home').on('devices').column('home_id').execute();

  // Refused device messages are evidence too (DESIGN.md, "Device protocol").
  await db.schema
    .createTable('device_rejections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull()) // unsigned | bad_signature | replayed | malformed | unknown_device
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  // Platform signing keys (capabilities, commands, ledger checkpoints). Shared by every node through the store.
  await db.schema
    .createTable('platform_keys')
    .addColumn('kid', 'text', (c) => c.primaryKey())
    .addColumn('public_key', 'text', (c) => c.notNull()) // base64url raw 32 bytes
    .addColumn('private_key', 'text', (c) => c.notNull()) // PKCS#8 DER, base64url
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('scope', 'text', (c) => c.notNull()) // the caller (organisation or user) the key belongs to
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'idempotency_keys',
    'platform_keys',
    'device_rejections',
    'devices',
    'access_points',
    'home_members',
    'homes',
    'sign_in_failures',
    'api_keys',
    'memberships',
    'organisations',
    'sessions',
    'users',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
