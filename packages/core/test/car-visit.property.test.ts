import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BOOT_OPEN_STATES,
  CAR_ARRIVAL_CHECKS,
  type CarStep,
  type Check,
  DEFAULT_CAR_POLICY,
  evaluateCarUnlockChecks,
  haversineMeters,
  scheduleVisit,
  transition,
  type Visit,
  type VisitEvent,
} from '../src/index.js';
import { AT_CAR, INPUT, NOW, REPORT } from './car-fixtures.js';
import { GRANT } from './visit-fixtures.js';

// Acceptance (docs/car-boot.md): no car visit completes without the car's report that the boot is closed and
// locked, and no unlock goes to the car when the courier is outside the moving geofence or the car moved since the
// arrival's check.

const { courierRadiusMeters, maxAccuracyCreditMeters, maxDriftMeters } = DEFAULT_CAR_POLICY;

const arrival: VisitEvent = {
  type: 'arrive',
  checks: CAR_ARRIVAL_CHECKS.map((name): Check => ({ name, passed: true, reason: null, evidence: {} })),
};

/** An unlock request whose checks are computed from a courier and a car that may have wandered. */
interface UnlockCase {
  event: VisitEvent;
  courierOutside: boolean;
  carMoved: boolean;
}

const unlockCase: fc.Arbitrary<UnlockCase> = fc
  .record({
    courierOffset: fc.double({ min: 0, max: 0.0006, noNaN: true }),
    carOffset: fc.double({ min: 0, max: 0.0006, noNaN: true }),
    reparked: fc.boolean(),
    near: fc.boolean(),
  })
  .map(({ courierOffset, carOffset, reparked, near }) => {
    const scale = near ? 0.05 : 1;
    const carNow = {
      ...REPORT,
      position: { ...REPORT.position, lat: REPORT.position.lat + carOffset * scale },
      parkedSinceMs: reparked ? NOW - 400_000 : REPORT.parkedSinceMs,
    };
    const courier = { ...AT_CAR, lat: carNow.position.lat, lon: carNow.position.lon + courierOffset * scale };
    const checks = evaluateCarUnlockChecks({ ...INPUT, report: carNow, courier }, REPORT, NOW);
    const courierCredit = Math.min(courier.accuracyMeters + carNow.position.accuracyMeters, maxAccuracyCreditMeters);
    return {
      event: { type: 'car', step: { kind: 'unlock_requested', checks, capability: GRANT } } as VisitEvent,
      courierOutside: haversineMeters(courier, carNow.position) - courierCredit > courierRadiusMeters,
      carMoved:
        reparked || haversineMeters(carNow.position, REPORT.position) > maxDriftMeters + maxAccuracyCreditMeters,
    };
  });

const bootStep = fc
  .record({ boot: fc.constantFrom<'open' | 'closed'>('open', 'closed'), locked: fc.boolean() })
  .map(({ boot, locked }): VisitEvent => ({ type: 'car', step: { kind: 'boot', boot, locked } }));

type Step = { event: VisitEvent; unlock?: UnlockCase };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: unlockCase.map((u) => ({ event: u.event, unlock: u })) },
  { weight: 5, arbitrary: bootStep.map((event) => ({ event })) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom<VisitEvent>(
        { type: 'complete' },
        { type: 'unlock_refused', reason: 'busy' },
        { type: 'abort', reason: 'other', note: '' },
        { type: 'fallback', method: 'doorstep', photo: 'p' },
        { type: 'timer', kind: 'relock_due' },
        { type: 'timer', kind: 'overdue' },
        { type: 'timer', kind: 'door_open_too_long' },
        { type: 'timer', kind: 'open_confirm_timeout' },
      )
      .map((event) => ({ event })),
  },
);

const secures = (e: VisitEvent) =>
  e.type === 'car' && e.step.kind === 'boot' && e.step.boot === 'closed' && e.step.locked;
const sendsUnlock = (effects: readonly { type: string; role?: string; command?: string }[]) =>
  effects.some((e) => e.type === 'command' && e.role === 'vehicle' && e.command === 'unlock');

