import { DeliveryFlow, type Position, type VisitView } from './flow.js';
import { type ApiClient, type Credential, expectStatus, type Reply, StepFailed } from './http-client.js';
import type { Report } from './report.js';
import type { DemoWorld } from './world.js';

// A service worker's steps under a grant (docs/grants.md): check in, one passage per entry through the delivery's
// unlock path, check out and read the verdict. The door itself moves through the devices' control API, as in
// DeliveryFlow, which serves here with the worker in the courier's place.

export interface Expectation {
  name: string;
  outcome: 'kept' | 'broken' | 'not_applicable';
  reason: string | null;
}
export interface Verdict {
  verdict: 'kept' | 'broken';
  expectations: Expectation[];
}
interface Window {
  grantId: string;
  homeName: string;
  start: string;
  end: string;
}

export class ServiceFlow {
  readonly door: DeliveryFlow;

  constructor(
    private readonly api: ApiClient,
    devices: ApiClient,
    readonly world: DemoWorld,
    readonly worker: { as: Credential; userId: string; organisationId: string },
    private readonly report: Report,
  ) {
    this.door = new DeliveryFlow(api, devices, { ...world, courier: worker }, report, 'Worker');
  }

  /** The worker's window in progress under `grantId` (the demo grant holds every moment). */
  async windowNow(grantId: string | undefined): Promise<Window> {
    const res = await this.api.get<{ items: Window[] }>('/v1/me/windows?days=1', this.worker.as);
    const items = expectStatus(res, 200, "read the worker's windows").items;
    const now = Date.now();
    const open = items.find(
      (w) => (!grantId || w.grantId === grantId) && Date.parse(w.start) <= now && now < Date.parse(w.end),
    );
    if (!open) throw new StepFailed('the demo worker has no window now: remove DATA_DIR and run `npm start` again');
    this.report.ok(`window now at ${open.homeName}: ${open.start} – ${open.end} (grant ${open.grantId})`);
    return open;
  }

  /** The customer lets the worker's company in with `terms` (docs/grants.md "API"). */
  async grant(terms: { schedule: object; maxVisitMinutes: number }, what: string): Promise<string> {
    this.report.step(`Customer grants the cleaning company ${what}`);
    const body = {
      grantee: { kind: 'provider', organisationId: this.worker.organisationId },
      accessPointIds: [this.world.doorId],
      ...terms,
    };
    const res = await this.api.post<{ id: string }>(
      `/v1/homes/${this.world.home.id}/grants`,
      body,
      this.world.customer.as,
    );
    const id = expectStatus(res, 201, 'create the grant').id;
    this.report.ok(`grant ${id}`);
    return id;
  }

  async revoke(grantId: string): Promise<void> {
    const res = await this.api.post(`/v1/grants/${grantId}/revoke`, undefined, this.world.customer.as);
    expectStatus(res, 200, 'revoke the grant');
    this.report.ok(`grant ${grantId} revoked by the customer`);
  }

  async checkIn(grantId: string, position: Position = this.door.atTheDoor()): Promise<Reply<{ visit: VisitView }>> {
    this.report.step(`Worker checks in at ${position.lat.toFixed(5)}, ${position.lon.toFixed(5)} (grant ${grantId})`);
    const res = await this.api.post<{ visit: VisitView }>(
      `/v1/grants/${grantId}/check-in`,
      { position },
      this.worker.as,
    );
    if (res.status === 201) {
      for (const c of res.body.visit.checks)
        this.report.note(`${c.passed ? 'pass' : 'FAIL'}  ${c.name}${c.reason ? `: ${c.reason}` : ''}`);
      this.report.ok(`visit ${res.body.visit.id} is ${res.body.visit.state}`);
    }
    return res;
  }

  /** One entry: open, walk through, close; the lock relocks by itself. */
  async passage(visitId: string, n: number): Promise<void> {
    const unlock = await this.door.unlock(visitId);
    if (!unlock.unlocked) throw new StepFailed(`entry ${n}: the door did not unlock (${unlock.visit.state})`);
    await this.door.door('open');
    await this.door.waitForState(visitId, 'door_opened');
    await this.door.door('close');
    await this.door.waitForState(visitId, 'relocked');
    this.report.ok(`entry ${n}: recorded, unlocked, opened, closed, relocked (bolt ${await this.door.lockBolt()})`);
  }

  async checkOut(visitId: string): Promise<{ visit: VisitView; verdict: Verdict | null }> {
    this.report.step('Worker checks out');
    const res = await this.api.post<{ visit: VisitView; verdict: Verdict | null }>(
      `/v1/visits/${visitId}/check-out`,
      undefined,
      this.worker.as,
    );
    const out = expectStatus(res, 200, 'check out');
    this.report.ok(`visit ${out.visit.state}`);
    if (out.verdict) {
      this.report.ok(`verdict: ${out.verdict.verdict}`);
      this.report.block(
        out.verdict.expectations.map(
          (e) => `${e.outcome.padEnd(14)} ${e.name}${e.outcome === 'broken' && e.reason ? `: ${e.reason}` : ''}`,
        ),
      );
    }
    return out;
  }
}
