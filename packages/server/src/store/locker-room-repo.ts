import type { CompartmentSize } from '@threshold/core';
import type { Db } from './db.js';

// Free locker compartments by site and size, for eligibility (docs/eligibility.md "Locker"). A read only: the
// booking still takes a compartment with its own conditional UPDATE (lockers-repo.ts takeCompartment), so what this
// counts is a forecast, never a promise. "Free" is what allocation would take: no reservation, door not stuck.

/** Every site with its position, for the caller to keep the near ones. */
export async function lockerSitePositions(db: Db): Promise<{ id: string; lat: number; lon: number }[]> {
  return db.selectFrom('locker_sites').select(['id', 'lat', 'lon']).orderBy('id').execute();
}

/** Free compartments by size at each of the sites (sites with none free are absent). */
export async function freeCompartmentsBySite(
  db: Db,
  siteIds: readonly string[],
): Promise<Map<string, Partial<Record<CompartmentSize, number>>>> {
  const bySite = new Map<string, Partial<Record<CompartmentSize, number>>>();
  if (siteIds.length === 0) return bySite;
  const rows = await db
    .selectFrom('locker_compartments')
    .select(['site_id', 'size', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('site_id', 'in', [...siteIds])
    .where('reservation_id', 'is', null)
    .where('door', '!=', 'jammed')
    .groupBy(['site_id', 'size'])
    .execute();
  for (const row of rows) {
    const site = bySite.get(row.site_id) ?? {};
    site[row.size as CompartmentSize] = Number(row.n);
    bySite.set(row.site_id, site);
  }
  return bySite;
}
