import { describe, expect, it } from 'vitest';
import { type EligibilityInput, methodEligibility } from '../src/index.js';
import { NOW, passingInput } from './check-fixtures.js';

const window = { start: new Date(NOW).toISOString(), end: new Date(NOW + 3_600_000).toISOString() };
const base = passingInput();
const door: EligibilityInput = { ...base, window };
const garage: EligibilityInput = {
  ...base,
  window,
  accessPoint: { id: 'ap-g', kind: 'garage', name: 'Garage', cameraRequired: false },
  preferences: { ...base.preferences, inHomeAccessPointIds: ['ap-1', 'ap-g'] },
  opener: {
    deviceId: 'gdo-1',
    accessPointId: 'ap-g',
    online: true,
    battery: 100,
    clockSkewMs: 0,
    position: 'closed',
    obstructed: false,
  },
};

describe('eligibility per method', () => {
  it('lists every method with its verdict and reasons; the doorstep is always there', () => {
    const answer = methodEligibility({ accessPoints: [door, garage], car: null });
    expect(answer.map((m) => [m.method, m.available])).toEqual([
      ['in_home', true],
      ['in_garage', true],
      ['in_car', false],
      ['doorstep', true],
    ]);
    expect(answer[1]).toMatchObject({ accessPointId: 'ap-g', reasons: [] });
    expect(answer[2]!.reasons).toEqual(['The customer has not registered a car']);
  });

  it('says why the garage is not offered', () => {
    const closedOff = { ...garage, preferences: { ...garage.preferences, inHomeAccessPointIds: ['ap-1'] } };
    const answer = methodEligibility({ accessPoints: [door, { ...closedOff, opener: null }], car: null });
    expect(answer[1]).toMatchObject({ method: 'in_garage', available: false });
    expect(answer[1]!.reasons).toEqual([
      'The customer does not allow access through the Garage',
      'No garage door opener is paired to this door',
    ]);
    expect(methodEligibility({ accessPoints: [door], car: null })[1]!.reasons).toEqual([
      'The home has no garage set up for in-garage delivery',
    ]);
  });

  it('takes the car verdict as the car service gives it', () => {
    const car = { accessPointId: 'ap-car', reasons: [] };
    expect(methodEligibility({ accessPoints: [door], car })[2]).toEqual({
      method: 'in_car',
      available: true,
      reasons: [],
      accessPointId: 'ap-car',
    });
  });
});
