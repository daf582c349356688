import type { Migration } from 'kysely';
import * as foundation from './20261125-0001-foundation.js';
import * as visits from './20261125-0002-visits.js';
import * as platformStaff from './20261202-0001-platform-staff.js';
import * as signInAttempts from './20261202-0003-sign-in-attempts.js';
import * as deviceTrust from './20261202-0004-device-trust.js';
import * as grants from './20261202-0005-grants.js';
import * as webhooks from './20261202-0006-webhooks.js';
import * as notifications from './20261202-0007-notifications.js';
import * as claims from './20261202-0008-claims.js';
import * as clipDeviceEvents from './20261202-0008-clip-device-events.js';
import * as retention from './20261202-0009-retention.js';
import * as cars from './20261202-0041-cars.js';
import * as lockers from './20261202-0060-lockers.js';
import * as cluster from './20261202-0070-cluster.js';
import * as buildings from './20261202-0080-buildings.js';
import * as servedAreas from './20261202-0090-served-areas.js';
import * as lockerSiteCameras from './20261202-0110-locker-site-cameras.js';
import * as lockerOpenIat from './20261202-0120-locker-open-iat.js';
import * as lockerOpeningHours from './20261202-0130-locker-opening-hours.js';
import * as visitsDelivery from './20261202-0140-visits-delivery.js';

// A static map rather than a folder scan, so migrations run the same from src (tests) and dist (production).
// Names sort by time; append new migrations at the end.
export const migrations: Record<string, Migration> = {
  '20261125-0001-foundation': foundation,
  '20261125-0002-visits': visits,
  '20261202-0001-platform-staff': platformStaff,
  '20261202-0003-sign-in-attempts': signInAttempts,
  '20261202-0004-device-trust': deviceTrust,
  '20261202-0005-grants': grants,
  '20261202-0006-webhooks': webhooks,
  '20261202-0007-notifications': notifications,
  '20261202-0008-clip-device-events': clipDeviceEvents,
  '20261202-0008-claims': claims,
  '20261202-0009-retention': retention,
  '20261202-0041-cars': cars,
  '20261202-0060-lockers': lockers,
  '20261202-0070-cluster': cluster,
  '20261202-0080-buildings': buildings,
  '20261202-0090-served-areas': servedAreas,
  '20261202-0110-locker-site-cameras': lockerSiteCameras,
  '20261202-0120-locker-open-iat': lockerOpenIat,
  '20261202-0130-locker-opening-hours': lockerOpeningHours,
  '20261202-0140-visits-delivery': visitsDelivery,
};
