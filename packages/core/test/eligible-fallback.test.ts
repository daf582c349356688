import { describe, expect, it } from 'vitest';
import { type Check, decideFallback, type EligibilityInput, eligibleMethod } from '../src/index.js';
import { passingInput } from './check-fixtures.js';

function booking(): EligibilityInput {
  const { home, accessPoint, preferences, servedArea, lock, camera } = passingInput();
  return {
    home,
    accessPoint,
    preferences,
    servedArea,
    lock,
    camera,
    window: { start: '2026-06-01T22:00:00Z', end: '2026-06-02T01:00:00Z' },
  };
}

describe('eligibleMethod', () => {
  it('offers in-home when everything known in advance allows it', () => {
    expect(eligibleMethod(booking())).toEqual({ method: 'in_home', reasons: [] });
  });
  it('ignores device health and pets, which are judged at arrival', () => {
    const b = booking();
    expect(
      eligibleMethod({ ...b, lock: { ...b.lock!, online: false }, preferences: { ...b.preferences, pets: 'loose' } })
        .method,
    ).toBe('in_home');
  });
  it('goes to the doorstep with every reason', () => {
    const b = booking();
    expect(
      eligibleMethod({
        ...b,
        servedArea: { served: false, reason: null },
        preferences: { ...b.preferences, inHomeAccessPointIds: [] },
        camera: null,
      }),
    ).toEqual({
      method: 'doorstep',
      reasons: [
        'This address is not in a served area',
        'The customer does not allow access through the front door',
        'No camera is paired to this door',
      ],
    });
  });
  it('sees a day off on the second local day a window touches (23:00 BST to 02:00 BST)', () => {
    const b = booking();
    expect(eligibleMethod({ ...b, preferences: { ...b.preferences, daysOff: ['2026-06-02'] } }).reasons).toEqual([
      'The customer asked for no one to enter that day',
    ]);
    expect(eligibleMethod({ ...b, preferences: { ...b.preferences, daysOff: ['2026-06-03'] } }).method).toBe('in_home');
  });
  it('refuses an invalid window', () => {
    expect(eligibleMethod({ ...booking(), window: { start: 'x', end: 'y' } }).reasons).toEqual([
      'The delivery window is not valid',
    ]);
  });
});

const failed = (name: Check['name'], reason: string): Check => ({ name, passed: false, reason, evidence: {} });

describe('decideFallback', () => {
  it('a day off follows the preference', () => {
    expect(
      decideFallback('locker', [failed('customer_allows', 'The customer asked for no one to enter today')]),
    ).toEqual({
      kind: 'fallback',
      method: 'locker',
      photoRequired: false,
      reason: 'The customer asked for no one to enter today',
    });
  });
  it('a camera offline goes to the doorstep with that reason and a photo', () => {
    expect(decideFallback('doorstep', [failed('devices_ready', 'The camera is offline')])).toEqual({
      kind: 'fallback',
      method: 'doorstep',
      photoRequired: true,
      reason: 'The camera is offline',
    });
  });
  it('a wrong place or person is never a fallback', () => {
    expect(
      decideFallback('doorstep', [
        failed('devices_ready', 'The camera is offline'),
        failed('within_geofence', 'You are 2.0 km from the address'),
      ]),
    ).toEqual({
      kind: 'retry',
      reason: 'You are 2.0 km from the address',
    });
  });
  it('a locker preference without a locker means a reattempt', () => {
    expect(decideFallback('locker', [failed('served_area', 'Not served')], { lockerAvailable: false })).toMatchObject({
      method: 'reattempt',
    });
  });
});
