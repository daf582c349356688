import type { Position, Threshold } from '@threshold/sdk';
import type { DeliveryFlow } from './flow.js';
import { type ApiClient, expectOk, expectStatus, StepFailed, sdkAs } from './http-client.js';
import type { Report } from './report.js';
import { timelineLines } from './timeline.js';

// In-car delivery (docs/car-boot.md): `npm run demo -- delivery --method car [--scenario car-moved|car-not-locked]`.
// The courier's steps are API calls; the car's driver and the boot's lid are the devices' control API.

const HOUR_MS = 3_600_000;
/** The platform locks a boot left unlocked 15 s after it closed, then alerts; the job runner adds a little. */
const LOCK_ALERT_WAIT_MS = 60_000;

function expect(condition: boolean, message: string): void {
  if (!condition) throw new StepFailed(message);
}

/** The demo's car as the customer and the devices see it. */
export class CarFlow {
  private readonly carrier: Threshold;
  private readonly courier: Threshold;
  private readonly customer: Threshold;
  private vehicleId = '';
  private parkedAt: { lat: number; lon: number } | null = null;

  constructor(
    readonly apiUrl: string,
    private readonly devices: ApiClient,
    readonly flow: DeliveryFlow,
    private readonly report: Report,
  ) {
    const { world } = flow;
    this.carrier = sdkAs(apiUrl, world.carrier);
    this.courier = sdkAs(apiUrl, world.courier.as);
    this.customer = sdkAs(apiUrl, world.customer.as);
  }

  /** The customer's car and where its vehicle last reported being. */
  async car() {
    const params = { path: { homeId: this.flow.world.home.id } };
    const car = await expectOk(this.customer.api.GET('/v1/homes/{homeId}/car', { params }), 'read the car');
    if (!car.vehicle) throw new StepFailed('no connected vehicle has reported for the demo car: is `npm start` up?');
    this.vehicleId = car.vehicle.deviceId;
    this.parkedAt ??= { lat: car.vehicle.position.lat, lon: car.vehicle.position.lon };
    return { ...car, vehicle: car.vehicle };
  }

  /** Books a delivery into the car's boot, declaring the parcel, and assigns the demo courier. */
  async book(): Promise<string> {
    const now = Date.now();
    const window = { start: new Date(now - HOUR_MS / 6).toISOString(), end: new Date(now + 2 * HOUR_MS).toISOString() };
    const body = {
      homeId: this.flow.world.home.id,
      externalId: `demo-car-${now}`,
      window,
      accessPoint: { kind: 'car_boot' as const },
      parcel: { lengthCm: 40, widthCm: 30, heightCm: 25, valueCents: 3_500 },
    };
    this.report.step('Carrier books a delivery into the car (parcel 40 × 30 × 25 cm, 35.00)');
    const delivery = await expectOk(this.carrier.api.POST('/v1/deliveries', { body }), 'book the delivery');
    this.report.ok(
      `delivery ${delivery.id}, method ${delivery.method}${delivery.reasons.length ? ` (${delivery.reasons.join('; ')})` : ''}`,
    );
    const assign = {
      params: { path: { deliveryId: delivery.id } },
      body: { courierId: this.flow.world.courier.userId },
    };
    await expectOk(this.carrier.api.POST('/v1/deliveries/{deliveryId}/assign', assign), 'assign the courier');
    return delivery.id;
  }

  /** Beside the car: a metre from its reported position, with a phone's usual accuracy. */
  async besideTheCar(): Promise<Position> {
    const { vehicle, colour, make, plate } = await this.car();
    this.report.note(`the car: ${colour} ${make}, ${plate}, parked since ${vehicle.parkedSince ?? '—'}`);
    return { lat: vehicle.position.lat + 0.000_01, lon: vehicle.position.lon, accuracyMeters: 4 };
  }

  /** The courier's page during the live visit: the car to look for and where it is. */
  async guide(visitId: string): Promise<void> {
    const params = { path: { visitId } };
    const car = await expectOk(this.courier.api.GET('/v1/visits/{visitId}/car', { params }), 'see the car');
    this.report.ok(`the courier is guided to ${car.label} at ${car.position?.lat}, ${car.position?.lon}`);
  }

  async device(action: string, body: object = {}, status = 200): Promise<void> {
    const reply = await this.devices.post(`/devices/${this.vehicleId}/${action}`, body);
    expectStatus(reply, status, `car ${action}`);
  }

  async boot(action: 'open' | 'close'): Promise<void> {
    this.report.step(`Courier ${action === 'open' ? 'lifts' : 'shuts'} the boot lid`);
    await this.device(`car/boot/${action}`);
  }

