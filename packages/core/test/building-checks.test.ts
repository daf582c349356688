import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BuildingCheckInput,
  type CheckInput,
  checkDevicesReady,
  DEFAULT_CHECK_POLICY,
  ENTRANCE_REQUIRED_CHECKS,
  evaluateEntranceChecks,
  kindModule,
  scheduleVisit,
  transition,
  usableEntrances,
  type Visit,
  type VisitEvent,
} from '../src/index.js';
import { NOW, passingInput } from './check-fixtures.js';

// A building entrance's checks (docs/buildings.md "Checks"): each is named, evidenced and judged on its own.

const MON_TO_FRI = ['MO', 'TU', 'WE', 'TH', 'FR'] as const;

function building(): BuildingCheckInput {
  return {
    building: { id: 'bld-1', zone: 'Europe/London' },
    entrance: { id: 'ap-1', buildingId: 'bld-1', kind: 'lobby', lat: 51.5008, lon: -0.1246, radiusMeters: 40 },
    delivery: { method: 'lobby', carrierId: 'org-c' },
    unit: { buildingId: 'bld-1', residents: 1 },
    carrierAccess: [
      {
        id: 'bca-1',
        organisationId: 'org-c',
        entranceId: 'ap-1',
        windows: [{ days: MON_TO_FRI, startLocal: '08:00', endLocal: '18:00' }],
        revoked: false,
      },
    ],
    buildingDeliveryAllowed: true,
  };
}

const ready = (input: CheckInput) => checkDevicesReady(input, DEFAULT_CHECK_POLICY);
const run = (b: BuildingCheckInput, base: CheckInput = passingInput(), now = NOW) =>
  evaluateEntranceChecks(base, b, ready, now);
const failedNames = (b: BuildingCheckInput, base?: CheckInput, now?: number) =>
  run(b, base, now)
    .filter((c) => !c.passed)
    .map((c) => c.name);

