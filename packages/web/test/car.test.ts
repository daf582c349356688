import { provision, startDevice, type VehicleHandle } from '@threshold/devices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.js';
import { browserSuite, courierAtStop, customerAt, type WebPlatform } from './support/platform.js';

// In-car delivery at phone size (docs/car-boot.md): the courier arrives beside the customer's car, is shown the
// car to look for, opens the boot, and is done only once the car reports the boot closed and locked; the customer's
// dashboard shows the car on its map.

const PARKING = { lat: 52.3704, lon: 4.89 };
const BESIDE_THE_CAR = { latitude: PARKING.lat + 0.00001, longitude: PARKING.lon, accuracy: 4 };

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function carDelivery(p: WebPlatform): Promise<string> {
  const now = Date.now();
  const window = { start: new Date(now - 300_000).toISOString(), end: new Date(now + 7_200_000).toISOString() };
  const booked = await p.call(p.carrier.apiKey, {
    method: 'POST',
    url: '/v1/deliveries',
    payload: {
      homeId: p.owner.homeId,
      externalId: `car-${now}`,
      window,
      accessPoint: { kind: 'car_boot' },
      parcel: { lengthCm: 30, widthCm: 20, heightCm: 10, valueCents: 1_000 },
    },
  });
  const delivery = booked.json() as { id: string; method: string; reasons: string[] };
  if (delivery.method !== 'in_car') throw new Error(`not in_car: ${booked.body}`);
  await p.call(p.carrier.apiKey, {
    method: 'POST',
    url: `/v1/deliveries/${delivery.id}/assign`,
    payload: { courierId: p.courier.userId },
  });
  return delivery.id;
}

describe('the courier delivering into a car, on a phone', () => {
  const suite = browserSuite();
  let car: VehicleHandle;

  beforeAll(async () => {
    const p = suite.platform;
    const registered = await p.call(p.owner.token, {
      method: 'POST',
      url: `/v1/homes/${p.owner.homeId}/car`,
      payload: {
        make: 'Volvo V70',
        colour: 'Red',
        plate: 'AB12 CDE',
        allowedWeekdays: [1, 2, 3, 4, 5, 6, 7],
        parking: { ...PARKING, maxDistanceM: 60 },
      },
    });
    const { accessPointId } = registered.json() as { accessPointId: string };
    const identity = provision('vehicle');
    car = await startDevice(identity, {
      mqttUrl: `mqtt://127.0.0.1:${p.gateway.brokerPort}`,
      platformUrl: p.url,
      now: p.clock.now,
      vehicle: { position: { ...PARKING, accuracyM: 3 }, reportMs: 500, lockAfterCloseMs: 50 },
    });
    await until(
      async () =>
        (await p.store.db.selectFrom('devices').where('id', '=', identity.id).select('id').executeTakeFirst()) !==
        undefined,
      'vehicle registered',
    );
    const paired = await p.call(p.owner.token, {
      method: 'POST',
      url: '/v1/devices/pair',
      payload: { claimCode: identity.claimCode, accessPointId },
    });
    expect(paired.statusCode).toBe(201);
    await until(() => car.state().paired, 'vehicle paired');
  }, 60_000);
  afterAll(async () => {
    await car?.stop();
  });

  it('guides the courier to the car, opens the boot and finishes only on the locked report', {
    timeout: 60_000,
  }, async () => {
    const { browser, platform: p } = suite;
    const deliveryId = await carDelivery(p);
    const { context, page } = await courierAtStop(browser, p, deliveryId, BESIDE_THE_CAR);
    await page.getByRole('button', { name: "I'm here" }).click();
    await page.getByRole('heading', { name: 'All checks passed' }).waitFor();
    const guide = page.getByRole('region', { name: 'Find the car' });
    await guide.getByText('AB12 CDE').waitFor();
    expect(await guide.getByRole('img', { name: /The car is \d+ m from the address/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Open boot' }).click();
    await page.getByRole('status').filter({ hasText: 'Put the parcel in the boot' }).waitFor();
    expect(car.state().locked).toBe(false);
    expect(car.openBoot()).toBe(true);
    car.closeBoot();
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Delivered into the car. The boot is locked.' }).waitFor();
    expect(car.state()).toMatchObject({ boot: 'closed', locked: true });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("shows the customer's car on the dashboard map, and blocks car access at once", async () => {
    const { browser, platform: p } = suite;
    const { context, page } = await customerAt(browser, p, '/');
    const card = page.getByRole('article', { name: /Car: Red Volvo V70, AB12 CDE/ });
    await card.getByRole('img', { name: /The car is \d+ m from home/ }).waitFor();
    await card.getByRole('button', { name: 'Block car access now' }).click();
    await card.getByRole('button', { name: 'Allow car access again' }).waitFor();
    const read = await p.call(p.owner.token, { method: 'GET', url: `/v1/homes/${p.owner.homeId}/car` });
    expect(read.json()).toMatchObject({ blocked: true });
    await context.close();
  });
});
