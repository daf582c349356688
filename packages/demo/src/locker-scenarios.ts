import { ProblemError } from '@threshold/sdk';
import { expectOk, StepFailed, settle } from './http-client.js';
import { type LockerFlow, type Place, until } from './locker-flow.js';
import type { Report } from './report.js';
import { factLines } from './timeline.js';

// Parcel-locker delivery (docs/lockers.md): `npm run demo -- delivery --method locker [--scenario …]`. The demo's
// locker operator has two sites near the home, each with an emulated bank of six compartments (A1–A6: S S M M L XL).

export type LockerScenario = (lockers: LockerFlow, report: Report) => Promise<void>;

/** Wrong codes that lock a compartment out (docs/lockers.md "Pickup codes"). */
const LOCK_OUT_AFTER = 5;
/** The demo's expiry is the platform's real path, started by the demo's time machine within a second. */
const EXPIRY_WAIT_MS = 20_000;

function expect(condition: boolean, message: string): void {
  if (!condition) throw new StepFailed(message);
}

/** Booked, dropped by the courier, the customer told. */
async function dropped(lockers: LockerFlow, size: 'S' | 'M' | 'L' | 'XL', externalId?: string) {
  const booked = await lockers.book(size, externalId);
  await lockers.drop(booked.reservation.id, booked.place);
  return booked;
}

/** What every fact of a reservation repeats (its delivery, its site, the time again) is left out of the lines. */
const REPEATED = new Set(['deliveryId', 'siteId', 'atMs']);

async function timeline(lockers: LockerFlow, report: Report, reservationId: string): Promise<void> {
  report.ok(`timeline of ${reservationId} (the home's ledger):`);
  const facts = (await lockers.facts(reservationId)).map((f) => ({
    ...f,
    data: Object.fromEntries(Object.entries(f.data).filter(([k]) => !REPEATED.has(k))),
  }));
  report.block(factLines(facts));
}

async function collected(lockers: LockerFlow, report: Report, reservationId: string, place: Place): Promise<void> {
  const code = await lockers.pickupCode(reservationId);
  await lockers.collect(reservationId, place, code);
  await timeline(lockers, report, reservationId);
}

const happy: LockerScenario = async (lockers, report) => {
  const { reservation, place } = await dropped(lockers, 'M');
  await collected(lockers, report, reservation.id, place);
};

const lockerFull: LockerScenario = async (lockers, report) => {
  report.step("Another parcel takes the nearest site's only XL compartment");
  const other = await lockers.book('XL', `demo-locker-other-${Date.now()}`);
  try {
    const { reservation, place, reasons } = await dropped(lockers, 'XL');
    const nearest = other.place.site;
    expect(place.site.id !== nearest.id, `expected the parcel to go past ${nearest.name}`);
    expect(
      reasons.some((r) => r.includes(nearest.name)),
      `expected the reason ${nearest.name} was skipped: ${reasons.join('; ')}`,
    );
    report.ok(`the booking went to the next site, ${place.site.name}, because: ${reasons.join('; ')}`);
    await collected(lockers, report, reservation.id, place);
  } finally {
    const params = { path: { reservationId: other.reservation.id } };
    await expectOk(lockers.carrier.api.POST('/v1/locker-reservations/{reservationId}/cancel', { params }), 'cancel');
    report.ok(`the other parcel is cancelled: ${other.place.label} at ${other.place.site.name} is free again`);
  }
};

const pickupExpired: LockerScenario = async (lockers, report) => {
  const { deliveryId, reservation, place } = await dropped(lockers, 'S', `demo-expire-${Date.now()}`);
  report.step('Nobody collects it (demo mode ends the pickup period of a demo-expire- parcel at once)');
  const expired = await lockers.waitStatus(reservation.id, 'expired', EXPIRY_WAIT_MS);
  report.ok(`parcel ${expired.status}: marked for return to the carrier`);
  report.ok(`the customer is told: "${await lockers.customerNotice('locker_expired')}"`);
  const path = { deliveryId };
  const seen = await expectOk(
    lockers.carrier.api.GET('/v1/deliveries/{deliveryId}/locker', { params: { path } }),
    "read the carrier's view",
  );
  expect(seen.status === 'expired', `expected the carrier to read it expired, it reads ${seen.status}`);
  report.ok('the carrier reads it expired (and its webhooks receive delivery.locker_expired)');
  const params = { path: { reservationId: reservation.id } };
  const code = await settle(
    lockers.customer.api.POST('/v1/locker-reservations/{reservationId}/pickup-code', { params }),
  );
  expect(code instanceof ProblemError, 'expected no pickup code for an expired parcel');
  report.ok(`a pickup code is refused: ${(code as ProblemError).detail}`);
  await lockers.courierOpens(reservation.id, place, 'return');
  await lockers.door(place, 'close');
  const returned = await lockers.waitStatus(reservation.id, 'returned');
  report.ok(`the courier took it back: parcel ${returned.status}, ${place.label} free`);
  await timeline(lockers, report, reservation.id);
};

/** An eight-digit code that is not `code`. */
const wrongFor = (code: string, n: number) => String((Number(code) + n * 1_234_567) % 100_000_000).padStart(8, '0');

const wrongCode: LockerScenario = async (lockers, report) => {
  const { reservation, place } = await dropped(lockers, 'S');
  const code = await lockers.pickupCode(reservation.id);
  report.step(`Someone types wrong codes for ${place.label} on the keypad`);
  for (let n = 1; n <= LOCK_OUT_AFTER; n++) {
    await lockers.typeCode(place, wrongFor(code, n));
    const r = await until(`wrong code ${n} counted`, async () => {
      const now = await lockers.read(reservation.id);
      return now.wrongCodes >= n ? now : undefined;
    });
    report.note(`wrong code ${n}: nothing opens (${r.wrongCodes} wrong${r.lockedOut ? ': LOCKED OUT' : ''})`);
  }
  expect(await lockers.doorOf(place).then((d) => d === 'closed'), `expected ${place.label} to stay shut`);
  const alert = await until('the operator alert', async () =>
    (await lockers.site(place.site.id)).alerts.find(
      (a) => a.kind === 'pickup_locked_out' && a.reservationId === reservation.id,
    ),
  );
  report.ok(`operator alert ${alert.kind}: ${alert.detail}`);
  report.step('The customer enters the right code: a locked-out compartment does not open');
  const body = { compartment: place.label, code };
  const refused = await settle(
    lockers.anonymous.api.POST('/v1/locker-sites/{siteId}/pickup', {
      params: { path: { siteId: place.site.id } },
      body,
    }),
  );
  expect(refused instanceof ProblemError, 'expected the right code to be refused while locked out');
  report.ok(`refused: ${(refused as ProblemError).detail}`);
  report.step('The operator checks with the customer and lifts the lock-out');
  const params = { path: { reservationId: reservation.id } };
  await expectOk(
    lockers.operator.api.POST('/v1/locker-reservations/{reservationId}/lift-lockout', { params }),
    'lift the lock-out',
  );
  await collected(lockers, report, reservation.id, place);
};

export const LOCKER_SCENARIOS: Readonly<Record<string, LockerScenario>> = {
  happy,
  'locker-full': lockerFull,
  'pickup-expired': pickupExpired,
  'wrong-code': wrongCode,
};
