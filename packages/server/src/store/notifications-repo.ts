import type { Selectable } from 'kysely';
import type { Db } from './db.js';
import type { PushSubscriptionsTable } from './schema-notifications.js';

export type PushSubscriptionRow = Selectable<PushSubscriptionsTable>;

export async function findNotificationPreferences(db: Db, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('notification_preferences')
    .select('data')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.data ?? null;
}

export async function saveNotificationPreferences(db: Db, userId: string, data: string, at: string): Promise<void> {
  await db
    .insertInto('notification_preferences')
    .values({ user_id: userId, data, updated_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ data, updated_at: at }))
    .execute();
}

/**
 * Inserts, or updates the row of the same endpoint: the same person re-subscribing, or another person signed in on
 * the same browser, who proves it by sending the subscription's own keys. Someone who only knows an endpoint cannot
 * take it over (one statement; undefined when refused).
 */
export async function upsertPushSubscription(
  db: Db,
  row: PushSubscriptionRow,
): Promise<PushSubscriptionRow | undefined> {
  const { id: _id, endpoint: _endpoint, ...changes } = row;
  return db
    .insertInto('push_subscriptions')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('endpoint')
        .doUpdateSet(changes)
        .where((eb) =>
          eb.or([
            eb('push_subscriptions.user_id', '=', row.user_id),
            eb.and([eb('push_subscriptions.p256dh', '=', row.p256dh), eb('push_subscriptions.auth', '=', row.auth)]),
          ]),
        ),
    )
    .returningAll()
    .executeTakeFirst();
}

export async function listPushSubscriptions(db: Db, userId: string): Promise<PushSubscriptionRow[]> {
  return db
    .selectFrom('push_subscriptions')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findPushSubscription(db: Db, id: string): Promise<PushSubscriptionRow | undefined> {
  return db.selectFrom('push_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Deletes the caller's own subscription; false when it is not theirs or not there. */
export async function deletePushSubscription(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('push_subscriptions')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The push service said the subscription is gone (404/410): forget it, whoever it belonged to. */
export async function prunePushSubscription(db: Db, id: string, endpoint: string): Promise<void> {
  await db.deleteFrom('push_subscriptions').where('id', '=', id).where('endpoint', '=', endpoint).execute();
}
