import { isoAt } from '../ports.js';
import { withTransaction } from '../store/db.js';
import {
  type HomeMemberWithUser,
  insertHome,
  insertHomeMember,
  listHomeMembers,
  listHomesOfUser,
  updateHome as updateRow,
} from '../store/homes-repo.js';
import type { Home } from '../store/schema.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';

/** The geofence must be wide enough for GPS error and narrow enough to mean "at this door" (docs/api.md). */
export const GEOFENCE_RADIUS_M = { min: 5, max: 500 } as const;

export interface HomeFields {
  name: string;
  addressLine1: string;
  addressLine2?: string | null | undefined;
  city: string;
  postalCode: string;
  country: string;
  lat: number;
  lon: number;
  geofenceRadiusM: number;
  timeZone: string;
}

/** True for a zone the runtime's IANA database knows, e.g. `Europe/Amsterdam`. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

function checkFields(fields: Partial<HomeFields>): Outcome<void> {
  if (fields.timeZone !== undefined && !isTimeZone(fields.timeZone)) {
    return fail('validation', `Unknown IANA time zone "${fields.timeZone}"`, { field: 'body.timeZone' });
  }
  return { ok: true, value: undefined };
}

function columnsOf(fields: Partial<HomeFields>): Partial<Home> {
  const columns: Partial<Home> = {
    name: fields.name?.trim(),
    address_line1: fields.addressLine1,
    address_line2: fields.addressLine2,
    city: fields.city,
    postal_code: fields.postalCode,
    country: fields.country?.toUpperCase(),
    lat: fields.lat,
    lon: fields.lon,
    geofence_radius_m: fields.geofenceRadiusM,
    time_zone: fields.timeZone,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined));
}

/** The creator becomes the home's owner. */
export async function createHome(deps: ServiceDeps, ownerId: string, fields: HomeFields): Promise<Outcome<Home>> {
  const checked = checkFields(fields);
  if (!checked.ok) return checked;
  const now = isoAt(deps.clock.now());
  const home = {
    address_line2: null,
    ...columnsOf(fields),
    id: deps.ids.id('home'),
    created_at: now,
    updated_at: now,
  } as Home;
  await withTransaction(deps.db, async (tx) => {
    await insertHome(tx, home);
    await insertHomeMember(tx, { home_id: home.id, user_id: ownerId, role: 'owner', created_at: now });
  });
  return { ok: true, value: home };
}

export async function updateHome(deps: ServiceDeps, home: Home, changes: Partial<HomeFields>): Promise<Outcome<Home>> {
  const checked = checkFields(changes);
  if (!checked.ok) return checked;
  const columns = { ...columnsOf(changes), updated_at: isoAt(deps.clock.now()) };
  await updateRow(deps.db, home.id, columns);
  return { ok: true, value: { ...home, ...columns } };
}

export async function homesOf(
  deps: ServiceDeps,
  userId: string,
  page: { limit: number; after?: string | undefined },
): Promise<{ items: Home[]; nextCursor: string | null }> {
  // One extra row tells whether another page exists.
  const rows = await listHomesOfUser(deps.db, userId, { limit: page.limit + 1, after: page.after });
  const items = rows.slice(0, page.limit);
  return { items, nextCursor: rows.length > page.limit ? items[items.length - 1]!.id : null };
}

export async function homeMembers(deps: ServiceDeps, homeId: string): Promise<HomeMemberWithUser[]> {
  return listHomeMembers(deps.db, homeId);
}
