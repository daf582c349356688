import type { AccessPoint } from './access-points-repo.js';
import type { Db } from './db.js';
import type { Home } from './schema.js';

// What one door of one home is checked against (services/deliveries-context.ts), in one read: the home, the door when
// it is one of the home's own, the customer's preferences and whether the home is enrolled with the organisation.
// Every courier's arrival and every booking asks, so these are one statement instead of four.

export interface DoorRows {
  home: Home;
  /** The home's own access point of that id; undefined for another home's (a building's entrance) or none. */
  accessPoint: AccessPoint | undefined;
  /** The stored preferences (JSON), undefined until the customer saved any. */
  preferencesData: string | undefined;
  enrolled: boolean;
}

/** As `findHome` (a deleted home is none), `findAccessPoint`, `findPreferencesData` and `findEnrolment` together. */
export async function findDoorRows(
  db: Db,
  homeId: string,
  accessPointId: string,
  organisationId: string,
): Promise<DoorRows | undefined> {
  const row = await db
    .selectFrom('homes')
    .leftJoin('access_points as ap', (join) =>
      join.onRef('ap.home_id', '=', 'homes.id').on('ap.id', '=', accessPointId),
    )
    .leftJoin('preferences as p', 'p.home_id', 'homes.id')
    .leftJoin('home_enrolments as e', (join) =>
      join.onRef('e.home_id', '=', 'homes.id').on('e.organisation_id', '=', organisationId),
    )
    .selectAll('homes')
    .select([
      'ap.id as ap_id',
      'ap.kind as ap_kind',
      'ap.name as ap_name',
      'ap.created_at as ap_created_at',
      'p.data as preferences_data',
      'e.home_id as enrolled_home_id',
    ])
    .where('homes.id', '=', homeId)
    .where('homes.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { ap_id, ap_kind, ap_name, ap_created_at, preferences_data, enrolled_home_id, ...home } = row;
  const accessPoint =
    ap_id === null || ap_kind === null || ap_name === null || ap_created_at === null
      ? undefined
      : { id: ap_id, home_id: home.id, kind: ap_kind, name: ap_name, created_at: ap_created_at };
  return { home, accessPoint, preferencesData: preferences_data ?? undefined, enrolled: enrolled_home_id !== null };
}
