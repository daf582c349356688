import type { LatLon } from './geofence.js';

// Served areas (docs/eligibility.md "Served areas"): polygons a carrier draws where it serves which delivery methods.
// A ring is GeoJSON's (RFC 7946 §3.1.6): [lon, lat] positions, closed (the last equals the first), at least four
// positions. Holes are not supported: a carrier that needs one draws two polygons.

/** [longitude, latitude], in that order, as GeoJSON writes positions. */
export type Position = readonly [number, number];
export type Ring = readonly Position[];

/** Bounds that keep a served area a town or a region, never the planet by a typo. */
export const RING_LIMITS = {
  minPositions: 4,
  maxPositions: 1000,
  /** Degrees of latitude or longitude the area may span (about 550 km north–south). */
  maxSpanDegrees: 5,
  /** Square degrees an area must at least cover (about 10 m × 10 m near the equator). */
  minAreaSquareDegrees: 1e-8,
} as const;

export interface Bounds {
  readonly minLat: number;
  readonly maxLat: number;
  readonly minLon: number;
  readonly maxLon: number;
}

export type RingProblem =
  | 'too_few_positions'
  | 'too_many_positions'
  | 'not_a_position'
  | 'out_of_range'
  | 'not_closed'
  | 'too_large'
  | 'no_area';

export function boundsOf(ring: Ring): Bounds {
  const lats = ring.map((p) => p[1]);
  const lons = ring.map((p) => p[0]);
  return { minLat: Math.min(...lats), maxLat: Math.max(...lats), minLon: Math.min(...lons), maxLon: Math.max(...lons) };
}

/** Twice the signed area in square degrees (shoelace); positive when the ring runs anticlockwise. */
function doubleSignedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));

/** Why a ring cannot be a served area, or null. Either winding order is accepted. */
export function ringProblem(ring: readonly unknown[]): RingProblem | null {
  if (ring.length < RING_LIMITS.minPositions) return 'too_few_positions';
  if (ring.length > RING_LIMITS.maxPositions) return 'too_many_positions';
  if (!ring.every(isPosition)) return 'not_a_position';
  const positions = ring as Ring;
  if (positions.some(([lon, lat]) => Math.abs(lon) > 180 || Math.abs(lat) > 90)) return 'out_of_range';
  const first = positions[0] as Position;
  const last = positions.at(-1) as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) return 'not_closed';
  const b = boundsOf(positions);
  if (b.maxLat - b.minLat > RING_LIMITS.maxSpanDegrees || b.maxLon - b.minLon > RING_LIMITS.maxSpanDegrees) {
    return 'too_large';
  }
  if (Math.abs(doubleSignedArea(positions)) / 2 < RING_LIMITS.minAreaSquareDegrees) return 'no_area';
  return null;
}

/**
 * Whether the point lies inside the ring (even–odd rule, a ray cast towards +longitude). A point exactly on an edge
 * may fall either way; served areas are drawn generously, so that is harmless.
 */
export function pointInRing(point: LatLon, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > point.lat !== yj > point.lat && point.lon < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

export interface ServedArea {
  readonly id: string;
  readonly methods: readonly string[];
  readonly ring: Ring;
}

/**
 * The methods a carrier serves at a point: the union over its areas that contain it, or `everywhere` when the carrier
 * drew no area at all (the rule before polygons: a carrier that declared nothing serves every address it is asked).
 * `drawn` says whether the carrier has any area, for callers that pass only the areas around the point.
 */
export function servedMethodsAt(
  point: LatLon,
  areas: readonly ServedArea[],
  drawn = areas.length > 0,
): 'everywhere' | ReadonlySet<string> {
  if (!drawn) return 'everywhere';
  const methods = new Set<string>();
  for (const area of areas) if (pointInRing(point, area.ring)) for (const m of area.methods) methods.add(m);
  return methods;
}
