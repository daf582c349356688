import { type Kysely, sql } from 'kysely';

// Several nodes on one PostgreSQL (docs/architecture.md "Several nodes", docs/decisions.md "Several nodes"): the
// nodes alive now, and one lease per device partition. A device's messages are handled by the node holding the lease
// of its partition (gateway/ownership.ts), so one device's events never run on two nodes at once. SQLite gets the
// tables too (one schema for both dialects) and never uses them: one process owns every partition.

/** Device partitions: a device belongs to partition fnv1a(id) mod this (gateway/ownership.ts `partitionOf`). */
const PARTITIONS = 64;

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cluster_nodes')
    .addColumn('node_id', 'text', (c) => c.primaryKey())
    // Milliseconds since the epoch on the database's clock, so nodes' clocks never have to agree.
    .addColumn('alive_until', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('device_partitions')
    .addColumn('partition', 'integer', (c) => c.primaryKey())
    .addColumn('owner', 'text')
    .addColumn('lease_until', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  const rows = Array.from({ length: PARTITIONS }, (_, partition) => sql`(${partition}, 0)`);
  await sql`insert into device_partitions (partition, lease_until) values ${sql.join(rows)}`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations work on the untyped schema (STYLE.md, habit 9)
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('device_partitions').execute();
  await db.schema.dropTable('cluster_nodes').execute();
}
