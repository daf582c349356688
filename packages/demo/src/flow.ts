import { randomUUID } from 'node:crypto';
import { type ApiClient, expectStatus, StepFailed } from './http-client.js';
import type { Report } from './report.js';
import type { DemoWorld } from './world.js';

// The courier's steps through one delivery, each an API call (docs/api.md, docs/visits.md), and the door, which the
// devices' control API moves as the courier's hands would (docs/devices.md, "Control API").

export interface Check {
  name: string;
  passed: boolean;
  reason: string | null;
  evidence: unknown;
}
export interface VisitView {
  id: string;
  state: string;
  checks: Check[];
  marks: string[];
  outcome: Record<string, unknown> | null;
}
export interface VisitDetail extends VisitView {
  timeline: { seq: number; at: string; kind: string; data: Record<string, unknown> }[];
  clips: { id: string; sha256: string; bytes: number; durationMs: number; url: string }[];
  alerts: { kind: string; message: string; at: string }[];
}
export interface Position {
  lat: number;
  lon: number;
  accuracyMeters: number;
}
export interface UnlockView {
  visit: VisitView;
  unlocked: boolean;
  lockUnreachable: boolean;
  fallback: Record<string, unknown> | null;
}

const POLL_MS = 200;
const HOUR_MS = 3_600_000;

/** Calls `probe` every POLL_MS until it answers, or fails the step named `what` after `timeoutMs`. */
async function poll<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new StepFailed(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export class DeliveryFlow {
  constructor(
    private readonly api: ApiClient,
    private readonly devices: ApiClient,
    readonly world: DemoWorld,
    private readonly report: Report,
    /** Who is at the door in the printed steps: the courier, or a service worker (world.courier is then them). */
    private readonly person = 'Courier',
  ) {}

  /** At the door: the home's own position, with a phone's usual GPS accuracy. */
  atTheDoor(): Position {
    return { lat: this.world.home.lat, lon: this.world.home.lon, accuracyMeters: 8 };
  }

  /** Books a delivery for the demo home, in a window around now, and assigns the demo courier. */
  async bookAndAssign(): Promise<string> {
    const now = Date.now();
    const window = { start: new Date(now - HOUR_MS / 6).toISOString(), end: new Date(now + 2 * HOUR_MS).toISOString() };
    const body = { homeId: this.world.home.id, externalId: `demo-${now}`, window };
    this.report.step('Carrier books a delivery (API key, Idempotency-Key)');
    const headers = { 'idempotency-key': randomUUID() };
    const booked = await this.api.post<{ id: string; method: string; reasons: string[] }>(
      '/v1/deliveries',
      body,
      this.world.carrier,
      headers,
    );
    const delivery = expectStatus(booked, 201, 'book the delivery');
    this.report.ok(
      `delivery ${delivery.id}, method ${delivery.method}${delivery.reasons.length ? ` (${delivery.reasons.join('; ')})` : ''}`,
    );
    const assign = await this.api.post(
      `/v1/deliveries/${delivery.id}/assign`,
      { courierId: this.world.courier.userId },
      this.world.carrier,
    );
    expectStatus(assign, 200, 'assign the courier');
    this.report.ok(`assigned to the demo courier ${this.world.courier.userId}`);
    return delivery.id;
  }

  async arrive(
    deliveryId: string,
    position: Position,
  ): Promise<{ visit: VisitView; fallback: Record<string, unknown> | null }> {
    this.report.step(
      `Courier arrives at ${position.lat.toFixed(5)}, ${position.lon.toFixed(5)} (±${position.accuracyMeters} m)`,
    );
    const res = await this.api.post<{ visit: VisitView; fallback: Record<string, unknown> | null }>(
      `/v1/deliveries/${deliveryId}/arrive`,
      { position },
      this.world.courier.as,
    );
    const arrival = expectStatus(res, 201, 'arrive');
    for (const c of arrival.visit.checks)
      this.report.note(`${c.passed ? 'pass' : 'FAIL'}  ${c.name}${c.reason ? `: ${c.reason}` : ''}`);
    this.report.ok(`visit ${arrival.visit.id} is ${arrival.visit.state}`);
    return arrival;
  }

  async unlock(visitId: string): Promise<UnlockView> {
    this.report.step(`${this.person} asks to open the door (camera must confirm recording before any capability)`);
    return expectStatus(
      await this.api.post<UnlockView>(`/v1/visits/${visitId}/unlock`, undefined, this.world.courier.as),
      200,
      'unlock',
    );
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
    return expectStatus(
      await this.api.get<VisitDetail>(`/v1/visits/${visitId}`, this.world.courier.as),
      200,
      'read the visit',
    );
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
    const res = await this.api.post<VisitView>(`/v1/visits/${visitId}/complete`, undefined, this.world.courier.as);
    return expectStatus(res, 200, 'complete');
  }

  /** Leaves the visit for a later attempt, so the door has no open visit left. */
  async fallBack(visitId: string): Promise<void> {
    const res = await this.api.post<VisitView>(
      `/v1/visits/${visitId}/fallback`,
      { method: 'reattempt' },
      this.world.courier.as,
    );
    this.report.ok(`visit closed: ${expectStatus(res, 200, 'fall back').state}, a later attempt`);
  }

  /** The capability the platform hands the courier's phone for a lock that cannot reach the cloud. */
  async phoneCapability(visitId: string): Promise<string> {
    this.report.step("Courier's phone asks for the capability");
    const res = await this.api.post<{ capability: string }>(
      `/v1/visits/${visitId}/capability`,
      undefined,
      this.world.courier.as,
    );
    return expectStatus(res, 200, 'get the capability').capability;
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
    const url = `/v1/homes/${this.world.home.id}/devices`;
    await poll(`${deviceId} ${online ? 'online' : 'offline'}`, timeoutMs, async () => {
      const res = await this.api.get<{ items: { id: string; online: boolean }[] }>(url, this.world.customer.as);
      const device = expectStatus(res, 200, 'read the devices').items.find((d) => d.id === deviceId);
      return device?.online === online ? true : undefined;
    });
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
