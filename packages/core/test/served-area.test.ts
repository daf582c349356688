import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  type Position,
  pointInRing,
  RING_LIMITS,
  type Ring,
  ringProblem,
  servedMethodsAt,
} from '../src/served-area.js';
import { square } from './served-area-fixtures.js';

// docs/eligibility.md "Served areas": rings are validated, and a point is inside by the even–odd rule.

/** An L shape: a concave ring, so the even–odd rule is exercised on a notch. */
const ell: Ring = [
  [0, 0],
  [2, 0],
  [2, 1],
  [1, 1],
  [1, 2],
  [0, 2],
  [0, 0],
];

describe('ring validation', () => {
  it('accepts a closed square in either winding order', () => {
    expect(ringProblem(square(4.8, 52.3, 0.1))).toBeNull();
    expect(ringProblem([...square(4.8, 52.3, 0.1)].reverse())).toBeNull();
  });

  it('names what is wrong with a ring', () => {
    expect(ringProblem(square(4.8, 52.3, 0.1).slice(0, 3))).toBe('too_few_positions');
    expect(ringProblem(Array.from({ length: RING_LIMITS.maxPositions + 1 }, () => [0, 0]))).toBe('too_many_positions');
    for (const bad of [
      [1, 1, 1],
      [1, Number.NaN],
      ['1', 1],
    ]) {
      expect(ringProblem([[0, 0], [1, 0], bad, [0, 0]])).toBe('not_a_position');
    }
    expect(ringProblem(square(179.95, 10, 0.1))).toBe('out_of_range');
    expect(ringProblem(square(10, 89.95, 0.1))).toBe('out_of_range');
    expect(
      ringProblem(
        square(4.8, 52.3, 0.1)
          .slice(0, 4)
          .concat([[4.8, 52.31]]),
      ),
    ).toBe('not_closed');
    expect(ringProblem(square(0, 0, 6))).toBe('too_large');
    expect(
      ringProblem([
        [0, 0],
        [1, 0],
        [2, 0],
        [0, 0],
      ]),
    ).toBe('no_area');
    expect(ringProblem(square(0, 0, 1e-5))).toBe('no_area');
  });

  it('bounds a ring', () => {
    expect(boundsOf(ell)).toEqual({ minLat: 0, maxLat: 2, minLon: 0, maxLon: 2 });
  });
});

describe('point in ring', () => {
  it('finds points inside and outside a concave ring', () => {
    expect(pointInRing({ lon: 0.5, lat: 0.5 }, ell)).toBe(true);
    expect(pointInRing({ lon: 1.5, lat: 0.5 }, ell)).toBe(true);
    expect(pointInRing({ lon: 0.5, lat: 1.5 }, ell)).toBe(true);
    expect(pointInRing({ lon: 1.5, lat: 1.5 }, ell)).toBe(false); // the notch
    expect(pointInRing({ lon: -0.5, lat: 0.5 }, ell)).toBe(false);
    expect(pointInRing({ lon: 2.5, lat: 0.5 }, ell)).toBe(false);
  });

  it('reads longitude first: a ring over Amsterdam does not contain its mirror', () => {
    const amsterdam = square(4.8, 52.3, 0.2);
    expect(pointInRing({ lat: 52.37, lon: 4.89 }, amsterdam)).toBe(true);
    expect(pointInRing({ lat: 4.89, lon: 52.37 }, amsterdam)).toBe(false);
  });

  const coordinate = fc.double({ min: -50, max: 50, noNaN: true });
  const offset = fc.double({ min: -30, max: 30, noNaN: true });
  const within = fc.double({ min: 0.01, max: 0.99, noNaN: true });

  it('keeps a point inside (or outside) when the point and the ring move together', () => {
    fc.assert(
      fc.property(coordinate, coordinate, offset, offset, within, within, (lon, lat, dx, dy, u, v) => {
        // Points on a grid of quarters of the L's cells never sit on an edge, so the answer is exact.
        const p = { lon: Math.round(u * 8) / 4 + 0.125, lat: Math.round(v * 8) / 4 + 0.125 };
        const base = pointInRing(p, ell);
        const moved = ell.map(([x, y]) => [x + lon + dx, y + lat + dy] as Position);
        const q = { lon: p.lon + lon + dx, lat: p.lat + lat + dy };
        expect(pointInRing(q, moved)).toBe(base);
      }),
    );
  });

  it('does not depend on the winding order or the starting vertex', () => {
    const open = ell.slice(0, -1);
    fc.assert(
      fc.property(fc.nat({ max: open.length - 1 }), fc.boolean(), within, within, (start, reverse, u, v) => {
        const rotated = [...open.slice(start), ...open.slice(0, start)];
        const ordered = reverse ? rotated.reverse() : rotated;
        const ring = [...ordered, ordered[0] as Position];
        const p = { lon: u * 2.2 - 0.1, lat: v * 2.2 - 0.1 };
        expect(pointInRing(p, ring)).toBe(pointInRing(p, ell));
      }),
    );
  });

  it('agrees with the rectangle test for squares', () => {
    fc.assert(
      fc.property(
        coordinate,
        coordinate,
        fc.double({ min: 0.01, max: 4, noNaN: true }),
        within,
        within,
        (x, y, s, u, v) => {
          const p = { lon: x + (u * 3 - 1) * s, lat: y + (v * 3 - 1) * s };
          const inside = p.lon > x && p.lon < x + s && p.lat > y && p.lat < y + s;
          const onEdge = [x, x + s].includes(p.lon) || [y, y + s].includes(p.lat);
          fc.pre(!onEdge);
          expect(pointInRing(p, square(x, y, s))).toBe(inside);
        },
      ),
    );
  });
});

describe('served methods at a point', () => {
  const centre = { id: 'sa-1', methods: ['doorstep', 'in_home'], ring: square(4.8, 52.3, 0.2) };
  const region = { id: 'sa-2', methods: ['doorstep', 'locker'], ring: square(4.5, 52.0, 1) };

  it('is everywhere when the carrier drew no area', () => {
    expect(servedMethodsAt({ lat: 0, lon: 0 }, [])).toBe('everywhere');
  });

  it('is the union of the methods of the areas that contain the point', () => {
    expect([...(servedMethodsAt({ lat: 52.37, lon: 4.89 }, [centre, region]) as Set<string>)].sort()).toEqual([
      'doorstep',
      'in_home',
      'locker',
    ]);
    expect([...(servedMethodsAt({ lat: 52.9, lon: 5.3 }, [centre, region]) as Set<string>)].sort()).toEqual([
      'doorstep',
      'locker',
    ]);
    expect((servedMethodsAt({ lat: 40, lon: 0 }, [centre, region]) as Set<string>).size).toBe(0);
  });
});
