import type { Selectable } from 'kysely';
import type { Db } from './db.js';
import type { SessionsTable } from './schema.js';

export type Session = Selectable<SessionsTable>;

export async function insertSession(db: Db, session: Session): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

/** The session behind a token hash, if it is neither revoked nor expired at `nowIso`. */
export async function findActiveSession(db: Db, tokenHash: string, nowIso: string): Promise<Session | undefined> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
}

export async function revokeSession(db: Db, id: string, atIso: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: atIso })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}
