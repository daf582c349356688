import pg from 'pg';

/** Drops a PostgreSQL schema the benchmark made for itself (a fresh one per run keeps runs apart). */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
}
