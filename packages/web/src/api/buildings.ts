import type { ResponseOf } from '@threshold/sdk';
import { newIdempotencyKey, settle, threshold } from './client.js';

// Apartment buildings (docs/buildings.md) through the typed SDK: the manager's buildings, entrances, units, resident
// invitations, carrier access and entrance activity, and the resident's building-delivery preference.

const { api } = threshold;

export type Building = ResponseOf<'/v1/buildings', 'get'>['items'][number];
export type BuildingDetail = ResponseOf<'/v1/buildings/{buildingId}', 'get'>;
export type Entrance = BuildingDetail['entrances'][number];
export type Unit = BuildingDetail['units'][number];
export type CarrierAccess = ResponseOf<'/v1/buildings/{buildingId}/carrier-access', 'get'>['items'][number];
export type AccessWindow = CarrierAccess['windows'][number];
export type Entry = ResponseOf<'/v1/buildings/{buildingId}/activity', 'get'>['items'][number];
export type BuildingDelivery = ResponseOf<'/v1/homes/{homeId}/building-delivery', 'get'>;

const building = (buildingId: string) => ({ path: { buildingId } });

export const listBuildings = (signal?: AbortSignal) => settle(api.GET('/v1/buildings', { signal }));
export const fetchBuilding = (buildingId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/buildings/{buildingId}', { params: building(buildingId), signal }));

/** Invites someone to live in a vacant unit: they become an owner of its home once they accept. */
export const inviteResident = (buildingId: string, unitId: string, email: string) =>
  settle(
    api.POST('/v1/buildings/{buildingId}/units/{unitId}/invitations', {
      params: { path: { buildingId, unitId } },
      body: { email },
    }),
  );

export const listCarrierAccess = (buildingId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/buildings/{buildingId}/carrier-access', { params: building(buildingId), signal }));
/** Lets a carrier's couriers use an entrance in weekly windows; the key makes a retried submit grant once. */
export const grantCarrierAccess = (
  buildingId: string,
  grant: { entranceId: string; organisationId: string; windows: AccessWindow[] },
  key = newIdempotencyKey(),
) =>
  settle(
    api.POST('/v1/buildings/{buildingId}/carrier-access', {
      params: { path: { buildingId }, header: { 'idempotency-key': key } },
      body: grant,
    }),
  );
export const revokeCarrierAccess = (buildingId: string, accessId: string) =>
  settle(
    api.POST('/v1/buildings/{buildingId}/carrier-access/{accessId}/revoke', {
      params: { path: { buildingId, accessId }, header: { 'idempotency-key': newIdempotencyKey() } },
    }),
  );

/** Couriers at the entrances: carrier, entrance, time, admitted or denied and the failed checks. Nothing else. */
export const entranceActivity = (buildingId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/buildings/{buildingId}/activity', { params: { ...building(buildingId), query: {} }, signal }));

export const fetchBuildingDelivery = (homeId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/homes/{homeId}/building-delivery', { params: { path: { homeId } }, signal }));
export const setBuildingDelivery = (homeId: string, allowed: boolean) =>
  settle(api.PUT('/v1/homes/{homeId}/building-delivery', { params: { path: { homeId } }, body: { allowed } }));
