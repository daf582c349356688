import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AccessPointState,
  type AddressEligibilityInput,
  addressEligibility,
  type DeviceState,
  ELIGIBILITY_METHODS,
  ELIGIBILITY_REASONS,
  type EligibilityMethod,
  type KnownHome,
} from '../src/address-eligibility.js';
import type { Position } from '../src/served-area.js';
import { square } from './served-area-fixtures.js';

// docs/eligibility.md: every method for an address and a window, with stable reason codes.

const healthy: DeviceState = { online: true, battery: 90, clockSkewMs: 0, fault: false };
const door: AccessPointState = {
  id: 'ap-door',
  kind: 'door',
  cameraRequired: true,
  devices: { lock: healthy, camera: healthy },
};
const garage: AccessPointState = {
  id: 'ap-garage',
  kind: 'garage',
  cameraRequired: false,
  devices: { opener: healthy },
};
const home: KnownHome = {
  zone: 'Europe/Amsterdam',
  inPostalArea: true,
  accessPoints: [door, garage],
  inHomeAccessPointIds: ['ap-door', 'ap-garage'],
  daysOff: [],
  car: {
    blocked: false,
    allowedWeekdays: [1, 2, 3, 4, 5, 6, 7],
    vehiclePaired: true,
    boot: { lengthCm: 100, widthCm: 80, heightCm: 50, maxValueCents: 50_000 },
  },
  building: { lobby: [], packageRoom: [] },
};
const everything = [...ELIGIBILITY_METHODS];
const input: AddressEligibilityInput = {
  point: { lat: 52.37, lon: 4.89 },
  // Wednesday 2 December 2026, 09:00–12:00 in Amsterdam.
  window: { start: '2026-12-02T08:00:00Z', end: '2026-12-02T11:00:00Z' },
  areas: [{ id: 'sa-1', methods: everything, ring: square(4.8, 52.3, 0.2) }],
  areasDrawn: true,
  home,
  lockerRoom: [{ S: 0, M: 2 }],
  lockerSize: 'S',
  parcel: null,
  policy: { batteryFloorPercent: 15, maxClockSkewMs: 30_000 },
};

const answer = (i: AddressEligibilityInput) => Object.fromEntries(addressEligibility(i).map((m) => [m.method, m]));
const reasonsOf = (i: AddressEligibilityInput, method: EligibilityMethod) => answer(i)[method]?.reasons;

