import type {
  Arrival,
  Position,
  Threshold,
  UnlockOutcome as UnlockView,
  VisitDetail,
  Visit as VisitView,
} from '@threshold/sdk';
import { type ApiClient, expectOk, expectStatus, StepFailed, sdkAs } from './http-client.js';
import type { Report } from './report.js';
import type { DemoWorld } from './world.js';

// The courier's steps through one delivery, each an API call (docs/api.md, docs/visits.md), and the door, which the
// devices' control API moves as the courier's hands would (docs/devices.md, "Control API").

// The wire shapes come from the typed SDK (generated from the routes, docs/sdk.md).
export type { Position, UnlockOutcome as UnlockView, Visit as VisitView, VisitDetail } from '@threshold/sdk';
export type Check = VisitView['checks'][number];

const POLL_MS = 200;
const HOUR_MS = 3_600_000;

/** Calls `probe` every POLL_MS until it answers, or fails the step named `what` after `timeoutMs`. */
export async function poll<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new StepFailed(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export class DeliveryFlow {
  /** The carrier's and the person's calls, through the typed SDK. */
  private readonly carrier: Threshold;
  private readonly courier: Threshold;
  private readonly customer: Threshold;

  constructor(
    apiUrl: string,
    private readonly devices: ApiClient,
    readonly world: DemoWorld,
    private readonly report: Report,
    /** Who is at the door in the printed steps: the courier, or a service worker (world.courier is then them). */
    private readonly person = 'Courier',
  ) {
    this.carrier = sdkAs(apiUrl, world.carrier);
    this.courier = sdkAs(apiUrl, world.courier.as);
    this.customer = sdkAs(apiUrl, world.customer.as);
  }

  /** At the door: the home's own position, with a phone's usual GPS accuracy. */
  atTheDoor(): Position {
    return { lat: this.world.home.lat, lon: this.world.home.lon, accuracyMeters: 8 };
  }

  /** Books a delivery for the demo home, in a window around now, and assigns the demo courier. */
  async bookAndAssign(accessPoint?: { kind: 'garage' }): Promise<string> {
    const now = Date.now();
    const window = { start: new Date(now - HOUR_MS / 6).toISOString(), end: new Date(now + 2 * HOUR_MS).toISOString() };
    const body = {
      homeId: this.world.home.id,
      externalId: `demo-${now}`,
      window,
      ...(accessPoint ? { accessPoint } : {}),
    };
    this.report.step('Carrier books a delivery (API key, Idempotency-Key)');
    // The SDK gives the booking its Idempotency-Key, and would send the same one again on a retry.
    const delivery = await expectOk(this.carrier.api.POST('/v1/deliveries', { body }), 'book the delivery');
    this.report.ok(
      `delivery ${delivery.id}, method ${delivery.method}${delivery.reasons.length ? ` (${delivery.reasons.join('; ')})` : ''}`,
    );
    const assign = { params: { path: { deliveryId: delivery.id } }, body: { courierId: this.world.courier.userId } };
    await expectOk(this.carrier.api.POST('/v1/deliveries/{deliveryId}/assign', assign), 'assign the courier');
    this.report.ok(`assigned to the demo courier ${this.world.courier.userId}`);
    return delivery.id;
  }

  async arrive(deliveryId: string, position: Position): Promise<Arrival> {
    this.report.step(
      `Courier arrives at ${position.lat.toFixed(5)}, ${position.lon.toFixed(5)} (±${position.accuracyMeters} m)`,
    );
    const arrival = await expectOk(
      this.courier.api.POST('/v1/deliveries/{deliveryId}/arrive', {
        params: { path: { deliveryId } },
        body: { position },
      }),
      'arrive',
    );
    for (const c of arrival.visit.checks)
      this.report.note(`${c.passed ? 'pass' : 'FAIL'}  ${c.name}${c.reason ? `: ${c.reason}` : ''}`);
    this.report.ok(`visit ${arrival.visit.id} is ${arrival.visit.state}`);
    return arrival;
  }

  async unlock(visitId: string): Promise<UnlockView> {
    this.report.step(`${this.person} asks to open the door (camera must confirm recording before any capability)`);
    return expectOk(this.courier.api.POST('/v1/visits/{visitId}/unlock', { params: { path: { visitId } } }), 'unlock');
  }

  async door(action: 'open' | 'close'): Promise<void> {
    this.report.step(`${this.person} ${action === 'open' ? 'opens' : 'closes'} the door`);
    expectStatus(await this.devices.post(`/devices/${this.world.lockId}/door/${action}`), 200, `${action} the door`);
  }

  async setFault(deviceId: string, faults: Record<string, unknown>): Promise<void> {
    expectStatus(
      await this.devices.post(`/devices/${deviceId}/faults`, faults),
      200,
      `set faults ${JSON.stringify(faults)}`,
    );
  }

  async detail(visitId: string): Promise<VisitDetail> {
    return expectOk(this.courier.api.GET('/v1/visits/{visitId}', { params: { path: { visitId } } }), 'read the visit');
  }

  /** Polls the visit until `ready` holds, or fails the step after `timeoutMs`. */
  async waitFor(
    visitId: string,
    what: string,
    ready: (d: VisitDetail) => boolean,
    timeoutMs: number,
  ): Promise<VisitDetail> {
    let state = 'unknown';
    return poll(what, timeoutMs, async () => {
      const detail = await this.detail(visitId);
      state = detail.state;
      return ready(detail) ? detail : undefined;
    }).catch((e: unknown) => {
      throw e instanceof StepFailed ? new StepFailed(`${e.message} (visit is ${state})`) : e;
    });
  }

  waitForState(visitId: string, state: string, timeoutMs = 10_000): Promise<VisitDetail> {
    return this.waitFor(visitId, `visit ${state}`, (d) => d.state === state, timeoutMs);
  }

  async complete(visitId: string): Promise<VisitView> {
    this.report.step('Courier completes the visit');
    return expectOk(
      this.courier.api.POST('/v1/visits/{visitId}/complete', { params: { path: { visitId } } }),
      'complete',
    );
  }

  /** Leaves the visit for a later attempt, so the door has no open visit left. */
  async fallBack(visitId: string): Promise<void> {
    const body = { method: 'reattempt' as const };
    const visit = await expectOk(
      this.courier.api.POST('/v1/visits/{visitId}/fallback', { params: { path: { visitId } }, body }),
      'fall back',
    );
    this.report.ok(`visit closed: ${visit.state}, a later attempt`);
  }

  /** The capability the platform hands the courier's phone for a lock that cannot reach the cloud. */
  async phoneCapability(visitId: string): Promise<string> {
    this.report.step("Courier's phone asks for the capability");
    const path = { visitId };
    const answer = await expectOk(
      this.courier.api.POST('/v1/visits/{visitId}/capability', { params: { path } }),
      'get the capability',
    );
    return answer.capability;
  }

  /** The phone hands the capability to the lock over BLE/NFC (the control API stands in for it). */
  presentCapability(token: string) {
    this.report.step('The phone presents the capability to the lock');
    return this.devices.post<{ result?: string; error?: string }>(`/devices/${this.world.lockId}/capability`, {
      token,
    });
  }

  /** Polls the home's devices until the platform sees `deviceId` online (or offline). */
  async waitForDevice(deviceId: string, online: boolean, timeoutMs = 15_000): Promise<void> {
    const params = { path: { homeId: this.world.home.id } };
    await poll(`${deviceId} ${online ? 'online' : 'offline'}`, timeoutMs, async () => {
      const devices = await expectOk(
        this.customer.api.GET('/v1/homes/{homeId}/devices', { params }),
        'read the devices',
      );
      const device = devices.items.find((d) => d.id === deviceId);
      return device?.online === online ? true : undefined;
    });
  }

  /** The garage door's position as the opener itself has it (the control API's view of the device). */
  async garagePosition(): Promise<string> {
    const all = expectStatus(
      await this.devices.get<{ id: string; state: { position?: string } }[]>('/devices'),
      200,
      'read the devices',
    );
    return all.find((d) => d.id === this.world.garage?.openerId)?.state.position ?? 'unknown';
  }

  /** Someone presses the garage's wall button (the control API stands in for the hand). */
  async pressGarageButton(): Promise<void> {
    const opener = this.world.garage?.openerId;
    expectStatus(await this.devices.post(`/devices/${opener}/garage/button`), 200, 'press the garage button');
    await poll('the garage closed', 30_000, async () =>
      (await this.garagePosition()) === 'closed' ? true : undefined,
    );
  }

  async lockBolt(): Promise<string> {
    const all = expectStatus(
      await this.devices.get<{ id: string; state: { bolt?: string } }[]>('/devices'),
      200,
      'read the devices',
    );
    return all.find((d) => d.id === this.world.lockId)?.state.bolt ?? 'unknown';
  }
}
