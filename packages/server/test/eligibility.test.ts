import { deviceIdFor, generateKeyPair } from '@threshold/protocol';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../src/store/db.js';
import { insertServedAreaWithin, MAX_SERVED_AREAS, type ServedAreasTable } from '../src/store/served-areas-repo.js';
import { aHome, bearer, call, expectProblem, testApp } from './support/app.js';
import { lockerOperator, lockerSite } from './support/locker-world.js';
import { withBuildings } from './support/route-cases/buildings.js';
import { apiKey } from './support/route-cases/shared.js';
import { describeEachDialect } from './support/stores.js';
import { courierOf, type Tenant, world } from './support/world.js';

// Eligibility for an address (docs/eligibility.md) through HTTP: served areas drawn by the carrier's admin, every
// method with its reason codes for an enrolled home and for a position, and nothing said about a stranger's home.

const WINDOW = '2026-12-02T08:00:00Z/2026-12-02T11:00:00Z';
/** A square of side `side` degrees around (lat, lon), as a closed GeoJSON ring. */
const around = (lat: number, lon: number, side: number) => [
  [lon - side / 2, lat - side / 2],
  [lon + side / 2, lat - side / 2],
  [lon + side / 2, lat + side / 2],
  [lon - side / 2, lat + side / 2],
  [lon - side / 2, lat - side / 2],
];
const FAR = 'geo:48.8566,2.3522'; // Paris: no site, no area

type Answer = Record<string, { available: boolean; reasons: string[]; accessPointId: string | null }>;
const byMethod = (res: LightMyRequestResponse): Answer => {
  if (res.statusCode !== 200) throw new Error(`eligibility: ${res.statusCode} ${res.body}`);
  const items = (res.json() as { items: (Answer[string] & { method: string })[] }).items;
  return Object.fromEntries(items.map(({ method, ...rest }) => [method, rest]));
};

const areaRing = around(aHome.lat, aHome.lon, 0.01);
const areaRow = (t: Tenant, id: string) => ({
  id,
  organisation_id: t.organisationId,
  name: id,
  methods: '["doorstep"]',
  ring: JSON.stringify(areaRing),
  min_lat: aHome.lat - 0.005,
  max_lat: aHome.lat + 0.005,
  min_lon: aHome.lon - 0.005,
  max_lon: aHome.lon + 0.005,
  created_by: t.userId,
  created_at: '2026-11-25T09:00:00.000Z',
});

