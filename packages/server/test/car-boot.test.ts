import { provision, startDevice, type VehicleHandle } from '@threshold/devices';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { aCar } from './support/route-cases/cars.js';
import { describeEachDialect } from './support/stores.js';

// In-car delivery end to end (docs/car-boot.md): HTTP in, MQTT to the emulated car, its signed `vehicle` and `boot`
// events back. The boot opens only on checks run again at the unlock, and the visit completes only on the car's
// report that the boot is closed and locked.

const PARKED_AT = { lat: aCar.parking.lat, lon: aCar.parking.lon, accuracyM: 3 };
const AT_CAR = { lat: PARKED_AT.lat, lon: PARKED_AT.lon + 0.00002, accuracyMeters: 4 };
const PARCEL = { lengthCm: 40, widthCm: 30, heightCm: 20, valueCents: 2_500 };
const iso = (ms: number) => new Date(ms).toISOString();

interface Detail {
  state: string;
  marks: string[];
  alerts: { kind: string }[];
  outcome: Record<string, unknown> | null;
  checks: { name: string; passed: boolean; reason: string | null }[];
  timeline: { kind: string; data: Record<string, unknown> }[];
}

describeEachDialect('car boot delivery end to end', (getStore) => {
  let p: Platform;
  let car: VehicleHandle;
  let carId: string;

  const carUrl = () => `/v1/homes/${p.owner.homeId}/car`;

  beforeAll(async () => {
    p = await startPlatform(getStore(), { expectations: { relockAfterMs: 1_000 } });
    const register = () =>
      p.call(p.owner.token, {
        method: 'POST',
        url: carUrl(),
        headers: { 'idempotency-key': 'register-car-1' },
        payload: { ...aCar, allowedWeekdays: [1, 2, 3, 4, 5, 6, 7] },
      });
    const first = await register();
    expect(first.statusCode).toBe(201);
    const again = await register();
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    const made = first.json() as { id: string; accessPointId: string };
    expect(await p.store.db.selectFrom('cars').select('id').execute()).toHaveLength(1);
    expect(await p.store.db.selectFrom('access_points').where('kind', '=', 'car_boot').select('id').execute()).toEqual([
      { id: made.accessPointId },
    ]);
    const identity = provision('vehicle');
    carId = identity.id;
    car = await startDevice(identity, {
      mqttUrl: `mqtt://127.0.0.1:${p.gateway.brokerPort}`,
      platformUrl: 'http://127.0.0.1:1',
      now: p.clock.now,
      vehicle: { position: PARKED_AT, parkedForMs: 3_600_000, reportMs: 250, lockAfterCloseMs: 50 },
    });
    await until(
      async () =>
        (await p.store.db.selectFrom('devices').select('id').where('id', '=', carId).executeTakeFirst()) !== undefined,
      'vehicle registered',
    );
    const paired = await p.call(p.owner.token, {
      method: 'POST',
      url: '/v1/devices/pair',
      payload: { claimCode: identity.claimCode, accessPointId: made.accessPointId },
    });
    expect(paired.statusCode).toBe(201);
    await until(async () => car.connected() && car.state().paired, 'vehicle paired');
    await until(async () => ((await ownerCar()).vehicle as unknown) !== null, 'vehicle reported');
  });
  afterAll(async () => {
    await car?.stop();
    await p?.close();
  });

  const ownerCar = async () =>
    (await p.call(p.owner.token, { method: 'GET', url: carUrl() })).json() as Record<string, unknown>;

  async function book() {
    const window = { start: iso(p.clock.now() - 600_000), end: iso(p.clock.now() + 7_200_000) };
    const res = await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: '/v1/deliveries',
      payload: {
        homeId: p.owner.homeId,
        externalId: `car-${Math.random()}`,
        window,
        accessPoint: { kind: 'car_boot' },
        parcel: PARCEL,
      },
    });
    expect(res.statusCode).toBe(201);
    const delivery = res.json() as { id: string; method: string; reasons: string[] };
    await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: `/v1/deliveries/${delivery.id}/assign`,
      payload: { courierId: p.courier.userId },
    });
    return delivery;
  }

  async function arrive(deliveryId: string) {
    const arrived = await p.call(p.courier.token, {
      method: 'POST',
      url: `/v1/deliveries/${deliveryId}/arrive`,
      payload: { position: AT_CAR },
    });
    expect(arrived.statusCode).toBe(201);
    return arrived.json() as {
      visit: { id: string; state: string; checks: { name: string; reason: string | null }[] };
      fallback: { kind: string; method?: string; reason: string } | null;
    };
  }

  const step = (visitId: string, action: string, payload?: object) =>
    p.call(p.courier.token, {
      method: 'POST',
      url: `/v1/visits/${visitId}/${action}`,
      ...(payload ? { payload } : {}),
    });
  /** The courier takes the parcel back for another attempt: the denied visit closes and frees the car. */
  const reattempt = async (visitId: string) =>
    expect((await step(visitId, 'fallback', { method: 'reattempt' })).json()).toMatchObject({ state: 'fallback' });
  const detail = async (visitId: string) =>
    (await p.call(p.owner.token, { method: 'GET', url: `/v1/visits/${visitId}` })).json() as Detail;
  const waitState = (visitId: string, state: string, timeoutMs = 8000) =>
    until(async () => (await detail(visitId)).state === state, `visit ${state}`, timeoutMs);
  const deliveryStatus = async (id: string) =>
    ((await p.call(p.carrier.apiKey, { method: 'GET', url: `/v1/deliveries/${id}` })).json() as { status: string })
      .status;

  it('opens the boot for the courier at the car and completes only once the boot reports closed and locked', async () => {
    const delivery = await book();
    expect(delivery).toMatchObject({ method: 'in_car', reasons: [] });
    const { visit } = await arrive(delivery.id);
    expect(visit.checks.filter((c) => c.reason !== null)).toEqual([]);
    expect(visit.state).toBe('arrived');
    // The courier is guided to the car while the visit is live.
    const shown = await p.call(p.courier.token, { method: 'GET', url: `/v1/visits/${visit.id}/car` });
    expect(shown.json()).toMatchObject({ plate: 'AB12 CDE', position: { lat: PARKED_AT.lat, lon: PARKED_AT.lon } });
    const opened = await step(visit.id, 'unlock');
    expect(opened.json()).toMatchObject({ unlocked: true });
    expect(car.state()).toMatchObject({ locked: false, boot: 'closed' });
    // "Done" while the boot is open is refused: the visit ends only on the car's closed-and-locked report.
    expect(car.openBoot()).toBe(true);
    await waitState(visit.id, 'boot_open');
    expect((await step(visit.id, 'complete')).statusCode).toBe(409);
    car.closeBoot();
    await waitState(visit.id, 'boot_secured');
    expect((await step(visit.id, 'complete')).statusCode).toBe(200);
    await waitState(visit.id, 'completed');
    expect(car.state()).toMatchObject({ locked: true, boot: 'closed' });
    const d = await detail(visit.id);
    expect(d.timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['capability.issued', 'boot.unlocked', 'boot.opened', 'boot.closed', 'boot.secured']),
    );
    expect(await deliveryStatus(delivery.id)).toBe('delivered');
    const after = await p.call(p.courier.token, { method: 'GET', url: `/v1/visits/${visit.id}/car` });
    expect(after.statusCode).toBe(409);
  });

  it('a car blocked by the customer opens nothing: at booking, at arrival and after an arrival not yet unlocked', async () => {
    const arrivedFirst = await arrive((await book()).id);
    expect(arrivedFirst.visit.state).toBe('arrived');
    const block = await p.call(p.owner.token, { method: 'PATCH', url: carUrl(), payload: { blocked: true } });
    expect(block.json()).toMatchObject({ blocked: true });
    const facts = await p.store.db
      .selectFrom('ledger_entries')
      .select(['kind', 'data'])
      .where('kind', 'like', 'car.%')
      .execute();
    expect(facts.map((f) => f.kind)).toEqual(['car.registered', 'car.changed']);
    expect(facts.map((f) => f.data).join()).not.toContain('AB12');
    try {
      const refused = await step(arrivedFirst.visit.id, 'unlock');
      expect(refused.json()).toMatchObject({ unlocked: false, fallback: { kind: 'fallback', method: 'doorstep' } });
      expect(car.state().locked).toBe(true);
      const denied = await detail(arrivedFirst.visit.id);
      expect(denied.state).toBe('denied');
      expect(denied.checks.find((c) => c.name === 'customer_allows')).toMatchObject({ passed: false });
      await reattempt(arrivedFirst.visit.id);
      const later = await book();
      expect(later.method).toBe('doorstep');
      expect(later.reasons).toContain('The customer has blocked access to the car');
      const { visit, fallback } = await arrive(later.id);
      expect(visit.state).toBe('denied');
      expect(fallback).toMatchObject({ kind: 'fallback', method: 'doorstep' });
      await reattempt(visit.id);
    } finally {
      await p.call(p.owner.token, { method: 'PATCH', url: carUrl(), payload: { blocked: false } });
    }
  });

  it('a boot left unlocked gets the platform lock, then an alert, and the visit fails', async () => {
    const delivery = await book();
    const { visit } = await arrive(delivery.id);
    expect((await step(visit.id, 'unlock')).json()).toMatchObject({ unlocked: true });
    car.openBoot();
    await waitState(visit.id, 'boot_open');
    car.faults.set({ jam: true }); // the boot's lock motor fails: no auto-lock, `lock` refused
    try {
      car.closeBoot();
      await waitState(visit.id, 'boot_closed');
      expect((await step(visit.id, 'complete')).json()).toMatchObject({ state: 'boot_closed' });
      p.clock.advance(2_000);
      p.jobs.kick();
      await until(async () => {
        p.clock.advance(1_000);
        p.jobs.kick();
        return (await detail(visit.id)).state === 'failed';
      }, 'visit failed');
      const d = await detail(visit.id);
      expect(d.outcome).toMatchObject({ reason: 'boot_not_secured', boltMayBeOpen: true });
      expect(d.alerts.map((a) => a.kind)).toContain('boot_left_unlocked');
      expect(d.timeline.filter((e) => e.kind === 'boot.lock_requested').length).toBeGreaterThanOrEqual(1);
      expect(await deliveryStatus(delivery.id)).toBe('failed');
    } finally {
      car.faults.set({ jam: false });
    }
    const lock = await p.gateway.sendCommand(carId, 'lock', {});
    expect(lock.ok).toBe(true);
  });

  it('a car driven away between the arrival and the unlock is denied with the check named, and nothing opens', async () => {
    const { visit } = await arrive((await book()).id);
    expect(visit.state).toBe('arrived');
    car.drive({ lat: PARKED_AT.lat + 0.01, lon: PARKED_AT.lon });
    await until(async () => ((await ownerCar()).vehicle as { ignition: string }).ignition === 'on', 'car reported');
    const refused = await step(visit.id, 'unlock');
    expect(refused.statusCode).toBe(200);
    // The car is gone: the customer's fallback, not a walk to where it was.
    expect(refused.json()).toMatchObject({ unlocked: false, fallback: { kind: 'fallback', method: 'doorstep' } });
    const d = await detail(visit.id);
    expect(d.state).toBe('denied');
    expect(d.checks.find((c) => c.name === 'car_not_moved')).toMatchObject({ passed: false });
    expect(d.timeline.map((e) => e.kind)).not.toContain('capability.issued');
    expect(car.state().locked).toBe(true);
  });
});
