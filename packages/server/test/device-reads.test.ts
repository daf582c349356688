import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Bus, type BusEvents } from '../src/bus.js';
import { startDeviceFeed } from '../src/live/device-feed.js';
import { findDeviceSoon } from '../src/services/devices-repo.js';
import { startDeviceAlerts } from '../src/services/visits/device-alerts.js';
import { deviceDoorVisits } from '../src/services/visits/door-devices.js';
import type { Db } from '../src/store/db.js';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// The live feed and the device alerts follow the same device events: one statement reads the device for both, and
// what they tell is what the store holds once the event was committed. A lock's bolt and door events read the door
// and its open visits in one statement.

/** Counts the `devices` selects sent through the Db it is plugged into. */
function counted(db: Db): { db: Db; deviceSelects: () => number } {
  let n = 0;
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      if (node.kind === 'SelectQueryNode' && JSON.stringify(node.from).includes('"devices"')) n++;
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { db: db.withPlugin(plugin), deviceSelects: () => n };
}

describeEachDialect('device reads on the unlock path', (getStore) => {
  let p: Platform;
  let lockId: string;
  let cameraId: string;

  beforeAll(async () => {
    p = await startPlatform(getStore());
    const devices = await p.store.db
      .selectFrom('devices')
      .select(['id', 'kind'])
      .where('access_point_id', '=', p.owner.accessPointId)
      .execute();
    lockId = devices.find((d) => d.kind === 'lock')!.id;
    cameraId = devices.find((d) => d.kind === 'camera')!.id;
  });
  afterAll(async () => {
    await p?.close();
  });

  it('answers the devices asked for in one turn with one statement, and a later ask sees a later write', async () => {
    const c = counted(p.store.db);
    const [lock, camera, lockAgain, nobody] = await Promise.all([
      findDeviceSoon(c.db, lockId),
      findDeviceSoon(c.db, cameraId),
      findDeviceSoon(c.db, lockId),
      findDeviceSoon(c.db, 'dev_nobody'),
    ]);
    expect(c.deviceSelects()).toBe(1);
    expect([lock?.id, camera?.id, lockAgain?.id, nobody]).toEqual([lockId, cameraId, lockId, undefined]);
    await p.store.db.updateTable('devices').set({ firmware: 'after-write' }).where('id', '=', lockId).execute();
    expect((await findDeviceSoon(c.db, lockId))?.firmware).toBe('after-write');
    expect(c.deviceSelects()).toBe(2);
  });

  it('feed and alerts read a device once per event and tell the health the store holds after it', async () => {
    // A device of the home no emulated device writes to, so only this test changes its row.
    const id = 'dev_reads_battery';
    const at = new Date(p.clock.now()).toISOString();
    await p.store.db
      .insertInto('devices')
      .values({
        id,
        kind: 'lock',
        public_key: 'key',
        firmware: '1.0.0',
        claim_hash: null,
        home_id: p.owner.homeId,
        access_point_id: null,
        claimed_by: p.owner.userId,
        claimed_at: at,
        last_seq: 1,
        online: 1,
        last_seen_at: at,
        health: JSON.stringify({ battery: 9, bolt: 'locked' }),
        created_at: at,
        updated_at: at,
      })
      .execute();
    const c = counted(p.store.db);
    const bus = new Bus<BusEvents>();
    const devices: BusEvents['home.device'][] = [];
    const alerts: BusEvents['home.alert'][] = [];
    bus.on('home.device', (e) => devices.push(e));
    bus.on('home.alert', (e) => alerts.push(e));
    const stopFeed = startDeviceFeed({ db: c.db, bus });
    const stopAlerts = startDeviceAlerts({ ...p.deps, db: c.db, bus });
    try {
      const state = { v: 1, device: id, seq: 2, ts: p.clock.now(), type: 'state', data: {} } as never;
      bus.emit('device.event', { deviceId: id, event: state, receivedAt: p.clock.now() });
      await until(async () => devices.length === 1 && alerts.length === 1, 'battery frame and alert');
      expect(c.deviceSelects()).toBe(1);
      expect(devices[0]).toMatchObject({ homeId: p.owner.homeId, deviceId: id, online: true });
      expect(devices[0]!.health).toMatchObject({ battery: 9, bolt: 'locked' });
      expect(alerts[0]).toMatchObject({ homeId: p.owner.homeId, kind: 'battery_low' });

      // The status change is told as the store holds it: offline, with the same battery (no second battery alert).
      await p.store.db.updateTable('devices').set({ online: 0 }).where('id', '=', id).execute();
      bus.emit('device.status', { deviceId: id, online: false, at: p.clock.now() });
      await until(async () => devices.length === 2 && alerts.length === 2, 'offline frame and alert');
      expect(c.deviceSelects()).toBe(2);
      expect(devices[1]).toMatchObject({ deviceId: id, online: false, health: { battery: 9 } });
      expect(alerts.map((a) => a.kind)).toEqual(['battery_low', 'device_offline']);
    } finally {
      stopFeed();
      stopAlerts();
    }
  });

  it("reads a lock's door and the visits open at it in one statement; an unpaired device has no door", async () => {
    const c = counted(p.store.db);
    const found = await deviceDoorVisits(c.db, lockId);
    expect(c.deviceSelects()).toBe(1);
    expect(found).toEqual({ door: { homeId: p.owner.homeId, accessPointId: p.owner.accessPointId }, open: [] });
    expect(await deviceDoorVisits(c.db, 'dev_nobody')).toBeNull();
    await p.store.db.updateTable('devices').set({ access_point_id: null }).where('id', '=', cameraId).execute();
    try {
      expect(await deviceDoorVisits(c.db, cameraId)).toBeNull();
    } finally {
      await p.store.db
        .updateTable('devices')
        .set({ access_point_id: p.owner.accessPointId })
        .where('id', '=', cameraId)
        .execute();
    }
  });
});
