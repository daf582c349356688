import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  carUnlockAllowed,
  DEFAULT_CAR_POLICY,
  evaluateCarUnlockChecks,
  haversineMeters,
  type ReportedPosition,
  type VehicleReport,
} from '../src/index.js';
import { INPUT, NOW, REPORT } from './car-fixtures.js';

// Acceptance: no car unlock when the courier is outside the moving geofence, or the car moved since the last check.

const { courierRadiusMeters, maxAccuracyCreditMeters, maxDriftMeters } = DEFAULT_CAR_POLICY;

/** A fix up to ~300 m from the car's, with any accuracy a phone or a car may claim. */
const nearby = (origin: ReportedPosition): fc.Arbitrary<ReportedPosition> =>
  fc
    .record({
      dLat: fc.double({ min: -0.003, max: 0.003, noNaN: true }),
      dLon: fc.double({ min: -0.004, max: 0.004, noNaN: true }),
      accuracyMeters: fc.double({ min: 0, max: 500, noNaN: true }),
      scale: fc.constantFrom(1, 0.1, 0.01),
    })
    .map(({ dLat, dLon, accuracyMeters, scale }) => ({
      lat: origin.lat + dLat * scale,
      lon: origin.lon + dLon * scale,
      accuracyMeters,
    }));

const nowReport: fc.Arbitrary<VehicleReport> = fc
  .record({
    position: nearby(REPORT.position),
    reparkedAgoMs: fc.option(fc.integer({ min: DEFAULT_CAR_POLICY.minParkedMs, max: 7_200_000 }), { nil: undefined }),
    parked: fc.boolean(),
    ignition: fc.constantFrom<'on' | 'off'>('on', 'off'),
  })
  .map(({ position, reparkedAgoMs, parked, ignition }) => ({
    ...REPORT,
    position,
    parked,
    ignition,
    parkedSinceMs: !parked ? null : reparkedAgoMs === undefined ? REPORT.parkedSinceMs : NOW - reparkedAgoMs,
  }));

describe('car unlock decision (property)', () => {
  it('never allows an unlock with the courier outside the moving geofence', () => {
    fc.assert(
      fc.property(nearby(REPORT.position), (courier) => {
        const checks = evaluateCarUnlockChecks({ ...INPUT, courier }, REPORT, NOW);
        const credit = Math.min(courier.accuracyMeters + REPORT.position.accuracyMeters, maxAccuracyCreditMeters);
        const outside = haversineMeters(courier, REPORT.position) - credit > courierRadiusMeters;
        if (outside) expect(carUnlockAllowed(checks)).toBe(false);
        // Never more than the radius plus the capped credit, whatever accuracy the phone claims.
        if (carUnlockAllowed(checks)) {
          expect(haversineMeters(courier, REPORT.position)).toBeLessThanOrEqual(
            courierRadiusMeters + maxAccuracyCreditMeters + 1e-6,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never allows an unlock when the car moved, re-parked or is running since the arrival saw it', () => {
    fc.assert(
      fc.property(nowReport, (now) => {
        // The courier follows the car: only the car's own movement is under test here.
        const courier = { ...now.position, accuracyMeters: 1 };
        const checks = evaluateCarUnlockChecks({ ...INPUT, report: now, courier }, REPORT, NOW);
        const moved =
          haversineMeters(now.position, REPORT.position) > maxDriftMeters + maxAccuracyCreditMeters ||
          now.parkedSinceMs !== REPORT.parkedSinceMs ||
          !now.parked ||
          now.ignition !== 'off';
        if (moved) expect(carUnlockAllowed(checks)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
