import { describe, expect, it } from 'vitest';
import {
  type CheckInput,
  evaluateChecks,
  failedChecks,
  REQUIRED_CHECKS,
  type ScheduleInput,
  validateSchedule,
} from '../src/index.js';
import { NOW, passingInput } from './check-fixtures.js';

function only(change: (input: CheckInput) => CheckInput, nowMs = NOW) {
  const result = evaluateChecks(change(passingInput()), nowMs);
  return { passed: result.passed, failed: failedChecks(result.checks).map((c) => [c.name, c.reason]) };
}

/** The input turned into a service call under a grant's schedule. */
function service(input: ScheduleInput, workerIds: string[], zone = 'Europe/London') {
  const schedule = validateSchedule(input, zone);
  if (!schedule.ok) throw new Error(schedule.error);
  return (i: CheckInput): CheckInput => ({
    ...i,
    purpose: { kind: 'service', grantId: 'g-1', workerIds, schedule: schedule.value },
  });
}

/** A weekly schedule from 2026-01-05 on. */
const weekly = (rrule: string, startLocal: string, durationMinutes: number, exdates: string[] = []): ScheduleInput => ({
  kind: 'recurring',
  rrule,
  firstDate: '2026-01-05',
  startLocal,
  durationMinutes,
  exdates,
});

describe('evaluateChecks', () => {
  it('passes when everything is in order and records every check in a fixed order', () => {
    const result = evaluateChecks(passingInput(), NOW);
    expect(result.passed).toBe(true);
    expect(result.checks.map((c) => [c.name, c.passed, c.reason])).toEqual(REQUIRED_CHECKS.map((n) => [n, true, null]));
  });
  it('never short-circuits: several failures are all recorded', () => {
    const result = evaluateChecks({ ...passingInput(), person: { personId: null }, position: null, lock: null }, NOW);
    expect(result.checks).toHaveLength(7);
    expect(failedChecks(result.checks).map((c) => c.name)).toEqual([
      'person_assigned',
      'within_geofence',
      'devices_ready',
    ]);
  });
});

describe('person_assigned', () => {
  it.each<[string, (i: CheckInput) => CheckInput, string]>([
    ['not signed in', (i) => ({ ...i, person: { personId: null } }), 'You are not signed in'],
    ['someone else', (i) => ({ ...i, person: { personId: 'courier-2' } }), 'This delivery is not assigned to you'],
    [
      'unassigned',
      (i) => ({ ...i, purpose: { ...i.purpose, assignedPersonId: null } as CheckInput['purpose'] }),
      'This delivery is not assigned to you',
    ],
  ])('fails when %s', (_, change, reason) => {
    expect(only(change)).toEqual({ passed: false, failed: [['person_assigned', reason]] });
  });
  it('accepts a worker named on a service grant inside its weekly window', () => {
    const asService = service(weekly('FREQ=WEEKLY;BYDAY=MO', '09:00', 180), ['w-1', 'courier-1']);
    expect(only(asService)).toEqual({ passed: true, failed: [] });
    expect(only((i) => ({ ...asService(i), person: { personId: 'w-9' } })).failed).toEqual([
      ['person_assigned', 'This access grant does not name you'],
    ]);
  });
});

describe('within_window', () => {
  it('says when the window opens, in the home zone', () => {
    expect(only((i) => i, Date.parse('2026-06-01T07:30:00Z')).failed).toEqual([
      ['within_window', 'Too early: the delivery window opens at 09:00'],
    ]);
  });
  it('says when it closed', () => {
    expect(only((i) => i, Date.parse('2026-06-01T10:00:00Z')).failed).toEqual([
      ['within_window', 'Too late: the delivery window closed at 11:00'],
    ]);
  });
  it('names the next weekly window of a service grant', () => {
    const change = service(weekly('FREQ=WEEKLY;BYDAY=TU', '14:00', 120), ['courier-1']);
    expect(only(change).failed).toEqual([
      ['within_window', 'Outside the agreed hours: the next window is 2026-06-02 at 14:00'],
    ]);
  });
  it('says when a grant has no windows left', () => {
    const change = service(weekly('FREQ=WEEKLY;BYDAY=TU;UNTIL=20260501', '14:00', 120), ['courier-1'], 'UTC');
    expect(only(change).failed).toEqual([['within_window', 'This access grant has no more windows']]);
  });
  it('says the customer called off today and names the next window, with the evidence', () => {
    const change = service(weekly('FREQ=WEEKLY;BYDAY=MO', '09:00', 180, ['2026-06-01']), ['courier-1']);
    const check = evaluateChecks(change(passingInput()), NOW).checks.find((c) => c.name === 'within_window');
    expect(check?.reason).toBe(
      'The customer called off the window of 2026-06-01; the next window is 2026-06-08 at 09:00',
    );
    expect(check?.evidence).toMatchObject({
      position: 'excluded',
      current: null,
      excluded: { localDate: '2026-06-01', startMs: Date.parse('2026-06-01T08:00:00Z') },
      next: { localDate: '2026-06-08', startMs: Date.parse('2026-06-08T08:00:00Z') },
    });
  });
  it('admits a one-time grant inside its window only', () => {
    const once = (start: string, end: string) => service({ kind: 'once', start, end }, ['courier-1']);
    expect(only(once('2026-06-01T08:00:00Z', '2026-06-01T10:00:00Z')).passed).toBe(true);
    expect(only(once('2026-06-01T10:00:00Z', '2026-06-01T11:00:00Z')).failed).toEqual([
      ['within_window', 'Outside the agreed hours: the next window is 2026-06-01 at 11:00'],
    ]);
    expect(only(once('2026-06-01T07:00:00Z', '2026-06-01T09:00:00Z')).failed).toEqual([
      ['within_window', 'This access grant has no more windows'],
    ]);
  });
});

