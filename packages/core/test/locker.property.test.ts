import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideOperatorOpen,
  fittingSizes,
  holdsCompartment,
  type LockerEvent,
  type LockerReservation,
  lockerStep,
  newReservation,
  PICKUP_MAX_ATTEMPTS,
  siteOrder,
} from '../src/index.js';

// docs/lockers.md: a compartment opens only for its own reservation's drop, pickup or return; a pickup only after a
// matched code, once; wrong codes lock out; a door that opens unasked is an alert; the compartment is freed once.

const T0 = Date.parse('2026-12-02T09:00:00Z');
const DAY = 86_400_000;

const events: fc.Arbitrary<LockerEvent> = fc.oneof(
  fc.constantFrom<LockerEvent>(
    { type: 'open', purpose: 'drop' },
    { type: 'open', purpose: 'pickup' },
    { type: 'open', purpose: 'return' },
    { type: 'door', door: 'open' },
    { type: 'door', door: 'closed' },
    { type: 'door', door: 'jammed' },
    { type: 'drop_confirmed' },
    { type: 'code', matched: true },
    { type: 'code', matched: false },
    { type: 'expire' },
    { type: 'cancel' },
    { type: 'door_check' },
    { type: 'lift_lockout' },
  ),
  fc.integer({ min: 1, max: 20 }).map((d) => ({ type: 'hold' as const, untilMs: T0 + d * DAY })),
);

interface Run {
  final: LockerReservation;
  opens: { purpose: string; after: LockerEvent | null; status: string; doorMoved: boolean }[];
  frees: number;
  alerts: string[];
  unaskedOpens: number;
}

function run(sequence: { event: LockerEvent; dtMs: number }[]): Run {
  let r = newReservation(3);
  let now = T0;
  const out: Run = { final: r, opens: [], frees: 0, alerts: [], unaskedOpens: 0 };
  for (const { event, dtMs } of sequence) {
    now += dtMs;
    const before = r;
    const step = lockerStep(r, event, now);
    if (!step.ok) continue;
    r = step.reservation;
    for (const e of step.effects) {
      if (e.type === 'open_compartment') {
        out.opens.push({
          purpose: e.purpose,
          after: event,
          status: before.status,
          doorMoved: before.openedSinceCommand,
        });
      }
      if (e.type === 'free_compartment') out.frees++;
      if (e.type === 'alert') out.alerts.push(e.kind);
    }
    const openingStatus = ['dropping', 'collecting', 'returning'].includes(before.status);
    if (event.type === 'door' && event.door === 'open' && before.door !== 'open' && !openingStatus) out.unaskedOpens++;
  }
  out.final = r;
  return out;
}

const sequences = fc.array(fc.record({ event: events, dtMs: fc.integer({ min: 0, max: 2 * DAY }) }), {
  maxLength: 40,
});

