import { type Check, firstFailure, verdict } from './check.js';
import type { CheckInput } from './check-input.js';
import { checkGeofence } from './geofence.js';
import { dayOffAt } from './schedule.js';

/** The reported position is inside the home's geofence (see geofence.ts for the accuracy credit). */
export function checkWithinGeofence(
  input: Pick<CheckInput, 'home' | 'position'>,
  maxAccuracyCreditMeters: number,
): Check {
  if (input.position === null) {
    return verdict('within_geofence', 'Your phone has not shared its location', {
      radiusMeters: input.home.radiusMeters,
    });
  }
  return checkGeofence(input.home, input.position, maxAccuracyCreditMeters);
}

/** The customer allows in-home access at this access point now: opened to it, not a day off, pets not loose. */
export function checkCustomerAllows(
  input: Pick<CheckInput, 'home' | 'accessPoint' | 'preferences'>,
  nowMs: number,
): Check {
  const { home, accessPoint, preferences } = input;
  const allowedHere = preferences.inHomeAccessPointIds.includes(accessPoint.id);
  const dayOff = dayOffAt(preferences.daysOff, nowMs, home.zone);
  const failure = firstFailure(
    !allowedHere && `The customer does not allow access through the ${accessPoint.name}`,
    dayOff !== null && 'The customer asked for no one to enter today',
    preferences.pets === 'loose' && 'The customer says a pet is loose inside',
  );
  return verdict('customer_allows', failure, {
    accessPointId: accessPoint.id,
    allowedHere,
    dayOff,
    zone: home.zone,
    pets: preferences.pets,
  });
}

/** The home is in an area the carrier or provider serves, with an eligible membership (decided by the service). */
export function checkServedArea(input: Pick<CheckInput, 'servedArea'>): Check {
  const { served, reason } = input.servedArea;
  const failure = served ? null : (reason ?? 'This address is not in a served area');
  return verdict('served_area', failure, { served, reason });
}

/** No other visit is open at this access point: one passage at a time through one door. */
export function checkNoOpenVisit(input: Pick<CheckInput, 'visitId' | 'accessPoint' | 'openVisits'>): Check {
  const others = input.openVisits
    .filter((v) => v.accessPointId === input.accessPoint.id && v.visitId !== input.visitId)
    .map((v) => v.visitId);
  const failure = others.length > 0 ? 'Someone else is using this door right now' : null;
  return verdict('no_open_visit', failure, { accessPointId: input.accessPoint.id, openVisitIds: others });
}
