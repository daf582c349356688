import type { ProblemError, RequestBodyOf, ResponseOf, Threshold } from '@threshold/sdk';
import { DeliveryFlow, type Position } from './flow.js';
import { type ApiClient, type Credential, expectOk, StepFailed, sdkAs, settle } from './http-client.js';
import type { Report } from './report.js';
import type { DemoWorld } from './world.js';

// A service worker's steps under a grant (docs/grants.md): check in, one passage per entry through the delivery's
// unlock path, check out and read the verdict. The door itself moves through the devices' control API, as in
// DeliveryFlow, which serves here with the worker in the courier's place. The platform's calls go through the typed
// SDK (docs/sdk.md).

export type CheckedOut = ResponseOf<'/v1/visits/{visitId}/check-out', 'post'>;
export type Verdict = NonNullable<CheckedOut['verdict']>;
type Window = ResponseOf<'/v1/me/windows', 'get'>['items'][number];
type CheckedIn = ResponseOf<'/v1/grants/{grantId}/check-in', 'post', 201>;
/** The terms a grant is made with: its schedule and how long a visit may last. */
export type GrantTerms = Pick<RequestBodyOf<'/v1/homes/{homeId}/grants', 'post'>, 'schedule' | 'maxVisitMinutes'>;

export class ServiceFlow {
  readonly door: DeliveryFlow;
  private readonly worker: Threshold;
  private readonly customer: Threshold;

  constructor(
    apiUrl: string,
    devices: ApiClient,
    readonly world: DemoWorld,
    readonly workerOf: { as: Credential; userId: string; organisationId: string },
    private readonly report: Report,
  ) {
    this.door = new DeliveryFlow(apiUrl, devices, { ...world, courier: workerOf }, report, 'Worker');
    this.worker = sdkAs(apiUrl, workerOf.as);
    this.customer = sdkAs(apiUrl, world.customer.as);
  }

  /** The worker's window in progress under `grantId` (the demo grant holds every moment). */
  async windowNow(grantId: string | undefined): Promise<Window> {
    const windows = this.worker.api.GET('/v1/me/windows', { params: { query: { days: 1 } } });
    const { items } = await expectOk(windows, "read the worker's windows");
    const now = Date.now();
    const open = items.find(
      (w) => (!grantId || w.grantId === grantId) && Date.parse(w.start) <= now && now < Date.parse(w.end),
    );
    if (!open) throw new StepFailed('the demo worker has no window now: remove DATA_DIR and run `npm start` again');
    this.report.ok(`window now at ${open.homeName}: ${open.start} – ${open.end} (grant ${open.grantId})`);
    return open;
  }

  /** The customer lets the worker's company in with `terms` (docs/grants.md "API"). */
  async grant(terms: GrantTerms, what: string): Promise<string> {
    this.report.step(`Customer grants the cleaning company ${what}`);
    const body = {
      grantee: { kind: 'provider' as const, organisationId: this.workerOf.organisationId },
      accessPointIds: [this.world.doorId],
      ...terms,
    };
    const params = { path: { homeId: this.world.home.id } };
    const { id } = await expectOk(
      this.customer.api.POST('/v1/homes/{homeId}/grants', { params, body }),
      'create the grant',
    );
    this.report.ok(`grant ${id}`);
    return id;
  }

  async revoke(grantId: string): Promise<void> {
    await expectOk(
      this.customer.api.POST('/v1/grants/{grantId}/revoke', { params: { path: { grantId } } }),
      'revoke the grant',
    );
    this.report.ok(`grant ${grantId} revoked by the customer`);
  }

  /** Checks in; a refusal (a grant no longer active) is an answer here, for the scenarios that expect one. */
  async checkIn(grantId: string, position: Position = this.door.atTheDoor()): Promise<CheckedIn | ProblemError> {
    this.report.step(`Worker checks in at ${position.lat.toFixed(5)}, ${position.lon.toFixed(5)} (grant ${grantId})`);
    const outcome = await settle(
      this.worker.api.POST('/v1/grants/{grantId}/check-in', { params: { path: { grantId } }, body: { position } }),
    );
    if (!('value' in outcome)) return outcome;
    const { visit } = outcome.value;
    for (const c of visit.checks)
      this.report.note(`${c.passed ? 'pass' : 'FAIL'}  ${c.name}${c.reason ? `: ${c.reason}` : ''}`);
    this.report.ok(`visit ${visit.id} is ${visit.state}`);
    return outcome.value;
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

  async checkOut(visitId: string): Promise<CheckedOut> {
    this.report.step('Worker checks out');
    const out = await expectOk(
      this.worker.api.POST('/v1/visits/{visitId}/check-out', { params: { path: { visitId } } }),
      'check out',
    );
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