describe('address eligibility', () => {
  it('offers every method when everything is set up and served', () => {
    const all = addressEligibility(input);
    expect(all.map((m) => m.method)).toEqual(everything);
    expect(all.every((m) => m.available && m.reasons.length === 0)).toBe(true);
    expect(answer(input).in_home?.accessPointId).toBe('ap-door');
    expect(answer(input).in_garage?.accessPointId).toBe('ap-garage');
  });

  it('answers a stranger with not_a_customer for every home-bound method, and judges the rest by area', () => {
    const stranger = answer({ ...input, home: null });
    for (const m of ['in_home', 'in_garage', 'in_car', 'lobby', 'package_room'] as const) {
      expect(stranger[m]).toMatchObject({ available: false, reasons: ['not_a_customer'], accessPointId: null });
    }
    expect(stranger.doorstep?.available).toBe(true);
    expect(stranger.locker?.available).toBe(true);
  });

  it('says not_served for methods the areas around the point do not list, and everywhere without areas', () => {
    const onlyDoorstep = { ...input, areas: [{ id: 'sa-1', methods: ['doorstep'], ring: square(4.8, 52.3, 0.2) }] };
    const a = answer(onlyDoorstep);
    expect(a.doorstep?.available).toBe(true);
    expect(a.in_home?.reasons).toEqual(['not_served']);
    expect(a.locker?.reasons).toEqual(['not_served']);
    const outside = answer({ ...input, point: { lat: 51, lon: 4.89 } });
    expect(Object.values(outside).every((m) => m.reasons[0] === 'not_served')).toBe(true);
    expect(answer({ ...input, areas: [], areasDrawn: false, point: { lat: 0, lon: 0 } }).doorstep?.available).toBe(
      true,
    );
    // Areas drawn elsewhere, none around the point: nothing is served here.
    expect(reasonsOf({ ...input, areas: [] }, 'doorstep')).toEqual(['not_served']);
  });

  it('refuses every method for an invalid window, first reason window_invalid', () => {
    const bad = addressEligibility({
      ...input,
      window: { start: '2026-12-02T11:00:00Z', end: '2026-12-02T08:00:00Z' },
    });
    expect(bad.every((m) => !m.available && m.reasons[0] === 'window_invalid')).toBe(true);
  });

  it('carries the postal areas of an enrolled home', () => {
    const a = answer({ ...input, home: { ...home, inPostalArea: false } });
    expect(Object.values(a).every((m) => m.reasons.includes('outside_postal_area'))).toBe(true);
  });

  it('judges doors by the customer and by each device role', () => {
    expect(reasonsOf({ ...input, home: { ...home, inHomeAccessPointIds: ['ap-garage'] } }, 'in_home')).toEqual([
      'customer_disallows',
    ]);
    const withDoor = (devices: AccessPointState['devices']) => ({
      ...input,
      home: { ...home, accessPoints: [{ ...door, devices }, garage] },
    });
    expect(reasonsOf(withDoor({}), 'in_home')).toEqual(['lock_not_paired', 'camera_not_paired']);
    expect(reasonsOf(withDoor({ lock: { ...healthy, online: false }, camera: healthy }), 'in_home')).toEqual([
      'lock_offline',
    ]);
    for (const sick of [{ fault: true }, { battery: 15 }, { clockSkewMs: -31_000 }]) {
      expect(reasonsOf(withDoor({ lock: healthy, camera: { ...healthy, ...sick } }), 'in_home')).toEqual([
        'camera_unhealthy',
      ]);
    }
    expect(reasonsOf({ ...input, home: { ...home, accessPoints: [garage] } }, 'in_home')).toEqual(['no_access_point']);
  });

  it('asks a garage for its camera only when the customer wants one', () => {
    const recorded = { ...garage, cameraRequired: true };
    expect(reasonsOf({ ...input, home: { ...home, accessPoints: [door, recorded] } }, 'in_garage')).toEqual([
      'camera_not_paired',
    ]);
    const noOpener = { ...garage, devices: {} };
    expect(reasonsOf({ ...input, home: { ...home, accessPoints: [door, noOpener] } }, 'in_garage')).toEqual([
      'opener_not_paired',
    ]);
  });

  it('picks the first door that qualifies, else the first door with its reasons', () => {
    const back = { ...door, id: 'ap-back' };
    const broken = { ...door, devices: {} };
    const two = {
      ...input,
      home: { ...home, accessPoints: [broken, back], inHomeAccessPointIds: ['ap-door', 'ap-back'] },
    };
    expect(answer(two).in_home).toMatchObject({ available: true, accessPointId: 'ap-back' });
    const none = { ...two, home: { ...two.home, accessPoints: [broken, { ...back, devices: {} }] } };
    expect(answer(none).in_home).toMatchObject({ available: false, accessPointId: 'ap-door' });
  });

  it('refuses doors and garages on a day off the window touches in the home zone', () => {
    // 23:30 UTC on 2 December is 00:30 on 3 December in Amsterdam.
    const late = { start: '2026-12-02T22:00:00Z', end: '2026-12-02T23:30:00Z' };
    const off = { ...input, window: late, home: { ...home, daysOff: ['2026-12-03'] } };
    expect(reasonsOf(off, 'in_home')).toEqual(['customer_day_off']);
    expect(reasonsOf(off, 'in_garage')).toEqual(['customer_day_off']);
    expect(reasonsOf(off, 'doorstep')).toEqual([]);
  });

  it('judges the car: none, unpaired, blocked, the day, the parcel', () => {
    const car = home.car!;
    const withCar = (c: KnownHome['car'], parcel: AddressEligibilityInput['parcel'] = null) => ({
      ...input,
      parcel,
      home: { ...home, car: c },
    });
    expect(reasonsOf(withCar(null), 'in_car')).toEqual(['no_car']);
    expect(reasonsOf(withCar({ ...car, vehiclePaired: false, blocked: true }), 'in_car')).toEqual([
      'vehicle_not_paired',
      'car_blocked',
    ]);
    expect(reasonsOf(withCar({ ...car, allowedWeekdays: [1, 2] }), 'in_car')).toEqual(['car_day_not_allowed']);
    const big = { lengthCm: 200, widthCm: 10, heightCm: 10, valueCents: 100 };
    expect(reasonsOf(withCar(car, big), 'in_car')).toEqual(['parcel_does_not_fit']);
    expect(reasonsOf(withCar(car, { ...big, lengthCm: 50 }), 'in_car')).toEqual([]);
  });

  it('passes the building evaluator through for lobby and package room', () => {
    const building = { lobby: ['not_in_building'], packageRoom: ['not_in_building'] };
    const a = answer({ ...input, home: { ...home, building } });
    expect(a.lobby?.reasons).toEqual(['not_in_building']);
    expect(a.package_room?.reasons).toEqual(['not_in_building']);
  });

  it('offers a locker when a site near has a free compartment of the size or larger', () => {
    expect(reasonsOf({ ...input, lockerRoom: [] }, 'locker')).toEqual(['no_locker_nearby']);
    expect(reasonsOf({ ...input, lockerSize: 'L' }, 'locker')).toEqual(['no_locker_room']);
    expect(reasonsOf({ ...input, lockerSize: 'M' }, 'locker')).toEqual([]);
    expect(reasonsOf({ ...input, lockerRoom: [{}, { XL: 1 }], lockerSize: 'L' }, 'locker')).toEqual([]);
  });
});