describe('car visit machine (property)', () => {
  it('completes only after the car reported the boot closed and locked, and unlocks only on passing checks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(step, fc.integer({ min: 0, max: 60_000 })), { maxLength: 30 }), (steps) => {
        let visit: Visit = scheduleVisit({ id: 'v-car', accessPointId: 'ap-car', personId: 'c-1', access: 'car' });
        let now = NOW;
        const first = transition(visit, arrival, now);
        if ('error' in first) throw new Error(first.error.message);
        visit = first.visit;
        let confirmed = false;
        for (const [{ event, unlock }, dt] of steps) {
          now += dt;
          // Timers fire only when due: jump to the armed time, as the job runner would.
          if (event.type === 'timer') now = Math.max(now, visit.timers[event.kind] ?? now);
          const result = transition(visit, event, now);
          if ('error' in result) continue;
          const before = visit;
          visit = result.visit;
          if (sendsUnlock(result.effects)) {
            expect(unlock, 'only an unlock request sends an unlock').toBeDefined();
            expect(unlock!.courierOutside).toBe(false);
            expect(unlock!.carMoved).toBe(false);
          }
          const leftOpen = BOOT_OPEN_STATES.includes(before.state);
          if (leftOpen && (visit.state === 'boot_secured' || visit.state === 'completed')) {
            expect(secures(event), `${before.state} → ${visit.state} on ${JSON.stringify(event)}`).toBe(true);
          }
          if (visit.state === 'boot_secured') confirmed = true;
          if (BOOT_OPEN_STATES.includes(visit.state)) confirmed = false;
          if (visit.state === 'completed') {
            expect(confirmed || (leftOpen && secures(event))).toBe(true);
            expect('securedAtMs' in visit && visit.securedAtMs <= now).toBe(true);
          }
        }
      }),
      { numRuns: 800 },
    );
  });
});

describe('car visit machine', () => {
  const run = (events: VisitEvent[]) => {
    let visit: Visit = scheduleVisit({ id: 'v-car', accessPointId: 'ap-car', personId: 'c-1', access: 'car' });
    const effects: unknown[] = [];
    events.forEach((event, i) => {
      const at = NOW + (i + 1) * 1000 + (event.type === 'timer' ? 600_000 : 0);
      const result = transition(visit, event, at);
      if ('error' in result) throw new Error(`${event.type}: ${result.error.message}`);
      visit = result.visit;
      effects.push(...result.effects);
    });
    return { visit, effects };
  };
  const boot = (b: 'open' | 'closed', locked: boolean): VisitEvent => ({
    type: 'car',
    step: { kind: 'boot', boot: b, locked } satisfies CarStep,
  });
  const passing = evaluateCarUnlockChecks(INPUT, REPORT, NOW);
  const unlock: VisitEvent = { type: 'car', step: { kind: 'unlock_requested', checks: passing, capability: GRANT } };
  /** Unlocked, the boot opened and shut again: the parcel is in, the lock not yet reported. */
  const DROPPED = [arrival, unlock, boot('closed', false), boot('open', false), boot('closed', false)];

  it('runs arrive → unlock → open → close → locked → complete', () => {
    const { visit, effects } = run([...DROPPED, boot('closed', true), { type: 'complete' }]);
    expect(visit.state).toBe('completed');
    expect(effects).toContainEqual({ type: 'command', role: 'vehicle', command: 'unlock' });
  });

  it('a courier who says done on a closed, unlocked boot makes the platform lock it; the lock report completes', () => {
    const { visit, effects } = run([...DROPPED, { type: 'complete' }]);
    expect(visit.state).toBe('boot_closed');
    expect(effects).toContainEqual({ type: 'command', role: 'vehicle', command: 'lock' });
    const done = transition(visit, boot('closed', true), NOW + 60_000);
    expect('visit' in done && done.visit.state).toBe('completed');
  });

  it('a boot that stays unlocked gets a lock, then an alert and the visit fails', () => {
    const { visit, effects } = run([...DROPPED, { type: 'timer', kind: 'relock_due' }]);
    expect(effects).toContainEqual({ type: 'command', role: 'vehicle', command: 'lock' });
    const second = transition(visit, { type: 'timer', kind: 'relock_due' }, NOW + 2_000_000);
    if (!('visit' in second)) throw new Error(second.error.message);
    expect(second.visit).toMatchObject({ state: 'failed', reason: 'boot_not_secured', boltMayBeOpen: true });
    expect(second.effects).toContainEqual(expect.objectContaining({ type: 'alert', kind: 'boot_left_unlocked' }));
  });

  it('a car that moved since arrival is denied at the unlock with the check named, and nothing is sent', () => {
    const moved = { ...REPORT, position: { ...REPORT.position, lat: REPORT.position.lat + 0.002 } };
    const checks = evaluateCarUnlockChecks(
      { ...INPUT, report: moved, courier: { ...AT_CAR, lat: moved.position.lat } },
      REPORT,
      NOW,
    );
    const { visit, effects } = run([
      arrival,
      { type: 'car', step: { kind: 'unlock_requested', checks, capability: GRANT } },
    ]);
    expect(visit.state).toBe('denied');
    expect(effects).toContainEqual(
      expect.objectContaining({
        type: 'ledger',
        kind: 'visit.denied',
        data: expect.objectContaining({ failed: expect.arrayContaining(['car_not_moved']) }),
      }),
    );
    expect(sendsUnlock(effects as never)).toBe(false);
  });

  it('refuses to complete an open boot, and door or garage events', () => {
    const { visit } = run([arrival, unlock, boot('open', false)]);
    for (const event of [{ type: 'complete' }, { type: 'relocked' }, { type: 'garage_closed' }] as VisitEvent[]) {
      expect('error' in transition(visit, event, NOW + 10_000)).toBe(true);
    }
  });
});
