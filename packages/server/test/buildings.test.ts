import { afterAll, beforeAll, expect, it } from 'vitest';
import { composeNotice } from '../src/services/notifications/notices.js';
import { customer } from './support/app.js';
import {
  ALL_DAY,
  addBuilding,
  arriveAt,
  type Building,
  created,
  EVERY_DAY,
  LOBBY_AT,
  ROOM_AT,
  residentOf,
} from './support/building-world.js';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// Apartment buildings end to end (docs/buildings.md): HTTP in, MQTT to the emulated entrance controller and camera,
// their signed events back. A courier gets through an entrance only for a live delivery to a resident of the
// building, inside the carrier's window, at the entrance, while the resident allows it; a denial names the check,
// lands in the resident's ledger and in the manager's activity (carrier and time only).

interface Check {
  name: string;
  passed: boolean;
  reason: string | null;
}

describeEachDialect('apartment buildings end to end', (getStore) => {
  let p: Platform;
  let b: Building;

  beforeAll(async () => {
    p = await startPlatform(getStore(), { expectations: { relockAfterMs: 150 } });
    b = await addBuilding(p);
  });
  afterAll(async () => {
    await b?.stop();
    await p?.close();
  });

  const iso = (ms: number) => new Date(ms).toISOString();
  async function book(homeId: string, entrance: 'lobby' | 'package_room') {
    const window = { start: iso(p.clock.now() - 600_000), end: iso(p.clock.now() + 3_600_000) };
    const externalId = `PKG-${Math.random().toString(36).slice(2, 8)}`;
    const res = await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: '/v1/deliveries',
      payload: { homeId, externalId, window, building: { entrance } },
    });
    expect(res.statusCode).toBe(201);
    const delivery = res.json() as { id: string; method: string; reasons: string[]; accessPointId: string };
    await created(p, p.carrier.apiKey, `/v1/deliveries/${delivery.id}/assign`, { courierId: p.courier.userId });
    return { ...delivery, externalId };
  }
  const arrive = (deliveryId: string, at: { lat: number; lon: number }) => arriveAt(p, deliveryId, at);
  const failed = (checks: Check[]) => checks.filter((c) => !c.passed).map((c) => c.name);
  const visitOf = async (visitId: string) =>
    (await p.call(b.resident.token, { method: 'GET', url: `/v1/visits/${visitId}` })).json() as {
      state: string;
      timeline: { kind: string; data: Record<string, unknown> }[];
    };
  const alerts = async () =>
    (
      (
        await p.call(b.resident.token, { method: 'GET', url: `/v1/homes/${b.resident.homeId}/alerts?limit=100` })
      ).json() as { items: { kind: string; message: string }[] }
    ).items;
  const activity = async () =>
    (
      (await p.call(b.manager.token, { method: 'GET', url: `/v1/buildings/${b.buildingId}/activity` })).json() as {
        items: Record<string, unknown>[];
      }
    ).items;

  async function passThrough(visitId: string, entrance: Building['lobby']) {
    const opened = await p.call(p.courier.token, { method: 'POST', url: `/v1/visits/${visitId}/unlock` });
    expect(opened.json()).toMatchObject({ unlocked: true });
    expect(entrance.controller.state().bolt).toBe('unlocked');
    entrance.controller.openDoor();
    await until(async () => (await visitOf(visitId)).state === 'door_opened', 'door opened');
    entrance.controller.closeDoor();
    await until(async () => (await visitOf(visitId)).state === 'relocked', 'relocked');
    const done = await p.call(p.courier.token, { method: 'POST', url: `/v1/visits/${visitId}/complete` });
    expect(done.json()).toMatchObject({ state: 'completed' });
  }

  it('a lobby entry for a live delivery passes every named check, opens over MQTT, and the resident is told', async () => {
    const delivery = await book(b.resident.homeId, 'lobby');
    expect(delivery).toMatchObject({ method: 'lobby', reasons: [], accessPointId: b.lobby.id });
    const visit = await arrive(delivery.id, LOBBY_AT);
    expect(failed(visit.checks)).toEqual([]);
    expect(visit.checks.map((c) => c.name)).toEqual(
      expect.arrayContaining(['resident_of_building', 'carrier_window', 'resident_allows_building', 'within_geofence']),
    );
    await passThrough(visit.id, b.lobby);
    const status = await p.call(p.carrier.apiKey, { method: 'GET', url: `/v1/deliveries/${delivery.id}` });
    expect(status.json()).toMatchObject({ status: 'delivered' });
    // The resident is told: the unlock step's notice (what the fan-out sends) says a courier came in for them, and
    // the ending is an alert of their home.
    const source = { source: 'visit' as const, visitId: visit.id, state: 'unlocked', homeId: b.resident.homeId };
    expect(await composeNotice(p.store.db, source)).toMatchObject({
      kind: 'unlock',
      homeId: b.resident.homeId,
      body: "A courier entered your building's lobby to deliver to you.",
    });
    expect((await alerts()).map((a) => a.kind)).toContain('delivered_in_building');
    const entries = await activity();
    expect(entries[0]).toEqual({
      id: expect.any(String),
      entranceId: b.lobby.id,
      organisationId: p.carrier.organisationId,
      outcome: 'admitted',
      failedChecks: [],
      at: expect.any(String),
    });
  });

  it('a package-room drop records which parcel went in and tells the resident', async () => {
    const delivery = await book(b.resident.homeId, 'package_room');
    expect(delivery).toMatchObject({ method: 'package_room', accessPointId: b.room.id });
    const visit = await arrive(delivery.id, ROOM_AT);
    expect(failed(visit.checks)).toEqual([]);
    await passThrough(visit.id, b.room);
    const detail = await visitOf(visit.id);
    const stored = detail.timeline.find((e) => e.kind === 'package_room.parcel_stored');
    expect(stored?.data).toMatchObject({ deliveryId: delivery.id, externalId: delivery.externalId });
    const told = (await alerts()).find((a) => a.kind === 'left_in_package_room');
    expect(told?.message).toBe(`Your parcel (${delivery.externalId}) is in your building's package room.`);
  });

  it('outside the carrier window the courier is denied with carrier_window, in the ledger and the activity', async () => {
    const delivery = await book(b.resident.homeId, 'lobby');
    // The manager narrows the carrier to a window that does not contain now (building zone), then revokes all-day.
    const hour = Number(
      new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Amsterdam' }).format(
        p.clock.now(),
      ),
    );
    const pad = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
    const list = await p.call(b.manager.token, { method: 'GET', url: `/v1/buildings/${b.buildingId}/carrier-access` });
    const lobbyAccess = (list.json() as { items: { id: string; entranceId: string }[] }).items.filter(
      (a) => a.entranceId === b.lobby.id,
    );
    const narrow = await created(p, b.manager.token, `/v1/buildings/${b.buildingId}/carrier-access`, {
      entranceId: b.lobby.id,
      organisationId: p.carrier.organisationId,
      windows: [{ days: EVERY_DAY, startLocal: pad(hour + 3), endLocal: pad(hour + 4) }],
    });
    for (const a of lobbyAccess) {
      await created(p, b.manager.token, `/v1/buildings/${b.buildingId}/carrier-access/${a.id}/revoke`);
    }
    try {
      const visit = await arrive(delivery.id, LOBBY_AT);
      expect(visit.state).toBe('denied');
      expect(failed(visit.checks)).toEqual(['carrier_window']);
      expect(visit.checks.find((c) => c.name === 'carrier_window')?.reason).toBe(
        "It is outside your carrier's hours at this entrance",
      );
      expect(b.lobby.controller.state().bolt).toBe('locked');
      const facts = await p.store.db
        .selectFrom('ledger_entries')
        .select(['kind', 'home_id'])
        .where('subject', '=', visit.id)
        .execute();
      expect(facts.map((f) => f.kind)).toContain('visit.denied');
      expect(new Set(facts.map((f) => f.home_id))).toEqual(new Set([b.resident.homeId]));
      expect((await activity())[0]).toMatchObject({ outcome: 'denied', failedChecks: ['carrier_window'] });
    } finally {
      await created(p, b.manager.token, `/v1/buildings/${b.buildingId}/carrier-access/${narrow.id}/revoke`);
      await created(p, b.manager.token, `/v1/buildings/${b.buildingId}/carrier-access`, {
        entranceId: b.lobby.id,
        organisationId: p.carrier.organisationId,
        windows: ALL_DAY,
      });
    }
  });

  it('after the resident turns building delivery off the courier is denied with resident_allows_building', async () => {
    const delivery = await book(b.resident.homeId, 'lobby');
    const url = `/v1/homes/${b.resident.homeId}/building-delivery`;
    const off = await p.call(b.resident.token, { method: 'PUT', url, payload: { allowed: false } });
    expect(off.json()).toMatchObject({ allowed: false });
    try {
      const visit = await arrive(delivery.id, LOBBY_AT);
      expect(failed(visit.checks)).toEqual(['resident_allows_building']);
      // Booking now says why it cannot go through the building.
      const later = await p.call(p.carrier.apiKey, {
        method: 'POST',
        url: '/v1/deliveries',
        payload: {
          homeId: b.resident.homeId,
          externalId: `off-${Math.random()}`,
          window: { start: iso(p.clock.now()), end: iso(p.clock.now() + 3_600_000) },
          building: { entrance: 'lobby' },
        },
      });
      expect(later.json()).toMatchObject({
        method: 'doorstep',
        reasons: ['The resident has turned building delivery off'],
      });
    } finally {
      await p.call(b.resident.token, { method: 'PUT', url, payload: { allowed: true } });
    }
  });

  it('after the resident moves out a courier for them is denied with resident_of_building, and they keep their history', async () => {
    const former = await residentOf(p, b, '3B');
    const delivery = await book(former.homeId, 'lobby');
    const past = await book(former.homeId, 'lobby');
    // A past visit of theirs (a courier turned away at the fence: it holds the entrance for nobody).
    const pastVisit = await arrive(past.id, { lat: 52.38, lon: 4.9 });
    const left = await p.call(former.token, { method: 'POST', url: `/v1/homes/${former.homeId}/move-out` });
    expect(left.statusCode).toBe(200);
    expect(left.json()).toMatchObject({ id: former.unitId, occupied: false });
    // Their home is no longer a unit: moving out again finds no unit; the manager may not move anyone out.
    const byManager = await p.call(b.manager.token, { method: 'POST', url: `/v1/homes/${former.homeId}/move-out` });
    expect(byManager.statusCode).toBe(404);
    const again = await p.call(former.token, { method: 'POST', url: `/v1/homes/${former.homeId}/move-out` });
    expect(again.statusCode).toBe(404);
    const visit = await arrive(delivery.id, LOBBY_AT);
    expect(failed(visit.checks)).toEqual(['resident_of_building']);
    expect(visit.checks.find((c) => c.name === 'resident_of_building')?.reason).toBe(
      'This delivery is not to a unit of a building',
    );
    // The former resident still reads their own past delivery; the manager still does not.
    const read = (token: string) => p.call(token, { method: 'GET', url: `/v1/visits/${pastVisit.id}` });
    expect((await read(former.token)).statusCode).toBe(200);
    expect((await read(b.manager.token)).statusCode).toBe(404);
    // The unit is vacant: the manager may invite the next resident, who gets a new home with none of the old data.
    const invitation = await created(
      p,
      b.manager.token,
      `/v1/buildings/${b.buildingId}/units/${former.unitId}/invitations`,
      {
        email: `next-${Math.random()}@example.test`,
      },
    );
    const newHomeId = (invitation.target as { id: string }).id;
    expect(newHomeId).not.toBe(former.homeId);
  });

  it('the manager ends a residency: the unit is vacant, the resident keeps their home, the next one starts afresh', async () => {
    const resident = await residentOf(p, b, '4C');
    const url = `/v1/buildings/${b.buildingId}/units/${resident.unitId}/end-residency`;
    // Only the manager: the resident may not end it this way, nor the courier.
    expect((await p.call(resident.token, { method: 'POST', url })).statusCode).toBe(404);
    const ended = await p.call(b.manager.token, { method: 'POST', url });
    expect(ended.json()).toMatchObject({ id: resident.unitId, occupied: false });
    expect((await p.call(b.manager.token, { method: 'POST', url })).json()).toMatchObject({ reason: 'unit_vacant' });
    // The former resident's home is still theirs (no longer a unit); the manager reads nothing of it.
    const home = (token: string) => p.call(token, { method: 'GET', url: `/v1/homes/${resident.homeId}` });
    expect((await home(resident.token)).statusCode).toBe(200);
    expect((await home(b.manager.token)).statusCode).toBe(404);
    const pref = await p.call(resident.token, { method: 'GET', url: `/v1/homes/${resident.homeId}/building-delivery` });
    expect(pref.statusCode).toBe(404);
    // A new resident joins a new home: the old one is not theirs to read.
    const person = await customer(p.app, 'resident-4C-next');
    const invitation = await created(
      p,
      b.manager.token,
      `/v1/buildings/${b.buildingId}/units/${resident.unitId}/invitations`,
      {
        email: person.email,
      },
    );
    await created(p, person.token, `/v1/me/invitations/${invitation.id}/accept`);
    const newHomeId = (invitation.target as { id: string }).id;
    expect(newHomeId).not.toBe(resident.homeId);
    expect((await home(person.token)).statusCode).toBe(404);
    expect((await p.call(person.token, { method: 'GET', url: `/v1/homes/${newHomeId}` })).statusCode).toBe(200);
  });

  it('a courier standing elsewhere is denied with within_geofence: the fence is the entrance', async () => {
    const delivery = await book(b.resident.homeId, 'lobby');
    const visit = await arrive(delivery.id, { lat: 52.38, lon: 4.9 });
    expect(failed(visit.checks)).toEqual(['within_geofence']);
  });

  it("the manager sees entrance activity by carrier and time, and none of a resident's own data", async () => {
    const delivery = await book(b.resident.homeId, 'lobby');
    const visit = await arrive(delivery.id, LOBBY_AT);
    await passThrough(visit.id, b.lobby);
    // Every GET of the API about a home, a visit or a delivery, on the resident's: the manager is told it does not exist.
    const doc = p.app.swagger() as { paths: Record<string, { get?: unknown }> };
    const ids: Record<string, string> = { homeId: b.resident.homeId, visitId: visit.id, deliveryId: delivery.id };
    const urls = Object.entries(doc.paths)
      .filter(([path, item]) => item.get && /\{(homeId|visitId|deliveryId)\}/.test(path))
      .filter(([path]) => !/\{(?!homeId|visitId|deliveryId)\w+\}/.test(path))
      .map(([path]) => path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]!));
    expect(urls.length).toBeGreaterThan(10);
    const status = async (token: string, url: string) => (await p.call(token, { method: 'GET', url })).statusCode;
    const answers = await Promise.all(urls.map(async (url) => [url, await status(b.manager.token, url)] as const));
    // A route that wants more input (a query) refuses it before looking anything up: 400 for the resident as well.
    const leaks = [];
    for (const [url, code] of answers) {
      if (code === 404 || code === 403) continue;
      if (code !== 400 || (await status(b.resident.token, url)) !== 400) leaks.push([url, code]);
    }
    expect(leaks).toEqual([]);
    // The resident, meanwhile, reads their own visit and its ledger facts.
    expect((await p.call(b.resident.token, { method: 'GET', url: `/v1/visits/${visit.id}` })).statusCode).toBe(200);
    // What the manager does read names a carrier, an entrance and a time: no home, unit, delivery, visit or person.
    const entry = (await activity())[0]!;
    expect(Object.keys(entry).sort()).toEqual(['at', 'entranceId', 'failedChecks', 'id', 'organisationId', 'outcome']);
    const detail = await p.call(b.manager.token, { method: 'GET', url: `/v1/buildings/${b.buildingId}` });
    expect(JSON.stringify(detail.json())).not.toContain(b.resident.homeId);
    expect(JSON.stringify(detail.json())).not.toContain(b.resident.email);
  });
});