describeEachDialect('eligibility', (getStore) => {
  let w: Awaited<ReturnType<typeof world>>;
  let a: Tenant;
  let b: Tenant;
  let op: Awaited<ReturnType<typeof lockerOperator>>;

  const ask = (t: Tenant, address: string, extra = '') =>
    w.app.inject({
      method: 'GET',
      url: `/v1/eligibility?address=${encodeURIComponent(address)}&window=${encodeURIComponent(WINDOW)}${extra}`,
      headers: apiKey(t.keySecret),
    });
  const areas = (t: Tenant) => `/v1/organisations/${t.organisationId}/served-areas`;
  const draw = (t: Tenant, methods: string[], ring: number[][], token = t.token) =>
    call(w.app, token, { method: 'POST', url: areas(t), payload: { name: 'Area', methods, ring } });

  /** A healthy camera paired to A's door, and A's lock online and charged (written to the store as pairing would). */
  async function readyDoor() {
    const db = w.app.deps.store.db;
    await db.updateTable('devices').set({ online: 1, health: '{"battery":90}' }).where('id', '=', a.deviceId).execute();
    const { publicKey } = generateKeyPair();
    const at = new Date().toISOString();
    await db
      .insertInto('devices')
      .values({
        id: deviceIdFor('camera', publicKey),
        kind: 'camera',
        public_key: publicKey,
        firmware: 'test',
        claim_hash: null,
        home_id: a.homeId,
        access_point_id: a.accessPointId,
        claimed_by: a.userId,
        claimed_at: at,
        last_seq: 0,
        created_at: at,
        updated_at: at,
        online: 1,
        health: '{"battery":80}',
      })
      .execute();
  }

  beforeAll(async () => {
    w = await world((await testApp(getStore())).app);
    a = w.a;
    b = w.b;
    const enrol = await call(w.app, a.token, {
      method: 'POST',
      url: `/v1/homes/${a.homeId}/enrolments`,
      payload: { organisationId: a.organisationId, plan: 'std' },
    });
    expect(enrol.statusCode).toBe(201);
    op = await lockerOperator(w.app, 'el');
  }, 60_000);
  afterAll(async () => {
    await w.app.close();
  });

  describe('served areas', () => {
    it('are drawn, listed and removed by the carrier admin only', async () => {
      const made = await draw(a, ['doorstep', 'locker'], around(aHome.lat, aHome.lon, 0.2));
      expect(made.statusCode).toBe(201);
      const area = made.json() as { id: string; methods: string[]; ring: number[][] };
      expect(area.methods).toEqual(['doorstep', 'locker']);
      const list = await call(w.app, a.token, { method: 'GET', url: areas(a) });
      expect((list.json() as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([area.id]);

      // Another carrier's admin is told it does not exist; a key and a courier of the carrier may not.
      expectProblem(await call(w.app, b.token, { method: 'GET', url: areas(a) }), 404, 'not-found');
      expectProblem(
        await w.app.inject({ method: 'GET', url: areas(a), headers: apiKey(a.keySecret) }),
        403,
        'forbidden',
      );
      const courier = await courierOf(w.app, a, 'sa-courier');
      expectProblem(await draw(a, ['doorstep'], around(0, 0, 1), courier.token), 403, 'forbidden');
      expectProblem(await call(w.app, b.token, { method: 'DELETE', url: `${areas(a)}/${area.id}` }), 404, 'not-found');

      const removed = await call(w.app, a.token, { method: 'DELETE', url: `${areas(a)}/${area.id}` });
      expect(removed.statusCode).toBe(204);
      expectProblem(await call(w.app, a.token, { method: 'DELETE', url: `${areas(a)}/${area.id}` }), 404, 'not-found');
    });

    it('refuses rings that are open, too small, too large, or a kind that does not deliver', async () => {
      const ring = around(aHome.lat, aHome.lon, 0.2);
      const cases: [number[][], string][] = [
        [[...ring.slice(0, 4), [ring[0]![0]!, ring[0]![1]! + 0.01]], 'not_closed'],
        [around(aHome.lat, aHome.lon, 6), 'too_large'],
        [around(aHome.lat, aHome.lon, 0.00001), 'no_area'],
        [around(95, aHome.lon, 0.2), 'out_of_range'],
      ];
      for (const [bad, reason] of cases) {
        const res = await draw(a, ['doorstep'], bad);
        expectProblem(res, 400, 'validation');
        expect(res.json()).toMatchObject({ field: 'body.ring', reason });
      }
      expectProblem(await draw(a, ['doorstep'], ring.slice(0, 3)), 400, 'validation');
      expectProblem(await draw(a, ['teleport'], ring), 400, 'validation');
      const res = await call(w.app, op.admin.token, {
        method: 'POST',
        url: `/v1/organisations/${op.organisationId}/served-areas`,
        payload: { name: 'X', methods: ['doorstep'], ring },
      });
      expectProblem(res, 400, 'validation');
      expect(
        await w.app.deps.store.db
          .withTables<{ served_areas: { id: string } }>()
          .selectFrom('served_areas')
          .select('id')
          .execute(),
      ).toEqual([]);
    });
  });

  describe('answers', () => {
    it('for an enrolled home: every method with its reasons, which change as the customer sets things up', async () => {
      const first = byMethod(await ask(a, a.homeId));
      expect(Object.keys(first)).toEqual([
        'in_home',
        'in_garage',
        'in_car',
        'lobby',
        'package_room',
        'locker',
        'doorstep',
      ]);
      expect(first.in_home).toEqual({
        available: false,
        reasons: ['customer_disallows', 'lock_offline', 'camera_not_paired'],
        accessPointId: a.accessPointId,
      });
      expect(first.in_garage?.reasons).toEqual(['no_access_point']);
      expect(first.in_car?.reasons).toEqual(['no_car']);
      expect(first.lobby?.reasons).toEqual(['not_in_building']);
      expect(first.package_room?.reasons).toEqual(['not_in_building']);
      expect(first.locker?.reasons).toEqual(['no_locker_nearby']);
      expect(first.doorstep).toEqual({ available: true, reasons: [], accessPointId: null });

      await readyDoor();
      const prefs = await call(w.app, a.token, {
        method: 'PUT',
        url: `/v1/homes/${a.homeId}/preferences`,
        payload: {
          inHomeAccessPointIds: [a.accessPointId],
          pets: { status: 'none', note: '' },
          daysOff: [],
          fallback: 'doorstep',
          instructions: '',
        },
      });
      expect(prefs.statusCode).toBe(200);
      expect(byMethod(await ask(a, a.homeId)).in_home).toEqual({
        available: true,
        reasons: [],
        accessPointId: a.accessPointId,
      });
    });

    it('follows the carrier areas: methods outside them are not_served, inside them only those named', async () => {
      const city = await draw(a, ['doorstep'], around(aHome.lat, aHome.lon, 0.2));
      const elsewhere = await draw(a, ['in_home', 'doorstep'], around(51.9, 4.47, 0.2));
      expect([city.statusCode, elsewhere.statusCode]).toEqual([201, 201]);
      const inCity = byMethod(await ask(a, a.homeId));
      expect(inCity.doorstep?.available).toBe(true);
      expect(inCity.in_home?.reasons).toEqual(['not_served']);
      const far = byMethod(await ask(a, FAR));
      expect(far.doorstep?.reasons).toEqual(['not_served']);
      const rotterdam = byMethod(await ask(a, 'geo:51.9,4.47'));
      expect(rotterdam.doorstep?.available).toBe(true);
      for (const { id } of [city.json(), elsewhere.json()] as { id: string }[]) {
        await call(w.app, a.token, { method: 'DELETE', url: `${areas(a)}/${id}` });
      }
      expect(byMethod(await ask(a, FAR)).doorstep?.available).toBe(true);
    });

    it('offers a locker when a site near the address has room of the size', async () => {
      await lockerSite(w.app, op, 'Near', 0.005, ['S', 'M']);
      const small = byMethod(await ask(a, a.homeId, '&size=M'));
      expect(small.locker).toEqual({ available: true, reasons: [], accessPointId: null });
      expect(byMethod(await ask(a, a.homeId, '&size=L')).locker?.reasons).toEqual(['no_locker_room']);
      expect(byMethod(await ask(a, FAR)).locker?.reasons).toEqual(['no_locker_nearby']);
    });

    it('answers a booking with the same eligibility object', async () => {
      const booked = await w.app.inject({
        method: 'POST',
        url: '/v1/deliveries',
        headers: apiKey(a.keySecret),
        payload: {
          homeId: a.homeId,
          externalId: 'elig-1',
          window: { start: WINDOW.split('/')[0], end: WINDOW.split('/')[1] },
        },
      });
      expect(booked.statusCode).toBe(201);
      const { eligibility, method } = booked.json() as { eligibility: { items: unknown[] }; method: string };
      expect(method).toBe('in_home');
      expect(eligibility.items).toHaveLength(7);
      expect(eligibility).toEqual((await ask(a, a.homeId)).json());
    });

    it("asks the building for a unit's lobby and package room", async () => {
      const { a: withBuilding } = await withBuildings({ app: w.app, a, b });
      const enrol = await call(w.app, withBuilding.unitResidentToken, {
        method: 'POST',
        url: `/v1/homes/${withBuilding.unitHomeId}/enrolments`,
        payload: { organisationId: a.organisationId, plan: 'std' },
      });
      expect(enrol.statusCode).toBe(201);
      // The carrier may use the lobby on weekdays 08:00–18:00; the building has no package room.
      const unit = byMethod(await ask(a, withBuilding.unitHomeId));
      expect(unit.lobby).toEqual({ available: true, reasons: [], accessPointId: withBuilding.entranceId });
      expect(unit.package_room?.reasons).toEqual(['no_package_room']);
      const sunday = encodeURIComponent('2026-12-06T08:00:00Z/2026-12-06T11:00:00Z');
      const closed = await w.app.inject({
        method: 'GET',
        url: `/v1/eligibility?address=${withBuilding.unitHomeId}&window=${sunday}`,
        headers: apiKey(a.keySecret),
      });
      expect(byMethod(closed).lobby?.reasons).toEqual(['no_usable_entrance']);
    });

    it("never says whether a stranger's address is a customer", async () => {
      // B's id for A's home reads exactly like an id that does not exist, word for word.
      const stranger = await ask(b, a.homeId);
      const unknown = await ask(b, 'home_doesnotexist');
      expectProblem(stranger, 404, 'not-found');
      expect(stranger.body).toBe(unknown.body);
      // A position is never matched to a home: A's doorstep position answers B as any other position does.
      const atHome = byMethod(await ask(b, `geo:${aHome.lat},${aHome.lon}`));
      const nearby = byMethod(await ask(b, `geo:${aHome.lat + 0.0001},${aHome.lon}`));
      expect(atHome).toEqual(nearby);
      expect(atHome.in_home).toEqual({ available: false, reasons: ['not_a_customer'], accessPointId: null });
      // A itself, asked by position, is told the same: a home is named by its id.
      expect(byMethod(await ask(a, `geo:${aHome.lat},${aHome.lon}`)).in_home?.reasons).toEqual(['not_a_customer']);
    });
  });

  describe('who may ask', () => {
    const url = (t: Tenant, extra = '') =>
      `/v1/eligibility?address=${t.homeId}&window=${encodeURIComponent(WINDOW)}${extra}`;

    it("the carrier's staff naming it; not its courier, not a customer, not without a carrier", async () => {
      const staff = await call(w.app, a.token, { method: 'GET', url: url(a, `&organisationId=${a.organisationId}`) });
      expect(byMethod(staff).doorstep?.available).toBe(true);
      expectProblem(await call(w.app, a.token, { method: 'GET', url: url(a) }), 400, 'validation');
      const courier = await courierOf(w.app, a, 'el-courier');
      expectProblem(
        await call(w.app, courier.token, { method: 'GET', url: url(a, `&organisationId=${a.organisationId}`) }),
        404,
        'not-found',
      );
      expectProblem(
        await call(w.app, b.token, { method: 'GET', url: url(a, `&organisationId=${a.organisationId}`) }),
        404,
        'not-found',
      );
      expectProblem(await w.app.inject({ method: 'GET', url: url(a) }), 401, 'unauthenticated');
      expectProblem(
        await call(w.app, op.admin.token, { method: 'GET', url: url(a, `&organisationId=${op.organisationId}`) }),
        403,
        'forbidden',
      );
    });

    it('refuses a malformed address or window', async () => {
      for (const [address, window] of [
        ['Keizersgracht 1', WINDOW],
        ['geo:91,4', WINDOW],
        [a.homeId, '2026-12-02T08:00:00Z'],
        [a.homeId, '2026-12-02T11:00:00Z/2026-12-02T08:00:00Z'],
        [a.homeId, '2026-12-02T08:00:00/2026-12-02T11:00:00'],
      ]) {
        const res = await w.app.inject({
          method: 'GET',
          url: `/v1/eligibility?address=${encodeURIComponent(address!)}&window=${encodeURIComponent(window!)}`,
          headers: bearer(a.token),
        });
        expect(res.statusCode).toBe(400);
      }
    });
  });

  describe('limits', () => {
    const fill = async (t: Tenant, n: number) => {
      const rows = Array.from({ length: n }, (_, i) => areaRow(t, `sa_fill${t.organisationId.slice(-6)}${i}`));
      await areasDb().insertInto('served_areas').values(rows).execute();
    };
    const areasDb = () => w.app.deps.store.db.withTables<{ served_areas: ServedAreasTable }>();
    const countOf = async (t: Tenant) =>
      (
        await areasDb()
          .selectFrom('served_areas')
          .select('id')
          .where('organisation_id', '=', t.organisationId)
          .execute()
      ).length;

    it('keeps at most MAX_SERVED_AREAS per carrier through the API', async () => {
      await fill(b, MAX_SERVED_AREAS - 1);
      const answers = await Promise.all(Array.from({ length: 3 }, () => draw(b, ['doorstep'], areaRing)));
      expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
      expect(await countOf(b)).toBe(MAX_SERVED_AREAS);
    });

    it('counts an insert still in its transaction: a second one waits for it and is refused', async () => {
      await fill(a, MAX_SERVED_AREAS - 1);
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let firstDone = () => {};
      const firstInserted = new Promise<void>((resolve) => {
        firstDone = resolve;
      });
      const db = w.app.deps.store.db;
      const first = db.transaction().execute(async (tx) => {
        const ok = await insertServedAreaWithin(tx, areaRow(a, 'sa_race1'));
        firstDone();
        await held;
        return ok;
      });
      await firstInserted;
      const second = withTransaction(db, (tx) => insertServedAreaWithin(tx, areaRow(a, 'sa_race2')));
      // Without the organisation's row lock the second would count 199 and insert before the first commits.
      await Promise.race([second, new Promise((r) => setTimeout(r, 300))]);
      release();
      expect([await first, await second]).toEqual([true, false]);
      expect(await countOf(a)).toBe(MAX_SERVED_AREAS);
    });
  });
});
