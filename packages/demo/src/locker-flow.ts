import type { ResponseOf, Threshold } from '@threshold/sdk';
import { type DeliveryFlow, poll } from './flow.js';
import { type ApiClient, expectOk, expectStatus, type Reply, StepFailed, sdkAs, settle } from './http-client.js';
import type { Report } from './report.js';

// A parcel-locker delivery (docs/lockers.md) through the public API: the carrier books (the compartment is reserved
// with the booking), the courier opens and confirms the drop, the customer asks for a pickup code; the locker bank
// is the emulated one, whose doors and keypad the devices' control API moves as people's hands would.

export type Reservation = ResponseOf<'/v1/locker-reservations/{reservationId}', 'get'>;
export type LockerSite = ResponseOf<'/v1/locker-sites/{siteId}', 'get'>;
type LedgerEntry = ResponseOf<'/v1/homes/{homeId}/ledger', 'get'>['items'][number];
type BankState = { compartments: { position: number; label: string; door: string }[] };

const HOUR_MS = 3_600_000;
/** Polls `probe` until it answers, or fails the step named `what` after `timeoutMs`. */
export const until = <T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> =>
  poll(what, timeoutMs, probe);

/** Where a reservation's compartment is: its site, its bank's device and its position on the bank. */
export interface Place {
  site: LockerSite['site'];
  bankDeviceId: string;
  position: number;
  label: string;
}

export class LockerFlow {
  readonly carrier: Threshold;
  readonly courier: Threshold;
  readonly customer: Threshold;
  /** Whoever stands at the site with a code: no account (docs/lockers.md "Pickup codes"). */
  readonly anonymous: Threshold;
  /** When the last parcel opening was sent: a bank refuses a second capability of one reservation in one second. */
  private lastOpenAt = 0;

  constructor(
    apiUrl: string,
    private readonly devices: ApiClient,
    readonly flow: DeliveryFlow,
    readonly operator: Threshold,
    private readonly report: Report,
  ) {
    this.carrier = sdkAs(apiUrl, flow.world.carrier);
    this.courier = sdkAs(apiUrl, flow.world.courier.as);
    this.customer = sdkAs(apiUrl, flow.world.customer.as);
    this.anonymous = sdkAs(apiUrl, null);
  }

  /** Books a locker delivery of `size` for the demo home and assigns the demo courier; the booking reserves. */
  async book(size: 'S' | 'M' | 'L' | 'XL', externalId = `demo-locker-${Date.now()}`) {
    const now = Date.now();
    const window = { start: new Date(now - HOUR_MS / 6).toISOString(), end: new Date(now + 2 * HOUR_MS).toISOString() };
    const body = { homeId: this.flow.world.home.id, externalId, window, locker: { size } };
    this.report.step(`Carrier books a locker delivery, parcel size ${size} (${externalId})`);
    const delivery = await expectOk(this.carrier.api.POST('/v1/deliveries', { body }), 'book the delivery');
    for (const reason of delivery.reasons) this.report.note(`skipped: ${reason}`);
    const path = { deliveryId: delivery.id };
    const reservation = await expectOk(
      this.carrier.api.GET('/v1/deliveries/{deliveryId}/locker', { params: { path } }),
      'read the reservation',
    );
    const place = await this.place(reservation);
    this.report.ok(
      `delivery ${delivery.id}, method ${delivery.method}: compartment ${place.label} (${reservation.compartment.size}) ` +
        `at ${place.site.name} reserved (${reservation.id})`,
    );
    const assign = { params: { path }, body: { courierId: this.flow.world.courier.userId } };
    await expectOk(this.carrier.api.POST('/v1/deliveries/{deliveryId}/assign', assign), 'assign the courier');
    return { deliveryId: delivery.id, reasons: delivery.reasons, reservation, place };
  }

  async place(r: Pick<Reservation, 'siteId' | 'compartment'>): Promise<Place> {
    const detail = await this.site(r.siteId);
    const compartment = detail.compartments.find((c) => c.id === r.compartment.id);
    const bank = detail.banks.find((b) => b.id === compartment?.bankId);
    if (!compartment || !bank?.deviceId) throw new StepFailed(`compartment ${r.compartment.label} has no paired bank`);
    return { site: detail.site, bankDeviceId: bank.deviceId, position: compartment.position, label: compartment.label };
  }

  /** The site as its operator sees it: banks, compartments and alerts. */
  site(siteId: string): Promise<LockerSite> {
    return expectOk(this.operator.api.GET('/v1/locker-sites/{siteId}', { params: { path: { siteId } } }), 'read site');
  }

  read(reservationId: string): Promise<Reservation> {
    const params = { path: { reservationId } };
    return expectOk(this.customer.api.GET('/v1/locker-reservations/{reservationId}', { params }), 'read the parcel');
  }

  waitStatus(reservationId: string, status: string, timeoutMs = 10_000): Promise<Reservation> {
    return until(
      `parcel ${status}`,
      async () => {
        const r = await this.read(reservationId);
        return r.status === status ? r : undefined;
      },
      timeoutMs,
    );
  }

