import type { Selectable } from 'kysely';
import type { Db } from './db.js';
import type { SessionsTable, User } from './schema.js';

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

/**
 * The live session behind a token hash and its user, in one read (every signed-in request asks): the same conditions
 * as `findActiveSession`, read afresh each time, so a revoked or expired session is refused on the very next request.
 */
export async function findActiveSessionWithUser(
  db: Db,
  tokenHash: string,
  nowIso: string,
): Promise<{ session: Session; user: User } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.id as session_id',
      'sessions.token_hash as session_token_hash',
      'sessions.created_at as session_created_at',
      'sessions.expires_at as session_expires_at',
      'sessions.revoked_at as session_revoked_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', nowIso)
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_id, session_token_hash, session_created_at, session_expires_at, session_revoked_at, ...user } = row;
  const session: Session = {
    id: session_id,
    token_hash: session_token_hash,
    user_id: user.id,
    created_at: session_created_at,
    expires_at: session_expires_at,
    revoked_at: session_revoked_at,
  };
  return { session, user };
}

export async function revokeSession(db: Db, id: string, atIso: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: atIso })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}