  /** The car's state as the devices' control API reads it. */
  async vehicleState(): Promise<{ boot: string; locked: boolean }> {
    const all = expectStatus(
      await this.devices.get<{ id: string; state: { boot: string; locked: boolean } }[]>('/devices'),
      200,
      'read the devices',
    );
    const found = all.find((d) => d.id === this.vehicleId);
    if (!found) throw new StepFailed(`the vehicle ${this.vehicleId} is not in the fleet`);
    return found.state;
  }

  /** Back where it was parked, parked half an hour ago, so the next run finds it eligible. */
  async restore(): Promise<void> {
    if (this.parkedAt) await this.device('car/drive', this.parkedAt);
    await this.device('car/park', { parkedForMs: HOUR_MS / 2 });
  }
}

async function arrivedAtCar(car: CarFlow, report: Report): Promise<string> {
  const deliveryId = await car.book();
  const { visit } = await car.flow.arrive(deliveryId, await car.besideTheCar());
  expect(visit.state === 'arrived', `expected the visit to be arrived, it is ${visit.state}`);
  await car.guide(visit.id);
  report.ok('every check passed: the car is fresh, where the customer parks, parked, ignition off, courier beside it');
  return visit.id;
}

async function unlockedBoot(car: CarFlow, report: Report, visitId: string): Promise<void> {
  report.step('Courier asks to open the boot (the car checks run again first)');
  const unlock = await car.flow.unlock(visitId);
  expect(unlock.unlocked, `expected the boot to unlock; the visit is ${unlock.visit.state}`);
  report.ok(`capability issued to the car, boot ${(await car.vehicleState()).locked ? 'locked' : 'unlocked'}`);
}

async function carHappy(car: CarFlow, report: Report): Promise<void> {
  const visitId = await arrivedAtCar(car, report);
  await unlockedBoot(car, report, visitId);
  await car.boot('open');
  await car.flow.waitForState(visitId, 'boot_open');
  await car.boot('close');
  await car.flow.waitForState(visitId, 'boot_secured');
  report.ok('the car reported the boot closed and locked');
  const done = await car.flow.complete(visitId);
  expect(done.state === 'completed', `expected completed, got ${done.state}`);
  const state = await car.vehicleState();
  report.ok(`visit completed; boot ${state.boot} and ${state.locked ? 'locked' : 'UNLOCKED'}`);
  report.block(timelineLines(await car.flow.detail(visitId), car.apiUrl));
}

async function carMoved(car: CarFlow, report: Report): Promise<void> {
  const visitId = await arrivedAtCar(car, report);
  const { parking } = await car.car();
  report.step('The driver drives off before the courier opens the boot');
  await car.device('car/drive', { lat: parking.lat + 0.003, lon: parking.lon });
  try {
    for (let i = 0; i < 50 && (await car.car()).vehicle.ignition !== 'on'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    report.step('Courier asks to open the boot');
    const unlock = await car.flow.unlock(visitId);
    expect(!unlock.unlocked, 'the boot of a car that drove away must not unlock');
    const failed = unlock.visit.checks.filter((c) => !c.passed);
    for (const c of failed) report.note(`FAIL  ${c.name}: ${c.reason}`);
    expect(
      failed.some((c) => c.name === 'car_not_moved'),
      `expected car_not_moved to fail; failed: ${failed.map((c) => c.name).join(', ')}`,
    );
    expect((await car.vehicleState()).locked, 'the boot must still be locked');
    report.ok(`denied, nothing sent to the car; fallback: ${JSON.stringify(unlock.fallback)}`);
    await car.flow.fallBack(visitId);
  } finally {
    await car.restore();
  }
}

async function carNotLocked(car: CarFlow, report: Report): Promise<void> {
  const visitId = await arrivedAtCar(car, report);
  await unlockedBoot(car, report, visitId);
  await car.boot('open');
  await car.flow.waitForState(visitId, 'boot_open');
  report.step("The boot's lock motor fails (fault: jam): the lid shuts but does not lock");
  await car.device('faults', { jam: true });
  try {
    await car.boot('close');
    await car.flow.waitForState(visitId, 'boot_closed');
    const asked = await car.flow.complete(visitId);
    report.ok(`the visit waits for the lock (${asked.state}); the platform sent "lock", which the car refused`);
    const failed = await car.flow.waitFor(
      visitId,
      'the platform gives up',
      (d) => d.state === 'failed',
      LOCK_ALERT_WAIT_MS,
    );
    report.ok(`visit ${failed.state}: ${JSON.stringify(failed.outcome)}; marks ${failed.marks.join(', ')}`);
    expect(failed.marks.includes('boot_left_unlocked'), 'expected the boot_left_unlocked alert');
  } finally {
    await car.device('faults', { jam: false });
    await car.device('car/boot/lock');
  }
  report.note('the owner locked the car with the key fob');
}

export type CarScenario = (car: CarFlow, report: Report) => Promise<void>;

export const CAR_SCENARIOS: Record<string, CarScenario> = {
  happy: carHappy,
  'car-moved': carMoved,
  'car-not-locked': carNotLocked,
};
