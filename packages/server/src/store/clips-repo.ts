import type { Insertable, Selectable } from 'kysely';
import type { Db } from './db.js';
import type { ClipsTable } from './schema-visits.js';

export type ClipRow = Selectable<ClipsTable>;

export async function insertClip(db: Db, row: Insertable<ClipsTable>): Promise<void> {
  await db.insertInto('clips').values(row).execute();
}

export async function listVisitClips(db: Db, visitId: string): Promise<ClipRow[]> {
  return db.selectFrom('clips').selectAll().where('visit_id', '=', visitId).orderBy('started_at').execute();
}

/** When the clip's file was deleted at the end of its retention, or null while it is stored. */
export async function clipExpiredAt(db: Db, clipId: string): Promise<string | null> {
  const row = await db.selectFrom('clips').select('expired_at').where('id', '=', clipId).executeTakeFirst();
  return row?.expired_at ?? null;
}
