import { expect, it } from 'vitest';
import { insertAccessPoint } from '../src/store/access-points-repo.js';
import { saveEnrolment } from '../src/store/deliveries-repo.js';
import { findDoorRows } from '../src/store/door-context-repo.js';
import { insertHome, updateHome } from '../src/store/homes-repo.js';
import { insertOrganisation } from '../src/store/organisations-repo.js';
import { savePreferencesData } from '../src/store/preferences-repo.js';
import { aHome } from './support/app.js';
import { describeEachDialect } from './support/stores.js';

const at = '2026-11-25T09:00:00.000Z';
const home = (id: string) => ({
  id,
  name: aHome.name,
  address_line1: aHome.addressLine1,
  address_line2: null,
  city: aHome.city,
  postal_code: aHome.postalCode,
  country: aHome.country,
  lat: 52.370216,
  lon: 4.895168,
  geofence_radius_m: 50,
  time_zone: aHome.timeZone,
  created_at: at,
  updated_at: at,
});
const door = (id: string, homeId: string) => ({
  id,
  home_id: homeId,
  kind: 'front_door' as const,
  name: id,
  created_at: at,
});

describeEachDialect('door context read', (getStore) => {
  it('reads the home, its own door, the preferences and the enrolment as the four separate reads did', async () => {
    const { db } = getStore();
    await insertHome(db, home('home_a'));
    await insertHome(db, home('home_b'));
    await insertAccessPoint(db, door('ap_a', 'home_a'));
    await insertAccessPoint(db, door('ap_b', 'home_b'));
    await insertOrganisation(db, { id: 'org_c', name: 'Carrier', kind: 'carrier', created_at: at });
    await insertOrganisation(db, { id: 'org_d', name: 'Other', kind: 'carrier', created_at: at });

    const bare = await findDoorRows(db, 'home_a', 'ap_a', 'org_c');
    expect(bare).toMatchObject({ home: home('home_a'), accessPoint: door('ap_a', 'home_a'), enrolled: false });
    expect(bare?.preferencesData).toBeUndefined();
    // Another home's door is not this home's: the caller then looks for a building entrance.
    expect((await findDoorRows(db, 'home_a', 'ap_b', 'org_c'))?.accessPoint).toBeUndefined();
    expect(await findDoorRows(db, 'home_x', 'ap_a', 'org_c')).toBeUndefined();

    await savePreferencesData(db, 'home_a', '{"instructions":"ring"}', at);
    await saveEnrolment(db, { home_id: 'home_a', organisation_id: 'org_c', plan: 'basic', created_at: at });
    const full = await findDoorRows(db, 'home_a', 'ap_a', 'org_c');
    expect(full).toMatchObject({ preferencesData: '{"instructions":"ring"}', enrolled: true });
    // Enrolled with one organisation is not enrolled with another.
    expect((await findDoorRows(db, 'home_a', 'ap_a', 'org_d'))?.enrolled).toBe(false);

    // A deleted home is a tombstone: no home at all.
    await updateHome(db, 'home_a', { deleted_at: at });
    expect(await findDoorRows(db, 'home_a', 'ap_a', 'org_c')).toBeUndefined();
  });
});
