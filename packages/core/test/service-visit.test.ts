import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  judgeServiceVisit,
  type ServiceTerms,
  scheduleVisit,
  transition,
  type Visit,
  type VisitEvent,
  type VisitFact,
} from '../src/index.js';
import { GRANT, passedChecks, run, T0 } from './visit-fixtures.js';

// Service visits under a grant: several passages in one visit, withdrawal by the customer, and the verdict.

const serviceVisit = (): Visit =>
  scheduleVisit({ id: 'v-s', accessPointId: 'ap-1', personId: 'worker-1', reentry: true });

const PASSAGE: VisitEvent[] = [
  { type: 'unlock_requested' },
  { type: 'recording_confirmed', capability: GRANT },
  { type: 'unlocked' },
  { type: 'door_opened' },
  { type: 'door_closed' },
  { type: 'relocked' },
];

describe('service visit passages', () => {
  it('goes from relocked to a new passage only for a service visit', () => {
    const { visit } = run([{ type: 'arrive', checks: passedChecks() }, ...PASSAGE], serviceVisit());
    expect(visit.state).toBe('relocked');
    const again = transition(visit, { type: 'unlock_requested' }, T0 + 60_000);
    expect('visit' in again && again.visit.state).toBe('verified');
    if ('visit' in again) expect('unlockedAtMs' in again.visit).toBe(false);
    const delivery = run([{ type: 'arrive', checks: passedChecks() }, ...PASSAGE]).visit;
    expect(transition(delivery, { type: 'unlock_requested' }, T0 + 60_000)).toMatchObject({
      error: { code: 'invalid_event' },
    });
  });

  it('two passages then complete', () => {
    const { visit, effects } = run(
      [{ type: 'arrive', checks: passedChecks() }, ...PASSAGE, ...PASSAGE, { type: 'complete' }],
      serviceVisit(),
    );
    expect(visit.state).toBe('completed');
    const unlocks = effects.filter((e) => (e as { command?: string }).command === 'unlock');
    expect(unlocks).toHaveLength(2);
  });

  it('after end_reentry the visit runs to its relock and opens no more', () => {
    const { visit } = run(
      [
        { type: 'arrive', checks: passedChecks() },
        ...PASSAGE.slice(0, 3),
        { type: 'end_reentry' },
        ...PASSAGE.slice(3),
      ],
      serviceVisit(),
    );
    expect(visit.state).toBe('relocked');
    expect(transition(visit, { type: 'unlock_requested' }, T0 + 60_000)).toMatchObject({ error: {} });
  });

  it('a revoke withdraws an issued unlock: the lock is told to lock and to close the visit', () => {
    const { visit } = run([{ type: 'arrive', checks: passedChecks() }, ...PASSAGE.slice(0, 2)], serviceVisit());
    expect(visit.state).toBe('recording');
    const done = transition(visit, { type: 'abort', reason: 'revoked', note: '' }, T0 + 5000);
    expect('visit' in done && done.visit.state).toBe('aborted');
    const commands = 'effects' in done ? done.effects.filter((e) => e.type === 'command').map((e) => e.command) : [];
    expect(commands).toEqual(['lock', 'record.stop', 'visit.close']);
    expect(transition(visit, { type: 'abort', reason: 'dog', note: '' }, T0 + 5000)).toMatchObject({ error: {} });
  });

  it('never issues an unlock without a recording confirmed in the same passage (any event order)', () => {
    const events = fc.constantFrom<VisitEvent>(
      { type: 'unlock_requested' },
      { type: 'recording_confirmed', capability: GRANT },
      { type: 'recording_failed', detail: 'x' },
      { type: 'unlocked' },
      { type: 'door_opened' },
      { type: 'door_closed' },
      { type: 'relocked' },
      { type: 'end_reentry' },
      { type: 'complete' },
      { type: 'abort', reason: 'revoked', note: '' },
      { type: 'heartbeat' },
    );
    fc.assert(
      fc.property(fc.array(events, { maxLength: 40 }), (seq) => {
        let visit = serviceVisit();
        let now = T0;
        let confirmed = false;
        for (const event of [{ type: 'arrive', checks: passedChecks() } as VisitEvent, ...seq]) {
          now += 1000;
          const result = transition(visit, event, now);
          if ('error' in result) continue;
          if (event.type === 'recording_confirmed') confirmed = true;
          for (const e of result.effects) {
            if (e.type === 'command' && e.command === 'unlock') expect(confirmed).toBe(true);
          }
          if (event.type === 'unlock_requested') confirmed = false;
          visit = result.visit;
        }
      }),
    );
  });
});

describe('judgeServiceVisit', () => {
  const terms: ServiceTerms = {
    window: { startMs: T0, endMs: T0 + 3_600_000 },
    maxVisitMs: 1_800_000,
    cameraRequired: true,
  };
  const passage = (at: number): VisitFact[] => [
    { kind: 'recording.confirmed', atMs: at },
    { kind: 'lock.unlocked', atMs: at + 100 },
    { kind: 'lock.relocked', atMs: at + 60_000 },
  ];

  it('keeps every expectation of a visit inside its window, relocked, recorded and checked out', () => {
    const facts = [...passage(T0 + 60_000), ...passage(T0 + 600_000)];
    const v = judgeServiceVisit(terms, facts, T0 + 700_000, T0 + 700_000);
    expect(v.verdict).toBe('kept');
    expect(v.expectations.map((e) => e.outcome)).toEqual(['kept', 'kept', 'kept', 'kept', 'kept']);
  });

  it('names each broken expectation', () => {
    const facts = [...passage(T0 + 60_000), { kind: 'visit.alert', atMs: T0 + 70_000, alert: 'camera_gap' }];
    const late = judgeServiceVisit(terms, facts, null, T0 + 4_000_000);
    expect(late.expectations.filter((e) => e.outcome === 'broken').map((e) => e.name)).toEqual([
      'in_window',
      'max_duration',
      'camera_recording',
      'checked_out',
    ]);
    const open = judgeServiceVisit(terms, [{ kind: 'lock.unlocked', atMs: T0 + 10 }], T0 + 20, T0 + 20);
    expect(open.expectations.find((e) => e.name === 'door_relocked')?.outcome).toBe('broken');
    const noCamera = judgeServiceVisit({ ...terms, cameraRequired: false }, facts, T0 + 200_000, T0 + 200_000);
    expect(noCamera.expectations.find((e) => e.name === 'camera_recording')?.outcome).toBe('not_applicable');
  });
});
