import type { Selectable } from 'kysely';
import type { Db } from './db.js';
import type { InvitationsTable } from './schema-staff.js';

export type Invitation = Selectable<InvitationsTable>;

export async function insertInvitation(db: Db, invitation: Invitation): Promise<void> {
  await db.insertInto('invitations').values(invitation).execute();
}

/** The user's invitations that are still open: neither accepted nor declined, and not expired at `now`. */
export async function listOpenInvitations(db: Db, userId: string, now: string): Promise<Invitation[]> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('user_id', '=', userId)
    .where('accepted_at', 'is', null)
    .where('declined_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/**
 * Closes an open invitation of `userId` in one statement (accepted or declined), so two answers racing each other
 * cannot both win. True when this call closed it.
 */
export async function closeInvitation(
  db: Db,
  id: string,
  userId: string,
  now: string,
  answer: 'accepted_at' | 'declined_at',
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ [answer]: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('accepted_at', 'is', null)
    .where('declined_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findInvitation(db: Db, id: string): Promise<Invitation | undefined> {
  return db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
}
