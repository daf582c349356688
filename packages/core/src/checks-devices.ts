import { type Check, firstFailure, verdict } from './check.js';
import type { CameraHealth, CheckInput, CheckPolicy, DeviceHealth, LockHealth } from './check-input.js';

export type DeviceRole = 'lock' | 'camera' | 'opener' | 'vehicle';
type Role = DeviceRole;

const LABEL: Record<Role, string> = {
  lock: 'lock',
  camera: 'camera',
  opener: 'garage door opener',
  vehicle: 'connected car',
};

/** Why a device cannot serve this door at all (whatever its health), or null. */
export function pairingProblem(role: Role, device: DeviceHealth | null, accessPointId: string): string | null {
  if (device === null || device.accessPointId !== accessPointId) return `No ${LABEL[role]} is paired to this door`;
  const camera = device as Partial<CameraHealth>;
  return role === 'camera' && camera.coversAccessPointIds?.includes(accessPointId) !== true
    ? 'The camera does not cover this door'
    : null;
}

/** The first problem with one device, in plain words, or null. Order: pairing, then reachability, then health. */
export function deviceProblem(
  role: Role,
  device: DeviceHealth | null,
  accessPointId: string,
  policy: CheckPolicy,
): string | null {
  const unpaired = pairingProblem(role, device, accessPointId);
  if (unpaired !== null || device === null) return unpaired;
  return firstFailure(
    !device.online && `The ${LABEL[role]} is offline`,
    device.battery <= policy.batteryFloorPercent && `The ${LABEL[role]}'s battery is too low`,
    Math.abs(device.clockSkewMs) > policy.maxClockSkewMs && `The ${LABEL[role]}'s clock is out of step`,
  );
}

function lockProblem(lock: LockHealth | null, accessPointId: string, policy: CheckPolicy): string | null {
  return firstFailure(
    deviceProblem('lock', lock, accessPointId, policy),
    lock?.jammed === true && 'The lock is jammed',
  );
}

/** The lock and the camera are paired to this access point, online, healthy, in time, and the camera sees the door. */
export function checkDevicesReady(
  input: Pick<CheckInput, 'accessPoint' | 'lock' | 'camera'>,
  policy: CheckPolicy,
): Check {
  const { accessPoint, lock, camera } = input;
  const lockIssue = lockProblem(lock, accessPoint.id, policy);
  const cameraIssue = deviceProblem('camera', camera, accessPoint.id, policy);
  return verdict('devices_ready', firstFailure(lockIssue, cameraIssue), {
    accessPointId: accessPoint.id,
    lock: lock,
    camera: camera,
    lockIssue,
    cameraIssue,
    batteryFloorPercent: policy.batteryFloorPercent,
    maxClockSkewMs: policy.maxClockSkewMs,
  });
}
