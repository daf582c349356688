import { describe, expect, it } from 'vitest';
import {
  bootSecured,
  carEligibilityReasons,
  carUnlockAllowed,
  decideFallback,
  evaluateCarChecks,
  evaluateCarUnlockChecks,
} from '../src/index.js';
import { CAR, INPUT, NOW, PARCEL, REPORT } from './car-fixtures.js';

const failed = (checks: { name: string; passed: boolean }[]) => checks.filter((c) => !c.passed).map((c) => c.name);

describe('car checks', () => {
  it('all pass for a fresh report of a car parked where the customer parks, the courier beside it', () => {
    const checks = evaluateCarUnlockChecks(INPUT, REPORT, NOW);
    expect(failed(checks)).toEqual([]);
    expect(carUnlockAllowed(checks)).toBe(true);
  });

  it('names each failure in plain words', () => {
    const cases: [Partial<typeof INPUT>, string, string][] = [
      [
        { report: { ...REPORT, reportedAtMs: NOW - 600_000 } },
        'car_report_recent',
        'The car has not reported recently',
      ],
      [{ report: { ...REPORT, online: false } }, 'car_report_recent', 'The car is not connected'],
      [{ report: null }, 'car_report_recent', 'The car has not reported where it is'],
      [
        { report: { ...REPORT, position: { lat: 45.77, lon: 4.8357, accuracyMeters: 5 } } },
        'car_near_address',
        'The car is 670 m from where it is usually parked',
      ],
      [{ report: { ...REPORT, ignition: 'on' } }, 'car_parked', 'The car\u2019s engine is running'],
      [{ report: { ...REPORT, parkedSinceMs: NOW - 60_000 } }, 'car_parked', 'The car has only just parked'],
      [{ courier: { lat: 45.7645, lon: 4.8358, accuracyMeters: 5 } }, 'courier_at_car', 'You are 44 m from the car'],
      [{ courier: null }, 'courier_at_car', 'Your phone has not shared its location'],
      [{ parcel: { ...PARCEL, heightCm: 120 } }, 'parcel_fits', 'The parcel does not fit the car\u2019s boot'],
      [
        { parcel: { ...PARCEL, valueCents: 90_000 } },
        'parcel_fits',
        'The parcel is worth more than the customer allows in the car',
      ],
      [{ parcel: null }, 'parcel_fits', 'The parcel\u2019s size and value were not declared'],
      [{ car: { ...CAR, blocked: true } }, 'customer_allows', 'The customer has blocked access to the car'],
      [
        { car: { ...CAR, allowedWeekdays: [6, 7] } },
        'customer_allows',
        'The customer does not allow in-car delivery today',
      ],
    ];
    for (const [patch, name, reason] of cases) {
      const checks = evaluateCarChecks({ ...INPUT, ...patch }, NOW);
      const check = checks.find((c) => c.name === name)!;
      expect(check, name).toMatchObject({ passed: false, reason });
      expect(carUnlockAllowed(checks)).toBe(false);
    }
  });

  it('a parcel fits in any orientation', () => {
    const turned = { ...PARCEL, lengthCm: 45, widthCm: 95, heightCm: 20 };
    expect(evaluateCarChecks({ ...INPUT, parcel: turned }, NOW).find((c) => c.name === 'parcel_fits')?.passed).toBe(
      true,
    );
  });

  it('refuses the unlock when the car was driven off and parked again, or is moving', () => {
    const reparked = { ...REPORT, parkedSinceMs: NOW - 360_000 };
    const driving = { ...REPORT, parked: false, parkedSinceMs: null, ignition: 'on' as const };
    for (const now of [reparked, driving]) {
      const checks = evaluateCarUnlockChecks({ ...INPUT, report: now }, REPORT, NOW);
      expect(checks.find((c) => c.name === 'car_not_moved')?.passed).toBe(false);
      expect(carUnlockAllowed(checks)).toBe(false);
    }
  });

  it('an unlock check list missing a check is not enough', () => {
    const checks = evaluateCarChecks(INPUT, NOW);
    expect(checks.every((c) => c.passed)).toBe(true);
    expect(carUnlockAllowed(checks)).toBe(false);
  });

  it('the boot is secured only closed and locked', () => {
    expect(bootSecured({ boot: 'closed', locked: true })).toBe(true);
    expect(bootSecured({ boot: 'closed', locked: false })).toBe(false);
    expect(bootSecured({ boot: 'open', locked: true })).toBe(false);
  });
});

describe('car eligibility at booking', () => {
  const base = {
    car: CAR,
    vehiclePaired: true,
    parcel: PARCEL,
    window: { start: '2026-06-03T10:00:00+02:00', end: '2026-06-03T12:00:00+02:00' },
    zone: 'Europe/Paris',
    servedArea: { served: true, reason: null },
  };

  it('offers the car when everything known in advance allows it', () => {
    expect(carEligibilityReasons(base)).toEqual([]);
  });

  it('lists every reason it does not', () => {
    expect(carEligibilityReasons({ ...base, car: null })).toEqual(['The customer has not registered a car']);
    expect(
      carEligibilityReasons({
        ...base,
        car: { ...CAR, blocked: true, allowedWeekdays: [6] },
        vehiclePaired: false,
        parcel: null,
      }),
    ).toEqual([
      'No connected vehicle is paired to the customer\u2019s car',
      'The customer has blocked access to the car',
      'The customer does not allow in-car delivery that day',
      'The parcel\u2019s size and value were not declared',
    ]);
  });
});

describe('what the courier does when the car checks fail', () => {
  it('walks to the car when only the courier is away from it, and falls back when the car is not there', () => {
    const away = evaluateCarChecks({ ...INPUT, courier: { lat: 45.7645, lon: 4.8358, accuracyMeters: 5 } }, NOW);
    expect(
      decideFallback(
        'doorstep',
        away.filter((c) => !c.passed),
      ),
    ).toMatchObject({ kind: 'retry' });
    const gone = evaluateCarChecks({ ...INPUT, report: null }, NOW);
    expect(
      decideFallback(
        'doorstep',
        gone.filter((c) => !c.passed),
      ),
    ).toMatchObject({
      kind: 'fallback',
      method: 'doorstep',
      reason: 'The car has not reported where it is',
    });
  });
});
