import type { Principal } from '../policy.js';
import { type RefusalSummary, recentRejections, refusalSummaries } from '../store/device-trust-repo.js';
import type { ServiceDeps } from './deps.js';
import { getDevice } from './devices.js';
import { fail, type Outcome } from './failure.js';

// Refusals are visible (DESIGN.md "Trust rules"; docs/protocol.md "Refusals"): the messages the platform refused from
// a device, to its home's members and to the device itself (its maker, with the device's own token).

export interface DeviceRejections {
  summary: RefusalSummary;
  items: Array<{ id: string; topic: string; reason: string; payload: string; at: string }>;
}

const EMPTY: RefusalSummary = { total: 0, lastAt: null, byReason: {} };

export async function rejectionsOf(deps: Pick<ServiceDeps, 'db'>, deviceId: string, limit: number) {
  const [summaries, items] = await Promise.all([
    refusalSummaries(deps.db, [deviceId]),
    recentRejections(deps.db, deviceId, limit),
  ]);
  return { summary: summaries.get(deviceId) ?? EMPTY, items };
}

/** For a member of the device's home; another home's device, or an unpaired one, is "not found". */
export async function homeDeviceRejections(
  deps: ServiceDeps,
  principal: Principal,
  input: { homeId: string; deviceId: string; limit: number },
): Promise<Outcome<DeviceRejections>> {
  const device = await getDevice(deps, principal, input.deviceId);
  if (!device.ok) return device;
  if (device.value.home_id !== input.homeId) return fail('not-found', 'No such device');
  return { ok: true, value: await rejectionsOf(deps, input.deviceId, input.limit) };
}