describe('address eligibility, properties', () => {
  const device = fc.option(
    fc.record({
      online: fc.boolean(),
      battery: fc.integer({ min: 0, max: 100 }),
      clockSkewMs: fc.integer({ min: -60_000, max: 60_000 }),
      fault: fc.boolean(),
    }),
    { nil: undefined },
  );
  const devices = fc
    .record({ lock: device, camera: device, opener: device })
    .map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)));
  const accessPoint = fc.record({
    id: fc.constantFrom('ap-1', 'ap-2', 'ap-3'),
    kind: fc.constantFrom<'door' | 'garage'>('door', 'garage'),
    cameraRequired: fc.boolean(),
    devices,
  });
  const knownHome = fc.record({
    zone: fc.constantFrom('Europe/Amsterdam', 'America/New_York', 'Pacific/Auckland'),
    inPostalArea: fc.boolean(),
    accessPoints: fc.array(accessPoint, { maxLength: 3 }),
    inHomeAccessPointIds: fc.subarray(['ap-1', 'ap-2', 'ap-3']),
    daysOff: fc.subarray(['2026-12-01', '2026-12-02', '2026-12-03']),
    car: fc.option(
      fc.record({
        blocked: fc.boolean(),
        allowedWeekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7] as const),
        vehiclePaired: fc.boolean(),
        boot: fc.constant(home.car!.boot),
      }),
      { nil: null },
    ),
    building: fc.record({
      lobby: fc.constantFrom([], ['not_in_building'], ['no_usable_entrance']),
      packageRoom: fc.constantFrom([], ['not_in_building'], ['no_package_room']),
    }),
  });
  const area = fc.record({
    id: fc.constant('sa'),
    methods: fc.subarray(everything),
    ring: fc
      .tuple(fc.double({ min: 4, max: 5, noNaN: true }), fc.double({ min: 52, max: 53, noNaN: true }))
      .map(([lon, lat]) => square(lon, lat, 0.5)),
  });
  const drawnInput: fc.Arbitrary<AddressEligibilityInput> = fc.record({
    point: fc.record({
      lat: fc.double({ min: 51.5, max: 53.5, noNaN: true }),
      lon: fc.double({ min: 3.5, max: 5.5, noNaN: true }),
    }),
    window: fc.tuple(fc.integer({ min: 0, max: 96 }), fc.integer({ min: -2, max: 12 })).map(([startQ, hours]) => {
      const start = Date.parse('2026-12-01T00:00:00Z') + startQ * 900_000;
      return { start: new Date(start).toISOString(), end: new Date(start + hours * 3_600_000).toISOString() };
    }),
    areas: fc.array(area, { maxLength: 3 }),
    areasDrawn: fc.constant(true),
    home: fc.option(knownHome, { nil: null }),
    lockerRoom: fc.array(fc.record({ S: fc.nat(2), M: fc.nat(2), L: fc.nat(2), XL: fc.nat(2) }, { requiredKeys: [] }), {
      maxLength: 3,
    }),
    lockerSize: fc.constantFrom('S', 'M', 'L', 'XL'),
    parcel: fc.constant(null),
    policy: fc.constant(input.policy),
  });
  // A carrier that drew no area serves everywhere; one that drew some, only inside them.
  const anyInput = drawnInput.map((i) => ({ ...i, areasDrawn: i.areas.length > 0 }));

  it('is available exactly when there is no reason, and every reason is a known code', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const all = addressEligibility(i);
        expect(all.map((m) => m.method)).toEqual(everything);
        for (const m of all) {
          expect(m.available).toBe(m.reasons.length === 0);
          for (const r of m.reasons) expect(ELIGIBILITY_REASONS).toContain(r);
        }
      }),
    );
  });

  it('offers the doorstep exactly when the window is valid and the address is served for it', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const doorstep = addressEligibility(i).find((m) => m.method === 'doorstep')!;
        const valid = Date.parse(i.window.end) > Date.parse(i.window.start);
        const inArea =
          i.areas.length === 0 ||
          i.areas.some((a) => a.methods.includes('doorstep') && answerInside(i.point, a.ring as Position[]));
        const postal = i.home === null || i.home.inPostalArea;
        expect(doorstep.available).toBe(valid && inArea && postal);
      }),
    );
  });

  it('never offers a home-bound method to an address that is no known home', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const stranger = addressEligibility({ ...i, home: null });
        for (const m of stranger.filter((x) => !['doorstep', 'locker'].includes(x.method))) {
          expect(m.available).toBe(false);
          expect(m.reasons).toContain('not_a_customer');
        }
      }),
    );
  });

  it('never makes a method available by removing one of several areas', () => {
    fc.assert(
      fc.property(drawnInput, fc.nat(2), (i, n) => {
        const before = addressEligibility(i);
        const fewer = addressEligibility({ ...i, areas: i.areas.slice(0, n) });
        before.forEach((m, k) => {
          if (!m.available) expect(fewer[k]!.available).toBe(false);
        });
      }),
    );
  });
});

/** The rectangle test for the squares the arbitraries draw (axis-aligned). */
function answerInside(p: { lat: number; lon: number }, ring: Position[]): boolean {
  const [[x0, y0], , [x1, y1]] = ring as [Position, Position, Position];
  return p.lon > x0 && p.lon < x1 && p.lat > y0 && p.lat < y1;
}
