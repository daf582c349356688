import { afterAll, beforeAll, expect, it } from 'vitest';
import { composeNotice } from '../src/services/notifications/notices.js';
import {
  ALL_DAY,
  addBuilding,
  addEntrance,
  arriveAt,
  type Building,
  created,
  ROOM_AT,
} from './support/building-world.js';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// An entrance is an access controller with an optional camera (docs/buildings.md "No camera"): with no camera paired
// it opens unrecorded and says so in its check, its ledger and the resident's notice; with a camera paired it records
// first, and a camera that is offline refuses the courier, never skipped.

const SIDE_AT = { lat: 52.371, lon: 4.891 };

describeEachDialect('building entrances with and without a camera', (getStore) => {
  let p: Platform;
  let b: Building;
  let side: Awaited<ReturnType<typeof addEntrance>>;

  beforeAll(async () => {
    p = await startPlatform(getStore(), { expectations: { relockAfterMs: 150 } });
    b = await addBuilding(p);
    // The carrier may use only the side lobby, which has a controller and no camera.
    side = await addEntrance(p, b.manager.token, b.buildingId, 'lobby', SIDE_AT, false);
    const url = `/v1/buildings/${b.buildingId}/carrier-access`;
    const list = (await p.call(b.manager.token, { method: 'GET', url })).json() as {
      items: { id: string; entranceId: string }[];
    };
    for (const a of list.items.filter((x) => x.entranceId === b.lobby.id)) {
      await created(p, b.manager.token, `${url}/${a.id}/revoke`);
    }
    await created(p, b.manager.token, url, {
      entranceId: side.id,
      organisationId: p.carrier.organisationId,
      windows: ALL_DAY,
    });
    await until(() => side.controller.connected(), 'side controller paired');
  });
  afterAll(async () => {
    await side?.controller.stop();
    await b?.stop();
    await p?.close();
  });

  const iso = (ms: number) => new Date(ms).toISOString();
  async function book(entrance: 'lobby' | 'package_room') {
    const window = { start: iso(p.clock.now() - 600_000), end: iso(p.clock.now() + 3_600_000) };
    const res = await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: '/v1/deliveries',
      payload: { homeId: b.resident.homeId, externalId: `PKG-${Math.random()}`, window, building: { entrance } },
    });
    expect(res.statusCode).toBe(201);
    const delivery = res.json() as { id: string; accessPointId: string };
    await created(p, p.carrier.apiKey, `/v1/deliveries/${delivery.id}/assign`, { courierId: p.courier.userId });
    return delivery;
  }
  const arrive = (deliveryId: string, at: { lat: number; lon: number }) => arriveAt(p, deliveryId, at);
  const visitOf = async (visitId: string) =>
    (await p.call(b.resident.token, { method: 'GET', url: `/v1/visits/${visitId}` })).json() as {
      state: string;
      timeline: { kind: string; data: Record<string, unknown> }[];
    };

  it('with no camera the courier is let in unrecorded, and the check, the ledger and the notice say so', async () => {
    const delivery = await book('lobby');
    expect(delivery.accessPointId).toBe(side.id);
    // Eligibility names the entrance booking chose (the carrier may use the side lobby and the package room).
    const window = `${iso(p.clock.now())}/${iso(p.clock.now() + 3_600_000)}`;
    const url = `/v1/eligibility?address=${b.resident.homeId}&window=${window}`;
    const res = await p.call(p.carrier.apiKey, { method: 'GET', url: encodeURI(url) });
    const items = (res.json() as { items: { method: string; accessPointId: string | null }[] }).items;
    const methods = Object.fromEntries(items.map((i) => [i.method, i]));
    expect(methods.lobby?.accessPointId).toBe(side.id);
    expect(methods.package_room?.accessPointId).toBe(b.room.id);
    const visit = await arrive(delivery.id, SIDE_AT);
    expect(visit.checks.filter((c) => !c.passed)).toEqual([]);
    const devices = visit.checks.find((c) => c.name === 'devices_ready')!;
    expect(devices.evidence).toMatchObject({ camera: null, recording: 'no camera at this entrance' });
    const opened = await p.call(p.courier.token, { method: 'POST', url: `/v1/visits/${visit.id}/unlock` });
    expect(opened.json()).toMatchObject({ unlocked: true });
    expect(side.controller.state().bolt).toBe('unlocked');
    side.controller.openDoor();
    await until(async () => (await visitOf(visit.id)).state === 'door_opened', 'door opened');
    side.controller.closeDoor();
    await until(async () => (await visitOf(visit.id)).state === 'relocked', 'relocked');
    const done = await p.call(p.courier.token, { method: 'POST', url: `/v1/visits/${visit.id}/complete` });
    expect(done.json()).toMatchObject({ state: 'completed' });
    const kinds = (await visitOf(visit.id)).timeline.map((e) => e.kind);
    expect(kinds).toContain('recording.none');
    expect(kinds.filter((k) => k.startsWith('recording.') && k !== 'recording.none')).toEqual([]);
    const source = { source: 'visit' as const, visitId: visit.id, state: 'unlocked', homeId: b.resident.homeId };
    expect((await composeNotice(p.store.db, source))?.body).toBe(
      "A courier entered your building's lobby to deliver to you. It has no camera, so the passage was not recorded.",
    );
  });

  it('an entrance whose camera is offline refuses the courier with devices_ready', async () => {
    await b.room.camera.stop();
    const cameraId = await p.store.db
      .selectFrom('devices')
      .select(['id', 'online'])
      .where('access_point_id', '=', b.room.id)
      .where('kind', '=', 'camera')
      .executeTakeFirstOrThrow();
    await until(
      async () =>
        (await p.store.db.selectFrom('devices').select('online').where('id', '=', cameraId.id).executeTakeFirst())
          ?.online === 0,
      'camera offline',
    );
    const delivery = await book('package_room');
    const visit = await arrive(delivery.id, ROOM_AT);
    expect(visit.state).toBe('denied');
    const devices = visit.checks.find((c) => c.name === 'devices_ready')!;
    expect(devices).toMatchObject({ passed: false, reason: 'The camera is offline' });
    expect(b.room.controller.state().bolt).toBe('locked');
  });

  it("the entrance devices' alerts reach the manager's people, with nothing of a resident in them", async () => {
    // The package room's camera went offline above: the alert is the building's, not any resident's.
    const url = `/v1/buildings/${b.buildingId}/alerts`;
    let items: Record<string, unknown>[] = [];
    await until(async () => {
      items = ((await p.call(b.manager.token, { method: 'GET', url })).json() as { items: typeof items }).items;
      return items.some((a) => a.kind === 'device_offline');
    }, 'offline alert listed');
    expect(Object.keys(items[0]!).sort()).toEqual(['acknowledged', 'at', 'id', 'kind', 'message']);
    expect(JSON.stringify(items)).not.toContain(b.resident.homeId);
    // Nobody else: the resident (not a member of the manager) is told the building does not exist.
    expect((await p.call(b.resident.token, { method: 'GET', url })).statusCode).toBe(404);
    // And the resident's own alerts do not carry the building's device.
    const own = await p.call(b.resident.token, { method: 'GET', url: `/v1/homes/${b.resident.homeId}/alerts` });
    expect((own.json() as { items: { kind: string }[] }).items.map((a) => a.kind)).not.toContain('device_offline');
  });
});
