import type { Db } from './db.js';

// The customer's delivery preferences: one JSON document per home, validated at the edge and read whole.

export async function findPreferencesData(db: Db, homeId: string): Promise<string | undefined> {
  const row = await db.selectFrom('preferences').select('data').where('home_id', '=', homeId).executeTakeFirst();
  return row?.data;
}

export async function savePreferencesData(db: Db, homeId: string, data: string, at: string): Promise<void> {
  await db
    .insertInto('preferences')
    .values({ home_id: homeId, data, updated_at: at })
    .onConflict((oc) => oc.column('home_id').doUpdateSet({ data, updated_at: at }))
    .execute();
}
