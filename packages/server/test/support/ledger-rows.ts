import { isoAt } from '../../src/ports.js';
import type { Store } from '../../src/store/db.js';

let n = 0;

/**
 * A visit and its clip, inserted as rows (the visits service is not what the ledger, clip and live tests test). With
 * `homeId` the visit belongs to that existing home; otherwise a home, door and person are made too.
 */
export async function seedVisit(
  store: Store,
  options: { homeId?: string; accessPointId?: string; sha256?: string; bytes?: number } = {},
): Promise<{ homeId: string; visitId: string; clipId: string }> {
  const i = ++n;
  const at = isoAt(Date.parse('2026-11-25T09:00:00.000Z'));
  const db = store.db;
  const suffix = `${i}_${Math.random().toString(36).slice(2, 8)}`;
  const personId = `usr_seed${suffix}`;
  await db
    .insertInto('users')
    .values({
      id: personId,
      email: `seed${suffix}@example.test`,
      name: 'Courier',
      kind: 'courier',
      password_hash: 'x',
      created_at: at,
    })
    .execute();
  let homeId = options.homeId;
  let accessPointId = options.accessPointId;
  if (homeId === undefined) {
    homeId = `home_seed${suffix}`;
    await db
      .insertInto('homes')
      .values({
        id: homeId,
        name: 'H',
        address_line1: 'A 1',
        address_line2: null,
        city: 'C',
        postal_code: '1',
        country: 'NL',
        lat: 0,
        lon: 0,
        geofence_radius_m: 50,
        time_zone: 'Europe/Amsterdam',
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  if (accessPointId === undefined) {
    accessPointId = `ap_seed${suffix}`;
    await db
      .insertInto('access_points')
      .values({ id: accessPointId, home_id: homeId, kind: 'front_door', name: 'Front', created_at: at })
      .execute();
  }
  const visitId = `visit_seed${suffix}`;
  await db
    .insertInto('visits')
    .values({
      id: visitId,
      home_id: homeId,
      access_point_id: accessPointId,
      delivery_id: null,
      person_id: personId,
      state: 'completed',
      open: 0,
      data: '{}',
      version: 1,
      opened_at: at,
      closed_at: at,
      updated_at: at,
    })
    .execute();
  const clipId = `clip_seed${suffix}`;
  await db
    .insertInto('clips')
    .values({
      id: clipId,
      home_id: homeId,
      visit_id: visitId,
      device_id: 'dev_cam',
      session: 's1',
      sha256: options.sha256 ?? 'a'.repeat(64),
      bytes: options.bytes ?? 10,
      duration_ms: 1000,
      started_at: at,
      ended_at: at,
      created_at: at,
    })
    .execute();
  await db.insertInto('clip_checks').values({ clip_id: clipId, ok: 1, detail: null, checked_at: at }).execute();
  return { homeId, visitId, clipId };
}
