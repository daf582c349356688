import { describe, expect, it } from 'vitest';
import { type Effect, evaluateChecks, scheduleVisit, transition, type Visit, type VisitEvent } from '../src/index.js';
import { passingInput } from './check-fixtures.js';
import { GRANT, passedChecks, T0 } from './visit-fixtures.js';

const garage = (cameraRequired = true) =>
  scheduleVisit({ id: 'v-g', accessPointId: 'ap-garage', personId: 'c-1', access: 'garage', cameraRequired });

function run(events: VisitEvent[], start: Visit) {
  let visit = start;
  const effects: Effect[] = [];
  for (const [i, event] of events.entries()) {
    const result = transition(visit, event, T0 + (i + 1) * 1000);
    if ('error' in result) throw new Error(`${event.type}: ${result.error.message}`);
    visit = result.visit;
    effects.push(...result.effects);
  }
  return { visit, effects };
}

const commands = (effects: readonly Effect[]) => effects.flatMap((e) => (e.type === 'command' ? [e.command] : []));

const OPENED: VisitEvent[] = [
  { type: 'arrive', checks: passedChecks() },
  { type: 'unlock_requested' },
  { type: 'recording_confirmed', capability: GRANT },
  { type: 'garage_opened' },
];

describe('garage visit machine', () => {
  it('records first, opens, closes on the courier done and completes on the closed report', () => {
    const { visit, effects } = run([...OPENED, { type: 'complete' }, { type: 'garage_closed' }], garage());
    expect(visit.state).toBe('completed');
    expect(commands(effects)).toEqual(['record.start', 'garage.open', 'garage.close', 'record.stop']);
  });

  it('without a camera opens at once and never asks a camera for anything', () => {
    const { visit, effects } = run(
      [
        { type: 'arrive', checks: passedChecks() },
        { type: 'unlock_requested' },
        { type: 'garage_opened' },
        { type: 'complete' },
        { type: 'garage_closed' },
      ],
      garage(false),
    );
    expect(visit.state).toBe('completed');
    expect(commands(effects)).toEqual(['garage.open', 'garage.close']);
  });

  it('the courier cannot complete while the garage is closing', () => {
    const { visit } = run([...OPENED, { type: 'complete' }], garage());
    expect(visit.state).toBe('garage_closing');
    expect(transition(visit, { type: 'complete' }, T0 + 60_000)).toMatchObject({ error: { code: 'invalid_event' } });
  });

  it('an obstruction is retried once, then the visit fails with garage_left_open and keeps recording', () => {
    const obstructed: VisitEvent = { type: 'garage_obstructed', detail: 'obstruction sensor' };
    const { visit, effects } = run([...OPENED, { type: 'complete' }, obstructed, obstructed], garage());
    expect(visit).toMatchObject({ state: 'failed', reason: 'garage_not_closed', boltMayBeOpen: true });
    expect(visit.marks.alerts).toEqual(['garage_left_open']);
    expect(commands(effects)).toEqual(['record.start', 'garage.open', 'garage.close', 'garage.close']);
    expect(effects.some((e) => e.type === 'alert' && e.kind === 'garage_left_open')).toBe(true);
  });

  it('a retry that closes completes the visit', () => {
    const { visit } = run(
      [...OPENED, { type: 'complete' }, { type: 'garage_obstructed', detail: 'x' }, { type: 'garage_closed' }],
      garage(),
    );
    expect(visit.state).toBe('completed');
  });

  it('a garage left open past the visit time is closed by the platform with an alert', () => {
    const { visit } = run(OPENED, garage());
    const dueAt = visit.timers.overdue!;
    const result = transition(visit, { type: 'timer', kind: 'overdue' }, dueAt);
    if ('error' in result) throw new Error(result.error.message);
    expect(result.visit).toMatchObject({ state: 'garage_closing', closedBy: 'platform' });
    expect(result.visit.marks.alerts).toEqual(['visit_overdue']);
    expect(commands(result.effects)).toEqual(['garage.close']);
  });

  it('cannot be aborted while the garage may be open; lock events are refused', () => {
    const { visit } = run(OPENED, garage());
    expect('error' in transition(visit, { type: 'abort', reason: 'dog', note: '' }, T0 + 9000)).toBe(true);
    expect('error' in transition(visit, { type: 'relocked' }, T0 + 9000)).toBe(true);
  });

  it('a door visit refuses garage events', () => {
    const door = scheduleVisit({ id: 'v-1', accessPointId: 'ap-1', personId: 'c-1' });
    expect('error' in transition(door, { type: 'garage_closed' }, T0)).toBe(true);
  });
});

describe('garage devices_ready', () => {
  const at = { id: 'ap-1', kind: 'garage', name: 'Garage' };
  const opener = {
    deviceId: 'gdo-1',
    accessPointId: 'ap-1',
    online: true,
    battery: 100,
    clockSkewMs: 0,
    position: 'closed' as const,
    obstructed: false,
  };
  const devices = (o: object) =>
    evaluateChecks({ ...passingInput(), accessPoint: at, lock: null, ...o }, T0).checks.find(
      (c) => c.name === 'devices_ready',
    )!;

  it('needs the opener, closed and clear, and the camera only when the customer asks for one', () => {
    expect(devices({ opener, camera: null, accessPoint: { ...at, cameraRequired: false } }).passed).toBe(true);
    expect(devices({ opener, camera: null }).reason).toBe('No camera is paired to this door');
    expect(devices({ opener: null, camera: null }).reason).toBe('No garage door opener is paired to this door');
    expect(
      devices({ opener: { ...opener, obstructed: true }, accessPoint: { ...at, cameraRequired: false } }).reason,
    ).toBe('The garage door is obstructed');
    expect(
      devices({ opener: { ...opener, position: 'open' }, accessPoint: { ...at, cameraRequired: false } }).reason,
    ).toBe('The garage door is not closed');
  });
});
