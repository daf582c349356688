import type { Db } from './db.js';

// What a batch of notices reads to be fanned out (services/notifications/fanout.ts): one statement per kind of
// source and one for all the people concerned, whatever the number of notices in the batch.

export interface NoticeAlertRow {
  id: string;
  home_id: string;
  kind: string;
  message: string;
  visit_id: string | null;
  /** Null when the alert names no visit or its visit is gone. */
  found_visit_id: string | null;
  delivery_id: string | null;
}

/** Alerts by id, each with whether its visit was a delivery's (a service visit's ending is told differently). */
export async function findNoticeAlerts(db: Db, ids: readonly string[]): Promise<NoticeAlertRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('alerts')
    .leftJoin('visits', 'visits.id', 'alerts.visit_id')
    .select([
      'alerts.id',
      'alerts.home_id',
      'alerts.kind',
      'alerts.message',
      'alerts.visit_id',
      'visits.id as found_visit_id',
      'visits.delivery_id',
    ])
    .where('alerts.id', 'in', ids)
    .execute();
}

export interface NoticeVisitRow {
  id: string;
  home_id: string;
  delivery_id: string | null;
  data: string;
  /** The visit's access point: the home's own, or a building entrance (whose home is the building's); else null. */
  door_name: string | null;
  door_home_id: string | null;
}

/** Visits by id with the name of the door they went through (as findAccessPoint, then findEntranceAccessPoint). */
export async function findNoticeVisits(db: Db, ids: readonly string[]): Promise<NoticeVisitRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('visits')
    .leftJoin('access_points', (join) =>
      join
        .onRef('access_points.id', '=', 'visits.access_point_id')
        .on((eb) =>
          eb.or([
            eb('access_points.home_id', '=', eb.ref('visits.home_id')),
            eb('access_points.id', 'in', eb.selectFrom('building_entrances').select('building_entrances.id')),
          ]),
        ),
    )
    .select([
      'visits.id',
      'visits.home_id',
      'visits.delivery_id',
      'visits.data',
      'access_points.name as door_name',
      'access_points.home_id as door_home_id',
    ])
    .where('visits.id', 'in', ids)
    .execute();
}

/** One person of a home with one of their browsers (null: none); a person with two browsers has two rows. */
export interface NoticeAudienceRow {
  home_id: string;
  /** Null for a deleted home (a tombstone answers as no home: docs/ledger.md "Deleting a home"). */
  home_name: string | null;
  user_id: string;
  email: string;
  /** Their saved notification preferences (JSON), or null for the defaults. */
  preferences: string | null;
  subscription_id: string | null;
  endpoint: string | null;
}

/**
 * The people of these homes who hear about them (every member: owners and residents), with the home's name,
 * their preferences and their push subscriptions: everything a fan-out needs about people, in one statement.
 */
export async function findNoticeAudience(db: Db, homeIds: readonly string[]): Promise<NoticeAudienceRow[]> {
  if (homeIds.length === 0) return [];
  return db
    .selectFrom('home_members')
    .innerJoin('users', 'users.id', 'home_members.user_id')
    .leftJoin('homes', (join) => join.onRef('homes.id', '=', 'home_members.home_id').on('homes.deleted_at', 'is', null))
    .leftJoin('notification_preferences', 'notification_preferences.user_id', 'users.id')
    .leftJoin('push_subscriptions', 'push_subscriptions.user_id', 'users.id')
    .select([
      'home_members.home_id',
      'homes.name as home_name',
      'users.id as user_id',
      'users.email',
      'notification_preferences.data as preferences',
      'push_subscriptions.id as subscription_id',
      'push_subscriptions.endpoint',
    ])
    .where('home_members.home_id', 'in', homeIds)
    .orderBy('home_members.home_id')
    .orderBy('users.id')
    .orderBy('push_subscriptions.created_at')
    .orderBy('push_subscriptions.id')
    .execute();
}
