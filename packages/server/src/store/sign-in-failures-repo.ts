import type { Db } from './db.js';

export async function insertSignInFailure(db: Db, failure: { id: string; subject: string; at: string }): Promise<void> {
  await db.insertInto('sign_in_failures').values(failure).execute();
}

/** Failures for `subject` after `sinceIso`, oldest first (the oldest decides when the window frees up). */
export async function signInFailuresSince(db: Db, subject: string, sinceIso: string): Promise<string[]> {
  const rows = await db
    .selectFrom('sign_in_failures')
    .select('at')
    .where('subject', '=', subject)
    .where('at', '>', sinceIso)
    .orderBy('at')
    .execute();
  return rows.map((r) => r.at);
}

export async function clearSignInFailures(db: Db, subject: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('subject', '=', subject).execute();
}

export async function purgeSignInFailuresBefore(db: Db, beforeIso: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('at', '<', beforeIso).execute();
}
