import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGeofence, formatDistance, haversineMeters } from '../src/index.js';

const home = { lat: 51.5007, lon: -0.1246, radiusMeters: 100 };

describe('haversineMeters', () => {
  it('measures one degree of latitude as about 111.2 km', () => {
    expect(haversineMeters({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111_195, 0);
  });
  it('measures London to Paris as about 343.6 km', () => {
    expect(Math.round(haversineMeters({ lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 }) / 100) / 10).toBe(
      343.6,
    );
  });
  it('is zero for the same point and symmetric', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -89, max: 89, noNaN: true }),
        fc.double({ min: -179, max: 179, noNaN: true }),
        fc.double({ min: -89, max: 89, noNaN: true }),
        fc.double({ min: -179, max: 179, noNaN: true }),
        (a, b, c, d) => {
          const p = { lat: a, lon: b };
          const q = { lat: c, lon: d };
          expect(haversineMeters(p, p)).toBe(0);
          expect(Math.abs(haversineMeters(p, q) - haversineMeters(q, p))).toBeLessThan(1e-6);
        },
      ),
    );
  });
});

describe('formatDistance', () => {
  it.each([
    [7.4, '7 m'],
    [99.6, '100 m'],
    [483, '480 m'],
    [996, '1.0 km'],
    [1234, '1.2 km'],
    [12_345, '12 km'],
  ])('%d m reads %s', (m, text) => {
    expect(formatDistance(m)).toBe(text);
  });
});

describe('checkGeofence', () => {
  // 0.001° of latitude ≈ 111.2 m.
  const north = (meters: number, accuracyMeters: number) => ({
    lat: home.lat + meters / 111_195,
    lon: home.lon,
    accuracyMeters,
  });

  it('passes inside the radius and records the evidence', () => {
    const check = checkGeofence(home, north(40, 10));
    expect(check).toEqual({
      name: 'within_geofence',
      passed: true,
      reason: null,
      evidence: { distanceMeters: 40, accuracyMeters: 10, radiusMeters: 100, creditedMeters: 10 },
    });
  });
  it('credits the accuracy: 140 m away with ±45 m passes a 100 m fence', () => {
    expect(checkGeofence(home, north(140, 45)).passed).toBe(true);
  });
  it('caps the credit: 200 m away with ±500 m fails, credited only 50 m', () => {
    const check = checkGeofence(home, north(200, 500));
    expect(check.passed).toBe(false);
    expect(check.evidence.creditedMeters).toBe(50);
    expect(check.reason).toBe('You are 200 m from the address');
  });
  it('honours a custom cap', () => {
    expect(checkGeofence(home, north(140, 45), 20).passed).toBe(false);
  });
  it('says km above a kilometre', () => {
    expect(checkGeofence(home, north(2500, 5)).reason).toBe('You are 2.5 km from the address');
  });
  it('fails on an unreadable position', () => {
    expect(checkGeofence(home, { lat: Number.NaN, lon: 0, accuracyMeters: 5 }).reason).toBe(
      'Your location could not be read',
    );
  });
  it('passes exactly when distance − min(accuracy, cap) ≤ radius', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 300 }), (meters, accuracy) => {
        const pos = north(meters, accuracy);
        const expected = haversineMeters(home, pos) - Math.min(accuracy, 50) <= home.radiusMeters;
        expect(checkGeofence(home, pos).passed).toBe(expected);
      }),
    );
  });
});