describe('locker reservation machine (property)', () => {
  it('opens for a pickup only on a matched code, for one door cycle, and never for anything else', () => {
    fc.assert(
      fc.property(sequences, (seq) => {
        const { opens } = run(seq);
        const pickups = opens.filter((o) => o.purpose === 'pickup');
        // The first from a stored parcel; any further one only again for the same pickup before its door moved.
        expect(pickups.filter((p) => p.status === 'stored').length).toBeLessThanOrEqual(1);
        for (const p of pickups) {
          expect(p.after).toEqual({ type: 'code', matched: true });
          expect(['stored', 'collecting']).toContain(p.status);
          if (p.status === 'collecting') expect(p.doorMoved).toBe(false);
        }
        for (const o of opens.filter((x) => x.purpose !== 'pickup')) expect(o.after?.type).toBe('open');
      }),
      { numRuns: 2000 },
    );
  });

  it('frees the compartment at most once, and only when the reservation stops holding it', () => {
    fc.assert(
      fc.property(sequences, (seq) => {
        const { frees, final } = run(seq);
        expect(frees).toBeLessThanOrEqual(1);
        expect(frees === 1).toBe(!holdsCompartment(final.status));
      }),
      { numRuns: 2000 },
    );
  });

  it('locks out at the attempt limit and raises an alert for every door opened unasked', () => {
    fc.assert(
      fc.property(sequences, (seq) => {
        const { final, alerts, unaskedOpens } = run(seq);
        expect(final.lockedOut).toBe(final.codeAttempts >= PICKUP_MAX_ATTEMPTS && alerts.includes('pickup_locked_out'));
        expect(alerts.filter((a) => a === 'compartment_opened_without_visit').length).toBe(unaskedOpens);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('locker reservation machine', () => {
  const at = (r: LockerReservation, event: LockerEvent, now = T0) => {
    const step = lockerStep(r, event, now);
    if (!step.ok) throw new Error(step.reason);
    return step;
  };

  it('drops, notifies, and opens exactly once for the code; the closed door frees the compartment', () => {
    let r = at(newReservation(3), { type: 'open', purpose: 'drop' }).reservation;
    expect(lockerStep(r, { type: 'drop_confirmed' }, T0)).toEqual({
      ok: false,
      reason: 'the locker has not reported the compartment door opened',
    });
    r = at(r, { type: 'door', door: 'open' }).reservation;
    expect(lockerStep(r, { type: 'drop_confirmed' }, T0).ok).toBe(false);
    r = at(r, { type: 'door', door: 'closed' }).reservation;
    const dropped = at(r, { type: 'drop_confirmed' });
    expect(dropped.effects.map((e) => e.type)).toEqual(['ledger', 'notify_customer', 'tell_carrier']);
    r = dropped.reservation;
    expect(r.expiresAtMs).toBe(T0 + 3 * DAY);
    const picked = at(r, { type: 'code', matched: true });
    expect(picked.effects).toContainEqual({ type: 'open_compartment', purpose: 'pickup' });
    // The open did not reach the bank: the same code sends it again, until the door moves.
    expect(at(picked.reservation, { type: 'code', matched: true }).effects).toContainEqual({
      type: 'open_compartment',
      purpose: 'pickup',
    });
    const moved = at(picked.reservation, { type: 'door', door: 'open' }).reservation;
    expect(lockerStep(moved, { type: 'code', matched: true }, T0).ok).toBe(false);
    r = at(moved, { type: 'door', door: 'closed' }).reservation;
    expect(lockerStep(r, { type: 'code', matched: true }, T0).ok).toBe(false);
    expect(r.status).toBe('collected');
  });

  it('expires into a return, which a hold postpones within its bound', () => {
    let r = newReservation(2);
    for (const e of [
      { type: 'open', purpose: 'drop' },
      { type: 'door', door: 'open' },
      { type: 'door', door: 'closed' },
      { type: 'drop_confirmed' },
    ] as LockerEvent[])
      r = at(r, e).reservation;
    expect(lockerStep(r, { type: 'expire' }, T0 + DAY).ok).toBe(false);
    expect(lockerStep(r, { type: 'hold', untilMs: T0 + 30 * DAY }, T0).ok).toBe(false);
    const held = at(r, { type: 'hold', untilMs: T0 + 5 * DAY }).reservation;
    expect(lockerStep(held, { type: 'expire' }, T0 + 3 * DAY).ok).toBe(false);
    const expired = at(held, { type: 'expire' }, T0 + 5 * DAY);
    expect(expired.effects).toContainEqual({ type: 'tell_carrier', event: 'delivery.locker_expired' });
    expect(lockerStep(expired.reservation, { type: 'code', matched: true }, T0 + 5 * DAY).ok).toBe(false);
    expect(at(expired.reservation, { type: 'open', purpose: 'return' }).reservation.status).toBe('returning');
  });

  it('tells the operator once when a door stands open too long', () => {
    let r = at(newReservation(3), { type: 'open', purpose: 'drop' }).reservation;
    r = at(r, { type: 'door', door: 'open' }).reservation;
    expect(lockerStep(r, { type: 'door_check' }, T0 + 4 * 60_000).ok).toBe(false);
    const told = at(r, { type: 'door_check' }, T0 + 6 * 60_000);
    expect(told.effects).toContainEqual(expect.objectContaining({ type: 'alert', kind: 'compartment_left_open' }));
    expect(lockerStep(told.reservation, { type: 'door_check' }, T0 + 20 * 60_000).ok).toBe(false);
    const closed = at(told.reservation, { type: 'door', door: 'closed' }).reservation;
    expect(lockerStep(closed, { type: 'door_check' }, T0 + 30 * 60_000).ok).toBe(false);
  });

  it('fits a parcel to its size or larger and orders sites: chosen first, then nearest', () => {
    expect(fittingSizes('M')).toEqual(['M', 'L', 'XL']);
    const home = { lat: 52.37, lon: 4.89 };
    const sites = [
      { id: 'far', name: 'Far', lat: 52.5, lon: 4.89 },
      { id: 'near', name: 'Near', lat: 52.371, lon: 4.89 },
      { id: 'mid', name: 'Mid', lat: 52.4, lon: 4.89 },
    ];
    expect(siteOrder(sites, home).map((s) => s.id)).toEqual(['near', 'mid', 'far']);
    expect(siteOrder(sites, home, 'far').map((s) => s.id)).toEqual(['far', 'near', 'mid']);
  });

  it('refuses an operator opening of many compartments without a second, different admin', () => {
    expect(decideOperatorOpen({ compartments: 1, requestedBy: 'a', approvedBy: null }).allowed).toBe(true);
    expect(decideOperatorOpen({ compartments: 12, requestedBy: 'a', approvedBy: null }).allowed).toBe(false);
    expect(decideOperatorOpen({ compartments: 12, requestedBy: 'a', approvedBy: 'a' }).allowed).toBe(false);
    expect(decideOperatorOpen({ compartments: 12, requestedBy: 'a', approvedBy: 'b' }).allowed).toBe(true);
  });
});