describe('entrance checks', () => {
  it('a live lobby delivery to a resident, in the carrier window, at the entrance: every check passes', () => {
    const checks = run(building());
    expect(checks.map((c) => c.name)).toEqual(ENTRANCE_REQUIRED_CHECKS);
    expect(checks.filter((c) => !c.passed)).toEqual([]);
  });

  it('no unit of this building, another building, an empty unit, or the wrong method: resident_of_building', () => {
    expect(failedNames({ ...building(), unit: null })).toEqual(['resident_of_building']);
    expect(failedNames({ ...building(), unit: { buildingId: 'bld-2', residents: 1 } })).toEqual([
      'resident_of_building',
    ]);
    expect(failedNames({ ...building(), unit: { buildingId: 'bld-1', residents: 0 } })).toEqual([
      'resident_of_building',
    ]);
    const wrong = run({ ...building(), delivery: { method: 'package_room', carrierId: 'org-c' } });
    expect(wrong.find((c) => c.name === 'resident_of_building')?.reason).toBe(
      'This delivery was not booked for the lobby',
    );
  });

  it('another carrier, a revoked permission, or outside the hours (in the building zone): carrier_window', () => {
    const b = building();
    expect(failedNames({ ...b, delivery: { method: 'lobby', carrierId: 'org-x' } })).toEqual(['carrier_window']);
    const revoked = { ...b, carrierAccess: b.carrierAccess.map((a) => ({ ...a, revoked: true })) };
    expect(run(revoked).find((c) => c.name === 'carrier_window')?.reason).toMatch(/revoked/);
    // 19:30 London on a Monday: past 18:00 (also outside the delivery window, which is its own check).
    const evening = Date.parse('2026-06-01T18:30:00Z');
    expect(failedNames(b, undefined, evening)).toEqual(['within_window', 'carrier_window']);
  });

  it('the resident turned building delivery off: resident_allows_building', () => {
    expect(failedNames({ ...building(), buildingDeliveryAllowed: false })).toEqual(['resident_allows_building']);
  });

  it('the geofence is the entrance, not the home', () => {
    const far = { ...building(), entrance: { ...building().entrance, lat: 51.51 } };
    expect(failedNames(far)).toEqual(['within_geofence']);
  });

  it('property: the carrier window passes exactly when some unrevoked window of this carrier contains now', () => {
    const window = fc.record({
      days: fc.subarray([...MON_TO_FRI, 'SA', 'SU'] as const, { minLength: 1 }),
      startLocal: fc.constantFrom('00:00', '06:30', '08:00', '12:00', '22:00'),
      endLocal: fc.constantFrom('02:00', '09:00', '18:00', '23:59'),
    });
    const access = fc.record({
      organisationId: fc.constantFrom('org-c', 'org-x'),
      windows: fc.array(window, { maxLength: 3 }),
      revoked: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(access, { maxLength: 4 }), fc.integer({ min: 0, max: 14 * 86_400_000 }), (list, offset) => {
        const now = NOW + offset;
        const b = {
          ...building(),
          // Start and end times are drawn from disjoint sets: no window is empty.
          carrierAccess: list.map((a, i) => ({ ...a, id: `bca-${i}`, entranceId: 'ap-1' })),
        };
        const check = run(b, passingInput(), now).find((c) => c.name === 'carrier_window')!;
        const usable = usableEntrances([b.entrance], b.carrierAccess, 'org-c', 'Europe/London', {
          startMs: now,
          endMs: now + 1,
        });
        // A window containing now is a window overlapping [now, now+1): the two answers agree.
        expect(check.passed).toBe(usable.length === 1);
        if (!check.passed) expect(check.reason).not.toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});

describe('package-room visits', () => {
  it('completing a package-room drop records which parcel went in', () => {
    const visit = scheduleVisit({
      id: 'v-1',
      accessPointId: 'ap-1',
      personId: 'c-1',
      access: 'package_room',
      parcel: { deliveryId: 'dlv-1', externalId: 'PKG-7' },
    });
    expect(kindModule('package_room').kind).toBe('package_room');
    const relocked = { ...visit, state: 'relocked', unlockedAtMs: NOW - 5000, relockedAtMs: NOW - 1000 } as Visit;
    const step = transition(relocked, { type: 'complete' }, NOW);
    if (!('visit' in step)) throw new Error(step.error.message);
    expect(step.visit.state).toBe('completed');
    expect(step.effects).toContainEqual({
      type: 'ledger',
      kind: 'package_room.parcel_stored',
      data: { accessPointId: 'ap-1', deliveryId: 'dlv-1', externalId: 'PKG-7', atMs: NOW },
    });
    const lobby = transition({ ...relocked, access: 'lobby' } as Visit, { type: 'complete' }, NOW);
    if (!('visit' in lobby)) throw new Error(lobby.error.message);
    expect(lobby.visit.state).toBe('completed');
    expect(lobby.effects.some((e) => e.type === 'ledger' && e.kind === 'package_room.parcel_stored')).toBe(false);
  });
});

describe('an entrance with no camera (docs/buildings.md "No camera")', () => {
  const lobby = kindModule('lobby');
  const policy = DEFAULT_CHECK_POLICY;
  const noCamera = (): CheckInput => {
    const base = passingInput();
    return { ...base, accessPoint: { ...base.accessPoint, kind: 'lobby', cameraRequired: false }, camera: null };
  };

  it('devices_ready passes with the controller alone and says so in its evidence', () => {
    const check = lobby.devicesReady(noCamera(), policy);
    expect(check).toMatchObject({ name: 'devices_ready', passed: true });
    expect(check.evidence).toMatchObject({ camera: null, recording: 'no camera at this entrance' });
    const offline = { ...noCamera(), lock: { ...noCamera().lock!, online: false } };
    expect(lobby.devicesReady(offline, policy)).toMatchObject({ passed: false, reason: 'The lock is offline' });
    expect(lobby.pairingProblems(noCamera())).toEqual([]);
  });

  it('a camera that is paired is never skipped: offline, it fails devices_ready', () => {
    const base = passingInput();
    const withCamera = { ...base, accessPoint: { ...base.accessPoint, kind: 'lobby' } };
    const offline = { ...withCamera, camera: { ...base.camera!, online: false } };
    expect(lobby.devicesReady(offline, policy)).toMatchObject({ passed: false, reason: 'The camera is offline' });
    // Even a visit said to need no camera is judged on a camera that is there.
    const said = { ...offline, accessPoint: { ...offline.accessPoint, cameraRequired: false } };
    expect(lobby.devicesReady(said, policy)).toMatchObject({ passed: false, reason: 'The camera is offline' });
    // And an entrance that needs one but has none is refused.
    expect(lobby.devicesReady({ ...withCamera, camera: null }, policy)).toMatchObject({ passed: false });
  });

  const arrived = (cameraRequired: boolean): Visit => {
    const visit = scheduleVisit({ id: 'v-1', accessPointId: 'ap-1', personId: 'c-1', access: 'lobby', cameraRequired });
    return { ...visit, state: 'arrived', arrivedAtMs: NOW, checks: [] } as Visit;
  };
  const grant = { jti: 'cap-1', issuedAtMs: NOW, expiresAtMs: NOW + 60_000 };
  const cameraEffects = (effects: readonly { type: string; role?: string; kind?: string }[]) =>
    effects.filter((e) => e.role === 'camera' || (e.kind ?? '').startsWith('recording.requested'));

  it('unlocks at once, unrecorded, and records that no recording was made; no camera command ever leaves', () => {
    const step = transition(arrived(false), { type: 'unlock_requested', capability: grant }, NOW + 10);
    if (!('visit' in step)) throw new Error(step.error.message);
    expect(step.visit).toMatchObject({ state: 'recording', recordingConfirmedAtMs: null });
    expect(step.effects).toContainEqual({
      type: 'ledger',
      kind: 'recording.none',
      data: { reason: 'no camera at this entrance', accessPointId: 'ap-1' },
    });
    expect(step.effects).toContainEqual({ type: 'command', role: 'lock', command: 'unlock' });
    expect(cameraEffects(step.effects)).toEqual([]);
    // Without the capability the service brings, nothing opens.
    expect('error' in transition(arrived(false), { type: 'unlock_requested' }, NOW)).toBe(true);
  });

  it('with a camera, the unlock still waits for a confirmed recording', () => {
    const step = transition(arrived(true), { type: 'unlock_requested', capability: grant }, NOW + 10);
    if (!('visit' in step)) throw new Error(step.error.message);
    expect(step.visit.state).toBe('verified');
    expect(step.effects).toContainEqual({ type: 'command', role: 'camera', command: 'record.start' });
    expect(step.effects.some((e) => e.type === 'command' && e.role === 'lock')).toBe(false);
  });

  it('property: whatever events follow, an unrecorded entrance visit sends no camera command, a recorded one never unlocks unconfirmed', () => {
    const bare = ['unlocked', 'door_opened', 'door_closed', 'relocked', 'jammed', 'complete', 'heartbeat'] as const;
    const timers = ['arrival_timeout', 'relock_due', 'overdue', 'heartbeat_gap', 'recording_confirm_timeout'] as const;
    const events: fc.Arbitrary<VisitEvent> = fc.oneof(
      fc.constantFrom(...bare).map((type) => ({ type }) as VisitEvent),
      fc.constantFrom(...timers).map((kind) => ({ type: 'timer' as const, kind })),
      fc.constantFrom<VisitEvent>(
        { type: 'unlock_requested', capability: grant },
        { type: 'recording_confirmed', capability: grant },
        { type: 'recording_failed', detail: 'x' },
        { type: 'unlock_refused', reason: 'x' },
        { type: 'abort', reason: 'other', note: 'x' },
      ),
    );
    fc.assert(
      fc.property(fc.boolean(), fc.array(events, { maxLength: 12 }), (recorded, list) => {
        let visit = arrived(recorded);
        let t = NOW;
        for (const event of list) {
          t += 100;
          const step = transition(visit, event, t);
          if (!('visit' in step)) continue;
          if (!recorded) expect(cameraEffects(step.effects)).toEqual([]);
          const unlock = step.effects.some((e) => e.type === 'command' && e.command === 'unlock');
          if (recorded && unlock) expect(visit.state).toBe('verified');
          if (recorded && unlock) expect(event.type).toBe('recording_confirmed');
          visit = step.visit;
        }
      }),
    );
  });
});
