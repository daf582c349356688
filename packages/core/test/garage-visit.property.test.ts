import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Effect,
  GARAGE_OPEN_STATES,
  isTerminal,
  scheduleVisit,
  type TimerKind,
  transition,
  type Visit,
  type VisitEvent,
} from '../src/index.js';
import { GRANT, passedChecks, T0 } from './visit-fixtures.js';

// docs/access-points.md "Garage": no garage visit completes without the opener's closed confirmation, and a garage
// that may be open never passes silently.

const garageVisit = (cameraRequired: boolean): Visit =>
  scheduleVisit({ id: 'v-g', accessPointId: 'ap-garage', personId: 'courier-1', access: 'garage', cameraRequired });

const TIMER_KINDS: readonly TimerKind[] = [
  'open_confirm_timeout',
  'close_confirm_timeout',
  'overdue',
  'heartbeat_gap',
  'recording_confirm_timeout',
  'arrival_timeout',
  'relock_due',
];

const events: fc.Arbitrary<VisitEvent> = fc.oneof(
  fc.boolean().map((ok) => ({
    type: 'arrive' as const,
    checks: passedChecks().map((c) =>
      ok || c.name !== 'devices_ready' ? c : { ...c, passed: false, reason: 'The garage door is obstructed' },
    ),
  })),
  fc.constantFrom<VisitEvent>(
    { type: 'unlock_requested' },
    { type: 'recording_confirmed', capability: GRANT },
    { type: 'recording_failed', detail: 'storage full' },
    { type: 'unlock_refused', reason: 'busy' },
    { type: 'garage_opened' },
    { type: 'garage_closed' },
    { type: 'garage_obstructed', detail: 'obstruction' },
    { type: 'complete' },
    { type: 'heartbeat' },
    // Events of other kinds must be refused.
    { type: 'unlocked' },
    { type: 'relocked' },
    { type: 'door_closed' },
    { type: 'fallback', method: 'locker' },
    { type: 'abort', reason: 'dog', note: '' },
  ),
  fc.constantFrom(...TIMER_KINDS).map((kind) => ({ type: 'timer' as const, kind })),
);

const PREFIX: VisitEvent[] = [
  { type: 'arrive', checks: passedChecks() },
  { type: 'unlock_requested' },
  { type: 'recording_confirmed', capability: GRANT },
  { type: 'garage_opened' },
  { type: 'complete' },
];
const randomSteps = fc.array(fc.tuple(events, fc.integer({ min: 0, max: 120_000 })), { maxLength: 40 });
const steps = fc
  .tuple(fc.boolean(), fc.integer({ min: 0, max: 2 * PREFIX.length }), randomSteps)
  .map(([camera, k, rest]) => ({
    camera,
    list: [...PREFIX.slice(0, Math.max(0, k - PREFIX.length)).map((e): [VisitEvent, number] => [e, 1000]), ...rest],
  }));

interface Trace {
  visit: Visit;
  everOpen: boolean;
}

function checkEffect(effect: Effect, ctx: { camera: boolean; confirmed: boolean }) {
  // With a camera the door never moves before its confirmation (the indoor recording rule).
  if (effect.type === 'command' && effect.command === 'garage.open' && ctx.camera) expect(ctx.confirmed).toBe(true);
  // A garage has no capability: nothing is left live at a device.
  expect(effect.type).not.toBe('issue_capability');
}

function play(camera: boolean, list: [VisitEvent, number][]): Trace {
  let visit = garageVisit(camera);
  let now = T0;
  let confirmed = false;
  let everOpen = false;
  for (const [event, delay] of list) {
    now += delay;
    const before = structuredClone(visit);
    const result = transition(visit, event, now);
    expect(visit).toEqual(before);
    if ('error' in result) continue;
    if (event.type === 'recording_confirmed') confirmed = true;
    for (const effect of result.effects) checkEffect(effect, { camera, confirmed });
    if (result.visit.state === 'completed') {
      // The one way in: the opener's own closed report, after the door was open.
      expect(event.type).toBe('garage_closed');
      expect(everOpen || visit.state === 'garage_open').toBe(true);
      expect(result.visit).toMatchObject({ access: 'garage', closedAtMs: now });
    }
    visit = result.visit;
    if (GARAGE_OPEN_STATES.includes(visit.state)) everOpen = true;
  }
  return { visit, everOpen };
}

/** Lets every armed timer fire in order, as the jobs runner would (the opener never answers). */
function drain(visit: Visit): Visit {
  let current = visit;
  for (let i = 0; i < 20 && !isTerminal(current); i++) {
    const next = Object.entries(current.timers).sort((a, b) => a[1] - b[1])[0];
    if (!next) break;
    const result = transition(current, { type: 'timer', kind: next[0] as TimerKind }, next[1]);
    if ('error' in result) throw new Error(result.error.message);
    current = result.visit;
  }
  return current;
}

describe('garage visit properties', () => {
  it('completes only from the opener closed confirmation; opens only after the camera confirmed', () => {
    fc.assert(
      fc.property(steps, ({ camera, list }) => void play(camera, list)),
      { numRuns: 3000 },
    );
  });

  it('a garage that was opened ends closed-confirmed, or failed with an alert, once its timers have run', () => {
    fc.assert(
      fc.property(steps, ({ camera, list }) => {
        const { visit, everOpen } = play(camera, list);
        fc.pre(everOpen);
        const end = drain(visit);
        expect(isTerminal(end)).toBe(true);
        if (end.state === 'completed') expect('closedAtMs' in end).toBe(true);
        else
          expect(end.state === 'failed' && (end.marks.alerts.length > 0 || end.reason !== 'garage_not_closed')).toBe(
            true,
          );
        if (end.state === 'failed' && end.reason === 'garage_not_closed') {
          expect(end.marks.alerts).toContain('garage_left_open');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reaches completion in some sequences (the properties are not vacuous)', () => {
    const happy: [VisitEvent, number][] = [
      ...PREFIX.map((e): [VisitEvent, number] => [e, 1000]),
      [{ type: 'garage_closed' }, 1000],
    ];
    expect(play(true, happy).visit.state).toBe('completed');
  });
});
