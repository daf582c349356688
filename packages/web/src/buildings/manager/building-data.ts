import {
  type BuildingDetail,
  type CarrierAccess,
  type Entry,
  entranceActivity,
  fetchBuilding,
  listCarrierAccess,
} from '../../api/buildings.js';
import type { ApiResult } from '../../api/client.js';

// A building as its manager's page shows it: the detail (entrances, units), carriers' access and the entrance
// activity, read together so the page shows one moment.

export interface BuildingView extends BuildingDetail {
  access: CarrierAccess[];
  activity: Entry[];
}

export async function loadBuilding(buildingId: string, signal: AbortSignal): Promise<ApiResult<BuildingView>> {
  const [detail, access, activity] = await Promise.all([
    fetchBuilding(buildingId, signal),
    listCarrierAccess(buildingId, signal),
    entranceActivity(buildingId, signal),
  ]);
  if (!detail.ok) return detail;
  if (!access.ok) return access;
  if (!activity.ok) return activity;
  return { ok: true, value: { ...detail.value, access: access.value.items, activity: activity.value.items } };
}