describe('within_geofence', () => {
  it('fails without a position', () => {
    expect(only((i) => ({ ...i, position: null })).failed).toEqual([
      ['within_geofence', 'Your phone has not shared its location'],
    ]);
  });
  it('fails far away, with the distance', () => {
    expect(only((i) => ({ ...i, position: { lat: 51.5051, lon: -0.1246, accuracyMeters: 10 } })).failed).toEqual([
      ['within_geofence', 'You are 490 m from the address'],
    ]);
  });
});

describe('customer_allows', () => {
  it.each<[string, (i: CheckInput) => CheckInput, string]>([
    [
      'the access point is not opened to in-home',
      (i) => ({ ...i, preferences: { ...i.preferences, inHomeAccessPointIds: ['ap-2'] } }),
      'The customer does not allow access through the front door',
    ],
    [
      'today is a day off in the home zone',
      (i) => ({ ...i, preferences: { ...i.preferences, daysOff: ['2026-06-01'] } }),
      'The customer asked for no one to enter today',
    ],
    [
      'a pet is loose',
      (i) => ({ ...i, preferences: { ...i.preferences, pets: 'loose' } }),
      'The customer says a pet is loose inside',
    ],
  ])('fails when %s', (_, change, reason) => {
    expect(only(change).failed).toEqual([['customer_allows', reason]]);
  });
  it('ignores a day off that is another day', () => {
    expect(
      only((i) => ({ ...i, preferences: { ...i.preferences, daysOff: ['2026-05-31', '2026-06-02'] } })).passed,
    ).toBe(true);
  });
});

describe('served_area', () => {
  it('fails with the reason given, or a default one', () => {
    expect(
      only((i) => ({ ...i, servedArea: { served: false, reason: 'No membership for this carrier' } })).failed,
    ).toEqual([['served_area', 'No membership for this carrier']]);
    expect(only((i) => ({ ...i, servedArea: { served: false, reason: null } })).failed).toEqual([
      ['served_area', 'This address is not in a served area'],
    ]);
  });
});

describe('devices_ready', () => {
  const lock = (i: CheckInput) => i.lock!;
  const camera = (i: CheckInput) => i.camera!;
  it.each<[string, (i: CheckInput) => CheckInput, string]>([
    ['no lock', (i) => ({ ...i, lock: null }), 'No lock is paired to this door'],
    [
      'the lock is on another door',
      (i) => ({ ...i, lock: { ...lock(i), accessPointId: 'ap-2' } }),
      'No lock is paired to this door',
    ],
    ['the lock is offline', (i) => ({ ...i, lock: { ...lock(i), online: false } }), 'The lock is offline'],
    [
      'the lock battery is at the floor',
      (i) => ({ ...i, lock: { ...lock(i), battery: 15 } }),
      "The lock's battery is too low",
    ],
    [
      'the lock clock is 31 s off',
      (i) => ({ ...i, lock: { ...lock(i), clockSkewMs: -31_000 } }),
      "The lock's clock is out of step",
    ],
    ['the lock is jammed', (i) => ({ ...i, lock: { ...lock(i), jammed: true } }), 'The lock is jammed'],
    ['the camera is offline', (i) => ({ ...i, camera: { ...camera(i), online: false } }), 'The camera is offline'],
    [
      'the camera looks elsewhere',
      (i) => ({ ...i, camera: { ...camera(i), coversAccessPointIds: ['ap-2'] } }),
      'The camera does not cover this door',
    ],
  ])('fails when %s', (_, change, reason) => {
    expect(only(change).failed).toEqual([['devices_ready', reason]]);
  });
  it('passes just above the floor and within the skew, and records both devices', () => {
    const input = passingInput();
    const result = evaluateChecks({ ...input, lock: { ...input.lock!, battery: 16, clockSkewMs: 30_000 } }, NOW);
    const check = result.checks.find((c) => c.name === 'devices_ready')!;
    expect(check.passed).toBe(true);
    expect(check.evidence).toMatchObject({
      lockIssue: null,
      cameraIssue: null,
      batteryFloorPercent: 15,
      maxClockSkewMs: 30_000,
    });
  });
});

describe('no_open_visit', () => {
  it('fails when another visit is open at this access point, and names it', () => {
    const result = evaluateChecks(
      {
        ...passingInput(),
        openVisits: [
          { visitId: 'v-1', accessPointId: 'ap-1' },
          { visitId: 'v-2', accessPointId: 'ap-1' },
          { visitId: 'v-3', accessPointId: 'ap-9' },
        ],
      },
      NOW,
    );
    const check = result.checks.find((c) => c.name === 'no_open_visit')!;
    expect([check.reason, check.evidence.openVisitIds]).toEqual(['Someone else is using this door right now', ['v-2']]);
  });
});
