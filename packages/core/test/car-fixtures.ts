import type { CarCheckInput, CarProfile, ParcelSpec, VehicleReport } from '../src/index.js';

// A car parked in the street outside a Lyon home, reporting a fresh fix, a courier beside it (car-checks tests).

export const NOW = Date.parse('2026-06-03T10:00:00Z'); // a Wednesday
export const SPOT = { lat: 45.764, lon: 4.8357 };

export const CAR: CarProfile = {
  id: 'car-1',
  label: 'red Volvo V70, AB12 CDE',
  parking: { ...SPOT, maxDistanceMeters: 150 },
  allowedWeekdays: [1, 2, 3, 4, 5],
  blocked: false,
  boot: { lengthCm: 100, widthCm: 90, heightCm: 50, maxValueCents: 50_000 },
};

export const REPORT: VehicleReport = {
  deviceId: 'veh-1',
  online: true,
  position: { lat: 45.7641, lon: 4.8358, accuracyMeters: 3 },
  reportedAtMs: NOW - 20_000,
  parked: true,
  parkedSinceMs: NOW - 3_600_000,
  ignition: 'off',
  boot: 'closed',
  locked: true,
};

export const PARCEL: ParcelSpec = { lengthCm: 40, widthCm: 30, heightCm: 20, valueCents: 4_999 };

/** The courier a metre or so from the car's reported position. */
export const AT_CAR = { lat: 45.76411, lon: 4.83581, accuracyMeters: 4 };

export const INPUT: CarCheckInput = {
  car: CAR,
  zone: 'Europe/Paris',
  report: REPORT,
  courier: AT_CAR,
  parcel: PARCEL,
};
