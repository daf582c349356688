import { accountsCases } from './route-cases/accounts.js';
import { buildingsCases } from './route-cases/buildings.js';
import { carsCases } from './route-cases/cars.js';
import { claimsCases } from './route-cases/claims.js';
import { deliveriesCases } from './route-cases/deliveries.js';
import { devicesCases } from './route-cases/devices.js';
import { eligibilityCases } from './route-cases/eligibility.js';
import { grantsCases } from './route-cases/grants.js';
import { homeDataCases } from './route-cases/home-data.js';
import { homesCases } from './route-cases/homes.js';
import { lockersCases } from './route-cases/lockers.js';
import { notificationsCases } from './route-cases/notifications.js';
import { recordsCases } from './route-cases/records.js';
import type { RouteCase } from './route-cases/shared.js';
import { webhooksCases } from './route-cases/webhooks.js';

export type { RouteCase, World } from './route-cases/shared.js';

/** Every route's case, by area (route-cases/*.ts); the sweeps in http-sweeps.test.ts read this table. */
export const routeCases: Record<string, RouteCase> = {
  ...accountsCases,
  ...homesCases,
  ...homeDataCases,
  ...recordsCases,
  ...devicesCases,
  ...deliveriesCases,
  ...webhooksCases,
  ...notificationsCases,
  ...grantsCases,
  ...claimsCases,
  ...lockersCases,
  ...buildingsCases,
  ...carsCases,
  ...eligibilityCases,
};
