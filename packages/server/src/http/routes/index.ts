import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { homeEventRoutes } from '../../live/events-route.js';
import { accessPointRoutes } from './access-points.js';
import { alertRoutes } from './alerts.js';
import { apiKeyRoutes } from './api-keys.js';
import { authRoutes } from './auth.js';
import { buildingRoutes } from './buildings.js';
import { buildingAccessRoutes } from './buildings-access.js';
import { carRoutes } from './cars.js';
import { claimRoutes } from './claims.js';
import { claimPhotoRoutes } from './claims-photos.js';
import { claimSupportRoutes } from './claims-support.js';
import { clipRoutes } from './clips.js';
import { courierRoutes } from './courier.js';
import { deliveryRoutes } from './deliveries.js';
import { deliveryEligibilityRoutes } from './delivery-eligibility.js';
import { deviceRoutes } from './devices.js';
import { eligibilityRoutes } from './eligibility.js';
import { grantRoutes } from './grants.js';
import { grantPeopleRoutes } from './grants-people.js';
import { homeDataRoutes } from './home-data.js';
import { homeMemberRoutes } from './home-members.js';
import { homeRoutes } from './homes.js';
import { invitationRoutes } from './invitations.js';
import { ledgerRoutes } from './ledger.js';
import { lockerRoutes } from './lockers.js';
import { lockerClipRoutes } from './lockers-clips.js';
import { lockerPairingRoutes } from './lockers-pairing.js';
import { meRoutes } from './me.js';
import { notificationRoutes } from './notifications.js';
import { organisationRoutes } from './organisations.js';
import { preferenceRoutes } from './preferences.js';
import { servedAreaRoutes } from './served-areas.js';
import { visitPhotoRoutes } from './visit-photo.js';
import { visitRoutes } from './visits.js';
import { webhookRoutes } from './webhooks.js';

/**
 * Every area's routes, registered under /v1 by app.ts. Add an area by writing its plugin in this folder and listing
 * it here; then add its routes to test/support/route-cases.ts (the tenancy and malformed-input sweeps insist).
 */
export const apiRoutes: FastifyPluginAsyncTypebox[] = [
  authRoutes,
  meRoutes,
  invitationRoutes,
  organisationRoutes,
  apiKeyRoutes,
  homeRoutes,
  homeDataRoutes,
  homeMemberRoutes,
  accessPointRoutes,
  carRoutes,
  deviceRoutes,
  ledgerRoutes,
  lockerRoutes,
  buildingRoutes,
  buildingAccessRoutes,
  lockerPairingRoutes,
  lockerClipRoutes,
  homeEventRoutes,
  clipRoutes,
  preferenceRoutes,
  deliveryRoutes,
  deliveryEligibilityRoutes,
  eligibilityRoutes,
  servedAreaRoutes,
  courierRoutes,
  visitRoutes,
  visitPhotoRoutes,
  alertRoutes,
  notificationRoutes,
  grantRoutes,
  grantPeopleRoutes,
  webhookRoutes,
  claimRoutes,
  claimSupportRoutes,
  claimPhotoRoutes,
];
