import type { Db } from '../../store/db.js';
import { listGrantsFor } from '../../store/grants-repo.js';
import { findHome } from '../../store/homes-repo.js';
import { listOrganisationsOfUser } from '../../store/organisations-repo.js';
import type { GrantRow } from '../../store/schema-grants.js';

// What a worker or an invited person sees (docs/grants.md "The worker's view"): the grants that let them in, and
// their upcoming windows with the home's address and the customer's notes.

export async function grantsOfPerson(db: Db, userId: string): Promise<GrantRow[]> {
  const orgs = (await listOrganisationsOfUser(db, userId)).filter((o) => o.role === 'worker').map((o) => o.id);
  const grants = await listGrantsFor(db, userId, orgs);
  // A provider grant to one named worker is that worker's alone.
  return grants.filter((g) => g.grantee_kind === 'person' || g.worker_id === null || g.worker_id === userId);
}

export interface HomeLabel {
  zone: string;
  name: string;
  address: string;
  /** Where the door is: the worker's map and the geofence's centre. */
  location: { lat: number; lon: number };
}

/** The IANA zone of each home, looked up once. */
export async function zonesOf(db: Db, homeIds: readonly string[]): Promise<Map<string, HomeLabel>> {
  const out = new Map<string, HomeLabel>();
  for (const id of new Set(homeIds)) {
    const home = await findHome(db, id);
    if (home)
      out.set(id, {
        zone: home.time_zone,
        name: home.name,
        address: `${home.address_line1}, ${home.postal_code} ${home.city}`,
        location: { lat: home.lat, lon: home.lon },
      });
  }
  return out;
}