  /** The courier opens the compartment (a drop, or a return): the bank checks the capability and springs the door. */
  async courierOpens(reservationId: string, place: Place, why: 'drop' | 'return'): Promise<void> {
    this.report.step(`Courier opens ${place.label} for the ${why} (the bank checks the capability itself)`);
    await this.nextOpeningSecond();
    const params = { path: { reservationId } };
    const opened = await expectOk(
      this.courier.api.POST('/v1/locker-reservations/{reservationId}/open', { params }),
      `open for the ${why}`,
    );
    this.lastOpenAt = Date.now();
    if (opened.sent !== 'sent') throw new StepFailed(`the bank did not open (${opened.sent})`);
    await this.waitDoor(place, 'open');
    this.report.ok(`the bank took the capability: door ${place.label} open (${opened.reservation.status})`);
  }

  /** The courier puts the parcel in, shuts the door and confirms the drop once the bank has reported it shut. */
  async drop(reservationId: string, place: Place): Promise<void> {
    await this.courierOpens(reservationId, place, 'drop');
    await this.door(place, 'close');
    const params = { path: { reservationId } };
    const stored = await until('drop confirmed', async () => {
      const answer = await settle(this.courier.api.POST('/v1/locker-reservations/{reservationId}/drop', { params }));
      return 'value' in answer ? answer.value : undefined;
    });
    this.report.ok(`drop confirmed: parcel ${stored.status}, pickup until ${stored.expiresAt}`);
    const notice = await this.customerNotice('left_in_locker');
    this.report.ok(`the customer is told: "${notice}"`);
  }

  /** The customer's newest notice of `kind`. */
  async customerNotice(kind: string): Promise<string> {
    const params = { path: { homeId: this.flow.world.home.id }, query: { limit: 20 } };
    return until(`a ${kind} notice`, async () => {
      const alerts = await expectOk(this.customer.api.GET('/v1/homes/{homeId}/alerts', { params }), 'read alerts');
      return alerts.items.find((a) => a.kind === kind)?.message;
    });
  }

  /** The customer asks for the pickup code (shown once). */
  async pickupCode(reservationId: string): Promise<string> {
    this.report.step('Customer asks the app for the pickup code');
    const params = { path: { reservationId } };
    const issued = await expectOk(
      this.customer.api.POST('/v1/locker-reservations/{reservationId}/pickup-code', { params }),
      'get the pickup code',
    );
    this.report.ok(`code ${issued.code} for ${issued.compartment} (QR ${issued.qr})`);
    return issued.code;
  }

  /** Someone types a code for the compartment on the bank's keypad (the bank only passes it to the platform). */
  async typeCode(place: Place, code: string): Promise<void> {
    await this.nextOpeningSecond();
    const body = { compartment: place.label, code };
    expectStatus(await this.devices.post(`/devices/${place.bankDeviceId}/locker/keypad`, body), 200, 'type the code');
  }

  /** The customer types the code, takes the parcel and shuts the door; the compartment is free again. */
  async collect(reservationId: string, place: Place, code: string): Promise<void> {
    this.report.step(`Customer types the code on the keypad of ${place.site.name} for ${place.label}`);
    await this.typeCode(place, code);
    await this.waitDoor(place, 'open');
    await this.waitStatus(reservationId, 'collecting');
    this.report.ok(`door ${place.label} open: the parcel is taken`);
    await this.door(place, 'close');
    await this.waitStatus(reservationId, 'collected');
    const free = (await this.site(place.site.id)).compartments.find((c) => c.label === place.label);
    this.report.ok(`collected; compartment ${place.label} is ${free?.occupied ? 'STILL HELD' : 'free'}`);
  }

  /**
   * A bank takes one capability per reservation per second (docs/protocol-locker.md §3), and the platform does not
   * space them itself yet, so the demo lets a second pass between one reservation's openings.
   */
  private async nextOpeningSecond(): Promise<void> {
    const wait = 1_100 - (Date.now() - this.lastOpenAt);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  /** A hand shuts (or pulls) a compartment's door; the bank reports it. */
  async door(place: Place, action: 'open' | 'close'): Promise<void> {
    this.report.step(
      `${action === 'close' ? 'The door of' : 'Someone pulls'} ${place.label} ${action === 'close' ? 'is shut' : 'open'}`,
    );
    const body = { position: place.position };
    const reply = await this.devices.post(`/devices/${place.bankDeviceId}/locker/door/${action}`, body);
    expectStatus(reply, 200, `${action} the compartment door`);
  }

  /** The door as the bank's own sensor has it. */
  async doorOf(place: Place): Promise<string> {
    const all: Reply<{ id: string; state: BankState }[]> = await this.devices.get('/devices');
    const bank = expectStatus(all, 200, 'read the devices').find((d) => d.id === place.bankDeviceId);
    return bank?.state.compartments.find((c) => c.position === place.position)?.door ?? 'unknown';
  }

  waitDoor(place: Place, door: string): Promise<true> {
    return until(`door ${place.label} ${door}`, async () => ((await this.doorOf(place)) === door ? true : undefined));
  }

  /** The reservation's facts in the home's ledger, oldest first (docs/ledger.md). */
  async facts(reservationId: string): Promise<LedgerEntry[]> {
    const out: LedgerEntry[] = [];
    let after: string | undefined;
    do {
      const params = { path: { homeId: this.flow.world.home.id }, query: { limit: 500, ...(after ? { after } : {}) } };
      const page = await expectOk(this.customer.api.GET('/v1/homes/{homeId}/ledger', { params }), 'read the ledger');
      out.push(...page.items.filter((e) => e.subject === reservationId));
      after = page.nextCursor ?? undefined;
    } while (after);
    return out;
  }
}
