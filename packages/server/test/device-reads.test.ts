import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Bus, type BusEvents } from '../src/bus.js';
import { type AcceptedRow, acceptEvent } from '../src/gateway/device-store.js';
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

  /** A device of the home no emulated device writes to, so only the test changes its row. */
  async function ownDevice(id: string, battery: number): Promise<string> {
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
        health: JSON.stringify({ battery, bolt: 'locked' }),
        created_at: at,
        updated_at: at,
      })
      .execute();
    return id;
  }

  /** The feed and the alerts on a bus of the test's own, reading through a Db that counts `devices` selects. */
  function watch() {
    const c = counted(p.store.db);
    const bus = new Bus<BusEvents>();
    const devices: BusEvents['home.device'][] = [];
    const alerts: BusEvents['home.alert'][] = [];
    bus.on('home.device', (e) => devices.push(e));
    bus.on('home.alert', (e) => alerts.push(e));
    const stopFeed = startDeviceFeed({ db: c.db, bus });
    const stopAlerts = startDeviceAlerts({ ...p.deps, db: c.db, bus });
    return {
      bus,
      devices,
      alerts,
      deviceSelects: c.deviceSelects,
      stop() {
        stopFeed();
        stopAlerts();
      },
    };
  }

  const stateEvent = (device: string, seq: number) =>
    ({ v: 1, device, seq, ts: p.clock.now(), type: 'state', data: {} }) as never;

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
    const id = await ownDevice('dev_reads_battery', 9);
    const { bus, devices, alerts, ...c } = watch();
    try {
      bus.emit('device.event', { deviceId: id, event: stateEvent(id, 2), receivedAt: p.clock.now() });
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
      c.stop();
    }
  });

  it('the row the accepting statement left is told without a read; a refused replay leaves none', async () => {
    const id = await ownDevice('dev_reads_carried', 80);
    const store = p.store;
    const returned: AcceptedRow[] = [];
    const update = (seq: number, battery: number) => ({
      id,
      seq,
      health: { battery },
      at: new Date(p.clock.now()).toISOString(),
      returned: (row: AcceptedRow) => returned.push(row),
    });
    expect(await acceptEvent(store.db, store.dialect, update(5, 12))).toBe(true);
    expect(await acceptEvent(store.db, store.dialect, update(5, 50))).toBe(false);
    expect(returned).toHaveLength(1);
    expect(returned[0]).toMatchObject({ id, home_id: p.owner.homeId, kind: 'lock', online: 1 });
    expect(JSON.parse(returned[0]!.health)).toMatchObject({ battery: 12, bolt: 'locked' });

    const { bus, devices, alerts, ...c } = watch();
    try {
      const device = { row: returned[0]!, at: performance.now() };
      bus.emit('device.event', { deviceId: id, event: stateEvent(id, 5), receivedAt: p.clock.now(), device });
      await until(async () => devices.length === 1 && alerts.length === 1, 'battery frame and alert');
      expect(c.deviceSelects()).toBe(0);
      expect(devices[0]).toMatchObject({ deviceId: id, online: true, health: { battery: 12 } });
      expect(alerts[0]).toMatchObject({ homeId: p.owner.homeId, kind: 'battery_low' });
    } finally {
      c.stop();
    }
  });

  it('a row carried from before a status change heard since is not told: the store is read instead', async () => {
    const id = await ownDevice('dev_reads_stale', 70);
    const { bus, devices, alerts, ...c } = watch();
    try {
      const [row] = await p.store.db.selectFrom('devices').selectAll().where('id', '=', id).execute();
      const carried = { row: row!, at: performance.now() }; // online, as the accepting statement saw it
      await p.store.db.updateTable('devices').set({ online: 0 }).where('id', '=', id).execute();
      bus.emit('device.status', { deviceId: id, online: false, at: p.clock.now() });
      await until(async () => devices.length === 1 && alerts.length === 1, 'offline frame and alert');
      // The event accepted before the device was marked offline is heard after: its row would say online.
      const event = stateEvent(id, 2);
      bus.emit('device.event', { deviceId: id, event, receivedAt: p.clock.now(), device: carried });
      await until(async () => devices.length === 2, 'frame after the event');
      expect(c.deviceSelects()).toBe(2);
      expect(devices.map((d) => d.online)).toEqual([false, false]);
      // Had the alerts taken the carried row, the device would be back online for them, and offline again (a second
      // alert) at the next event, which here also brings a low battery: only that is new.
      await p.store.db
        .updateTable('devices')
        .set({ health: JSON.stringify({ battery: 5 }) })
        .where('id', '=', id)
        .execute();
      bus.emit('device.event', { deviceId: id, event: stateEvent(id, 3), receivedAt: p.clock.now() });
      await until(async () => alerts.some((a) => a.kind === 'battery_low'), 'battery alert');
      expect(alerts.map((a) => a.kind)).toEqual(['device_offline', 'battery_low']);
    } finally {
      c.stop();
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
