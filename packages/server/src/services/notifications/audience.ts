import type { Db } from '../../store/db.js';
import { findNoticeAudience } from '../../store/notice-reads.js';
import { type NotificationPreferences, parseNotificationPreferences } from './preferences.js';

// Who hears about a home, read once for a whole batch of notices: its owners and residents, their preferences and
// their browsers (docs/notifications.md "Who is told").

export interface Listener {
  id: string;
  email: string;
  preferences: NotificationPreferences;
  /** Their browsers with push, oldest first. */
  subscriptions: { id: string; endpoint: string }[];
}

export interface Audience {
  /** Null when the home is gone. */
  homeName: string | null;
  people: Listener[];
}

/** The audience of each of these homes; a home with nobody to tell is absent. */
export async function audiencesOf(db: Db, homeIds: readonly string[]): Promise<Map<string, Audience>> {
  const audiences = new Map<string, Audience>();
  for (const row of await findNoticeAudience(db, homeIds)) {
    let audience = audiences.get(row.home_id);
    if (!audience) {
      audience = { homeName: row.home_name, people: [] };
      audiences.set(row.home_id, audience);
    }
    let person = audience.people.at(-1);
    // Rows come by home, then person: a person with several browsers has one row each.
    if (person?.id !== row.user_id) {
      person = {
        id: row.user_id,
        email: row.email,
        preferences: parseNotificationPreferences(row.preferences),
        subscriptions: [],
      };
      audience.people.push(person);
    }
    if (row.subscription_id !== null && row.endpoint !== null) {
      person.subscriptions.push({ id: row.subscription_id, endpoint: row.endpoint });
    }
  }
  return audiences;
}
