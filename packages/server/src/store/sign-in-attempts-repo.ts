import type { Db } from './db.js';

export interface AttemptWindow {
  /** Counted attempts in the window, including the one just reserved. */
  attempts: number;
  windowStart: string;
}

/**
 * Reserves one attempt for `subject` in one statement, or reserves nothing when the window is full: the check and the
 * count cannot be raced (DESIGN.md "Checks are atomic"). A window that began at or before `expiredBefore` starts
 * over at `now`. The conditional upsert locks the subject's row, so on PostgreSQL (READ COMMITTED) a concurrent
 * attempt waits and re-evaluates the condition against the row as committed; SQLite runs one writer at a time.
 */
export async function reserveAttempt(
  db: Db,
  input: { subject: string; now: string; expiredBefore: string; limit: number },
): Promise<AttemptWindow | undefined> {
  const { subject, now, expiredBefore, limit } = input;
  const row = await db
    .insertInto('sign_in_attempts')
    .values({ subject, window_start: now, attempts: 1 })
    .onConflict((oc) =>
      oc
        .column('subject')
        .doUpdateSet((eb) => ({
          attempts: eb
            .case()
            .when('sign_in_attempts.window_start', '<=', expiredBefore)
            .then(1)
            .else(eb('sign_in_attempts.attempts', '+', 1))
            .end(),
          window_start: eb
            .case()
            .when('sign_in_attempts.window_start', '<=', expiredBefore)
            .then(now)
            .else(eb.ref('sign_in_attempts.window_start'))
            .end(),
        }))
        .where((eb) =>
          eb.or([
            eb('sign_in_attempts.window_start', '<=', expiredBefore),
            eb('sign_in_attempts.attempts', '<', limit),
          ]),
        ),
    )
    .returning(['attempts', 'window_start'])
    .executeTakeFirst();
  return row ? { attempts: Number(row.attempts), windowStart: row.window_start } : undefined;
}

/** When the subject's current window began, to tell a refused caller how long to wait. */
export async function attemptWindowStart(db: Db, subject: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('sign_in_attempts')
    .select('window_start')
    .where('subject', '=', subject)
    .executeTakeFirst();
  return row?.window_start;
}

/** Gives back one reserved attempt (a sign-in that succeeded does not count against its address). */
export async function releaseAttempt(db: Db, subject: string): Promise<void> {
  await db
    .updateTable('sign_in_attempts')
    .set((eb) => ({ attempts: eb('attempts', '-', 1) }))
    .where('subject', '=', subject)
    .where('attempts', '>', 0)
    .execute();
}

export async function clearAttempts(db: Db, subject: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('subject', '=', subject).execute();
}

export async function purgeAttemptsBefore(db: Db, expiredBefore: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('window_start', '<=', expiredBefore).execute();
}
