import { describe, expect, it } from 'vitest';
import { seedDemoWorld } from '../src/demo/demo-accounts.js';
import { seedBuildingAndLobby, seedDemoBuilding } from '../src/demo/demo-building.js';
import { fixedClock, randomIds } from '../src/ports.js';
import { T0 } from './support/app.js';
import { describeEachDialect } from './support/stores.js';

// The demo building's seeding (docs/buildings.md, "The demo building"): a data folder seeded before the building had
// a package room gets one, with the carrier's access, the next time `npm start` runs; seeding again adds nothing.

describe('the demo building', () => {
  describeEachDialect('seeding', (getStore) => {
    it('adds the package room and the carrier access to a building seeded without one, once', async () => {
      const deps = { db: getStore().db, clock: fixedClock(T0), ids: randomIds };
      const world = await seedDemoWorld(deps);
      const older = { ...world, building: await seedBuildingAndLobby(deps, world) };
      expect(older.building.packageRoomId).toBeUndefined();
      const upgraded = await seedDemoBuilding(deps, older);
      expect(await seedDemoBuilding(deps, upgraded)).toBe(upgraded);
      const b = upgraded.building!;
      expect({ ...b, packageRoomId: undefined }).toEqual(older.building);
      const entrances = await deps.db
        .selectFrom('building_entrances')
        .select(['id', 'kind'])
        .where('building_id', '=', b.buildingId)
        .execute();
      expect(entrances.map((e) => [e.kind, e.id]).sort()).toEqual([
        ['lobby', b.lobbyId],
        ['package_room', b.packageRoomId],
      ]);
      const access = await deps.db
        .selectFrom('building_carrier_access')
        .select(['entrance_id', 'organisation_id', 'revoked_at'])
        .where('building_id', '=', b.buildingId)
        .execute();
      expect(access.map((a) => [a.entrance_id, a.organisation_id, a.revoked_at]).sort()).toEqual(
        [
          [b.lobbyId, world.carrierId, null],
          [b.packageRoomId, world.carrierId, null],
        ].sort(),
      );
    });
  });
});
