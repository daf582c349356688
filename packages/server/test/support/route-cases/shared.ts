import type { InjectOptions } from 'fastify';
import type { TenantClaims } from '../claims-world.js';
import type { World as BaseWorld, Tenant, TenantPeople, TenantVisit } from '../world.js';
import type { TenantBuildings } from './buildings.js';
import type { TenantServedAreas } from './eligibility.js';
import type { TenantLockers } from './lockers.js';

/** The sweeps' world: two tenants, each also with a courier, a delivery, a visit, a resident and an open invitation. */
export type SweepTenant = Tenant &
  TenantVisit &
  TenantPeople &
  TenantClaims &
  TenantLockers &
  TenantServedAreas &
  TenantBuildings;
export type World = BaseWorld & { a: SweepTenant; b: SweepTenant };

/**
 * One entry per route under /v1, keyed `METHOD /v1/pattern`. The sweeps in http-sweeps.test.ts fail for a route
 * registered without an entry here, so a new route cannot skip them.
 *
 * - `crossTenant`: requests tenant B makes with tenant A's ids (as B's session and B's API key). Each must answer
 *   403 or 404 and change nothing. Routes that take no id say why in `none`.
 * - `malformed`: broken variants of the route's input (required when the route has a body or path params). Each
 *   must answer a 4xx problem+json and change nothing.
 */
export interface RouteCase {
  crossTenant: ((w: World) => InjectOptions[]) | { none: string };
  malformed?: (w: World) => InjectOptions[];
}

export const apiKey = (secret: string) => ({ authorization: `ApiKey ${secret}` });
export const password = 'correct horse battery';
