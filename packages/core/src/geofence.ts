import { type Check, verdict } from './check.js';

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

export interface HomeFence extends LatLon {
  readonly radiusMeters: number;
}

export interface ReportedPosition extends LatLon {
  /** The phone's reported horizontal accuracy (68 % radius, as the Geolocation API defines it). */
  readonly accuracyMeters: number;
}

/** Mean Earth radius (IUGG), metres; haversine on a sphere errs by < 0.5 %, far below a phone's accuracy. */
const EARTH_RADIUS_METERS = 6_371_008.8;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance in metres between two points (haversine formula). */
export function haversineMeters(a: LatLon, b: LatLon): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A distance as a person says it: "7 m", "480 m" (tens of metres), "1.2 km", "12 km".
 * Rounding happens before the unit is chosen, so 996 m reads "1.0 km", never "1000 m".
 */
export function formatDistance(meters: number): string {
  const m = Math.max(0, meters);
  const rounded = m < 100 ? Math.round(m) : Math.round(m / 10) * 10;
  if (rounded < 1000) return `${rounded} m`;
  const km = m / 1000;
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}

/**
 * Passes when the position, given credit for its reported accuracy (capped, so a vague fix cannot stretch the fence
 * arbitrarily), is within the home's radius: distance − min(accuracy, cap) ≤ radius.
 */
export function checkGeofence(home: HomeFence, position: ReportedPosition, maxAccuracyCreditMeters = 50): Check {
  const distanceMeters = haversineMeters(home, position);
  const creditedMeters = Math.min(Math.max(0, position.accuracyMeters), maxAccuracyCreditMeters);
  const evidence = {
    distanceMeters: Math.round(distanceMeters * 10) / 10,
    accuracyMeters: position.accuracyMeters,
    radiusMeters: home.radiusMeters,
    creditedMeters,
  };
  if (!Number.isFinite(distanceMeters)) return verdict('within_geofence', 'Your location could not be read', evidence);
  const inside = distanceMeters - creditedMeters <= home.radiusMeters;
  return verdict(
    'within_geofence',
    inside ? null : `You are ${formatDistance(distanceMeters)} from the address`,
    evidence,
  );
}
