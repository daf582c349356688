import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  admitsVisit,
  type CapabilityGrant,
  DELIVERY_STATUSES,
  type DeliveryStatus,
  decideReattempt,
  deliveryStatusForVisit,
  isTerminal,
  isTerminalDelivery,
  liveCapability,
  transition,
  type Visit,
  type VisitEvent,
} from '../src/index.js';
import { newVisit, passedChecks, T0 } from './visit-fixtures.js';

// One live key per visit, and an ended thing opens nothing (DESIGN.md "Trust rules"), for any sequence of events.

/** An event whose capability grant is made at the moment it is applied: a jti and a validity from that moment. */
type Step = { event: (nowMs: number, n: number) => VisitEvent; delayMs: number };

const grant = (nowMs: number, n: number, ttlMs: number): CapabilityGrant => ({
  jti: `jti-${String(n).padStart(22, '0')}`,
  issuedAtMs: nowMs,
  expiresAtMs: nowMs + ttlMs,
});

const fixed = (e: VisitEvent) => () => e;
const anyEvent: fc.Arbitrary<(nowMs: number, n: number) => VisitEvent> = fc.oneof(
  fc.constantFrom(
    fixed({ type: 'arrive', checks: passedChecks() }),
    fixed({ type: 'unlock_requested' }),
    fixed({ type: 'recording_failed', detail: 'storage full' }),
    fixed({ type: 'unlocked' }),
    fixed({ type: 'unlock_refused', reason: 'expired' }),
    fixed({ type: 'door_opened' }),
    fixed({ type: 'door_closed' }),
    fixed({ type: 'relocked' }),
    fixed({ type: 'jammed' }),
    fixed({ type: 'complete' }),
    fixed({ type: 'fallback', method: 'locker' }),
    fixed({ type: 'abort', reason: 'dog', note: '' }),
    fixed({ type: 'timer', kind: 'recording_confirm_timeout' }),
    fixed({ type: 'timer', kind: 'relock_due' }),
  ),
  fc.integer({ min: 1_000, max: 120_000 }).map((ttl) => (now: number, n: number) => ({
    type: 'recording_confirmed' as const,
    capability: grant(now, n, ttl),
  })),
  fc.integer({ min: 1_000, max: 120_000 }).map((ttl) => (now: number, n: number) => ({
    type: 'capability_requested' as const,
    capability: grant(now, n, ttl),
  })),
  // Proof of non-use for one of the capabilities issued so far (n counts them), right or wrong.
  fc.integer({ min: 0, max: 6 }).map((k) => (_now: number, n: number) => ({
    type: 'capability_unused' as const,
    jti: `jti-${String(Math.max(0, n - k)).padStart(22, '0')}`,
    reason: 'offline',
  })),
);

const PREFIX: Step[] = [
  { event: fixed({ type: 'arrive', checks: passedChecks() }), delayMs: 1000 },
  { event: fixed({ type: 'unlock_requested' }), delayMs: 1000 },
  { event: (now, n) => ({ type: 'recording_confirmed', capability: grant(now, n, 60_000) }), delayMs: 1000 },
];
const steps = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.record({ event: anyEvent, delayMs: fc.integer({ min: 0, max: 90_000 }) }), { maxLength: 40 }),
  )
  .map(([prefixed, rest]) => [...(prefixed ? PREFIX : []), ...rest]);

interface Issued {
  jti: string;
  expiresAtMs: number;
  unused: boolean;
}

/** Plays the steps; at every issue, every capability issued before is expired or proven unused. */
function play(list: Step[]): { visit: Visit; now: number; issued: Issued[] } {
  let visit = newVisit();
  let now = T0;
  const issued: Issued[] = [];
  let n = 0;
  for (const { event, delayMs } of list) {
    now += delayMs;
    const result = transition(visit, event(now, n + 1), now);
    if ('error' in result) continue;
    for (const effect of result.effects) {
      if (effect.type === 'issue_capability') {
        expect(isTerminal(visit)).toBe(false);
        for (const before of issued) expect(before.unused || before.expiresAtMs <= now).toBe(true);
        issued.push({ jti: effect.jti, expiresAtMs: effect.expiresAtMs, unused: false });
        n += 1;
      }
      if (effect.type === 'ledger' && effect.kind === 'capability.unused') {
        const cap = issued.find((c) => c.jti === effect.data.nonce);
        if (cap) cap.unused = true;
      }
    }
    visit = result.visit;
    const live = issued.filter((c) => !c.unused && now < c.expiresAtMs);
    expect(live.length).toBeLessThanOrEqual(1);
    if (live[0]) expect(liveCapability(visit, now)?.jti).toBe(live[0].jti);
  }
  return { visit, now, issued };
}

describe('capability properties', () => {
  it('at most one unexpired capability exists per visit at any time', () => {
    fc.assert(
      fc.property(steps, (list) => void play(list)),
      { numRuns: 2000 },
    );
  });

  it('a visit in a terminal state issues no capability and accepts no unlock', () => {
    fc.assert(
      fc.property(steps, fc.integer({ min: 0, max: 600_000 }), (list, later) => {
        const { visit, now } = play(list);
        fc.pre(isTerminal(visit));
        const at = now + later;
        for (const event of [
          { type: 'capability_requested', capability: grant(at, 99, 60_000) },
          { type: 'recording_confirmed', capability: grant(at, 99, 60_000) },
          { type: 'unlock_requested' },
          { type: 'unlocked' },
        ] satisfies VisitEvent[]) {
          expect(transition(visit, event, at)).toMatchObject({ error: { code: 'terminal' } });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a visit that ends with a live capability tells the lock to close it', () => {
    fc.assert(
      fc.property(steps, (list) => {
        let visit = newVisit();
        let now = T0;
        let n = 0;
        for (const { event, delayMs } of list) {
          now += delayMs;
          const result = transition(visit, event(now, ++n), now);
          if ('error' in result) continue;
          const closes = result.effects.some((e) => e.type === 'command' && e.command === 'visit.close');
          const ended = isTerminal(result.visit) && !isTerminal(visit);
          expect(closes).toBe(ended && liveCapability(visit, now) !== null);
          visit = result.visit;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('delivery lifecycle properties', () => {
  const status = fc.constantFrom<DeliveryStatus>(...DELIVERY_STATUSES);

  it('a delivery in a terminal state opens no visit', () => {
    fc.assert(
      fc.property(status, (s) => {
        expect(admitsVisit(s) && isTerminalDelivery(s)).toBe(false);
      }),
    );
  });

  it('only a reattempt reopens an ended delivery, and never a delivered one', () => {
    const visitEnd = fc.constantFrom('completed', 'fallback', 'aborted', 'failed');
    const action = fc.oneof(
      visitEnd.map((end) => ({ kind: 'visit' as const, end })),
      fc.boolean().map((courier) => ({ kind: 'reattempt' as const, courier })),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        let s: DeliveryStatus = 'assigned';
        let delivered = false;
        for (const a of actions) {
          if (a.kind === 'visit') {
            // A visit is opened only while the delivery admits one; its ending becomes the delivery's.
            if (!admitsVisit(s)) continue;
            s = deliveryStatusForVisit(a.end);
            delivered ||= s === 'delivered';
            expect(isTerminalDelivery(s)).toBe(true);
          } else {
            const decided = decideReattempt(s, a.courier);
            if (decided.ok) {
              expect(isTerminalDelivery(s)).toBe(true);
              s = decided.status;
            }
          }
          if (delivered) expect(s).toBe('delivered');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
