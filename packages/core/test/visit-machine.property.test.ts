import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOLT_OPEN_STATES, type Effect, isTerminal, transition, type Visit, type VisitEvent } from '../src/index.js';
import { GRANT, newVisit, passedChecks, T0 } from './visit-fixtures.js';

const TIMER_KINDS = [
  'relock_due',
  'overdue',
  'door_open_too_long',
  'heartbeat_gap',
  'recording_confirm_timeout',
  'unlock_confirm_timeout',
] as const;

/** A capability handed to the courier's phone for an offline lock, valid well past the unlock's. */
const PHONE_GRANT = { jti: 'jti-0000000000000000000002', issuedAtMs: T0, expiresAtMs: T0 + 600_000 };

const events: fc.Arbitrary<VisitEvent> = fc.oneof(
  fc.boolean().map((ok) => ({
    type: 'arrive' as const,
    checks: passedChecks().map((c) =>
      ok || c.name !== 'devices_ready' ? c : { ...c, passed: false, reason: 'The camera is offline' },
    ),
  })),
  fc.constantFrom<VisitEvent>(
    { type: 'unlock_requested' },
    { type: 'recording_confirmed', capability: GRANT },
    { type: 'recording_failed', detail: 'storage full' },
    { type: 'unlocked' },
    { type: 'unlock_refused', reason: 'expired' },
    { type: 'capability_requested', capability: PHONE_GRANT },
    { type: 'door_opened' },
    { type: 'door_closed' },
    { type: 'relocked' },
    { type: 'jammed' },
    { type: 'complete' },
    { type: 'heartbeat' },
    { type: 'fallback', method: 'locker' },
    { type: 'abort', reason: 'dog', note: '' },
  ),
  fc.constantFrom(...TIMER_KINDS).map((kind) => ({ type: 'timer' as const, kind })),
);
// Steps: an event and how long after the previous one it happens. Half the runs start down the happy path, so
// that the states past the unlock are explored as much as the early ones.
const PREFIX: VisitEvent[] = [
  { type: 'arrive', checks: passedChecks() },
  { type: 'unlock_requested' },
  { type: 'recording_confirmed', capability: GRANT },
  { type: 'unlocked' },
  { type: 'door_opened' },
];
const randomSteps = fc.array(fc.tuple(events, fc.integer({ min: 0, max: 120_000 })), { maxLength: 40 });
const steps = fc
  .tuple(fc.integer({ min: 0, max: 2 * PREFIX.length }), randomSteps)
  .map(([k, rest]) => [
    ...PREFIX.slice(0, Math.max(0, k - PREFIX.length)).map((e): [VisitEvent, number] => [e, 1000]),
    ...rest,
  ]);

interface Trace {
  visit: Visit;
  everUnlocked: boolean;
  /** The unlock went out (the camera confirmed recording). */
  everRecording: boolean;
}

/** Runs the steps, asserting the step-wise rules, and returns the final visit. */
function play(list: [VisitEvent, number][]): Trace {
  let visit = newVisit();
  let now = T0;
  let confirmed = false;
  let failedCheck = false;
  let everUnlocked = false;
  let everRecording = false;
  for (const [event, delay] of list) {
    now += delay;
    const before = structuredClone(visit);
    const result = transition(visit, event, now);
    expect(visit).toEqual(before); // never mutated
    if ('error' in result) continue; // refused: the caller keeps the unchanged visit
    // Once the bolt has moved, only the lock's own relock report may stop the camera.
    const shut = !everUnlocked || event.type === 'relocked';
    if (event.type === 'recording_confirmed') confirmed = true;
    if (event.type === 'arrive') failedCheck = event.checks.some((c) => !c.passed);
    for (const effect of result.effects) checkEffect(effect, { confirmed, shut, visit: result.visit });
    visit = result.visit;
    if (visit.state === 'recording') everRecording = true;
    if (BOLT_OPEN_STATES.includes(visit.state)) {
      expect(confirmed).toBe(true);
      expect(failedCheck).toBe(false);
      everUnlocked = true;
    }
  }
  return { visit, everUnlocked, everRecording };
}

function checkEffect(effect: Effect, ctx: { confirmed: boolean; shut: boolean; visit: Visit }) {
  const unlocking = effect.type === 'issue_capability' || (effect.type === 'command' && effect.command === 'unlock');
  if (unlocking) expect(ctx.confirmed).toBe(true);
  if (effect.type === 'command' && effect.command === 'record.stop') {
    // Stopping the camera only ever happens with the bolt known to be shut, and always with the post-roll.
    expect(ctx.shut).toBe(true);
    expect(effect.postRollMs).toBe(ctx.visit.expectations.postRollMs);
  }
}

/** Lets every armed timer fire in order, as the jobs runner would, until none is left or the visit ends. */
function drain(visit: Visit): Visit {
  let current = visit;
  for (let i = 0; i < 20 && !isTerminal(current); i++) {
    const next = Object.entries(current.timers).sort((a, b) => a[1] - b[1])[0];
    if (!next) break;
    const result = transition(current, { type: 'timer', kind: next[0] as (typeof TIMER_KINDS)[number] }, next[1]);
    if ('error' in result) throw new Error(result.error.message);
    current = result.visit;
  }
  return current;
}

describe('visit machine properties', () => {
  it('never unlocks without a confirmed recording or after a failed check; stops recording only when shut', () => {
    fc.assert(
      fc.property(steps, (list) => void play(list)),
      { numRuns: 2000 },
    );
  });

  it('every visit that was unlocked ends relocked or with an alert once its timers have run', () => {
    fc.assert(
      fc.property(steps, (list) => {
        const { visit, everUnlocked } = play(list);
        fc.pre(everUnlocked);
        const end = drain(visit);
        const shut = ['relocked', 'completed', 'aborted'].includes(end.state);
        expect(shut || end.marks.alerts.length > 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('every visit that reaches recording ends unlocked or failed once its timers run (none waits for a bolt for ever)', () => {
    fc.assert(
      fc.property(steps, (list) => {
        const { visit, everUnlocked, everRecording } = play(list);
        fc.pre(everRecording);
        const end = drain(visit);
        expect(end.state).not.toBe('recording');
        // A bolt never reported drawn: the visit has ended, and the customer was told.
        if (!everUnlocked) expect(['failed', 'aborted']).toContain(end.state);
      }),
      { numRuns: 2000 },
    );
  });

  it('terminal states accept nothing', () => {
    fc.assert(
      fc.property(steps, events, (list, event) => {
        const { visit } = play(list);
        fc.pre(isTerminal(visit));
        expect(transition(visit, event, T0 + 10_000_000)).toMatchObject({ error: { code: 'terminal' } });
      }),
      { numRuns: 1000 },
    );
  });

  it('reaches the unlock in some sequences (the properties above are not vacuous)', () => {
    const happy: [VisitEvent, number][] = [
      [{ type: 'arrive', checks: passedChecks() }, 0],
      [{ type: 'unlock_requested' }, 0],
      [{ type: 'recording_confirmed', capability: GRANT }, 0],
      [{ type: 'unlocked' }, 0],
    ];
    expect(play(happy).everUnlocked).toBe(true);
  });
});
