import { createHash } from 'node:crypto';
import { base32Lower, fromB64url } from './encoding.js';

export type DeviceKind = 'lock' | 'camera' | 'vehicle' | 'opener' | 'locker_bank';

const PREFIX: Record<DeviceKind, string> = {
  lock: 'lk',
  camera: 'cam',
  vehicle: 'veh',
  opener: 'gdo',
  locker_bank: 'lkb',
};
const KIND_OF_PREFIX: Record<string, DeviceKind> = {
  lk: 'lock',
  cam: 'camera',
  veh: 'vehicle',
  gdo: 'opener',
  lkb: 'locker_bank',
};
const DEVICE_ID = /^(lk|cam|veh|gdo|lkb)-[a-z2-7]{26}$/;

/** docs/protocol.md §1: prefix + "-" + the first 26 base32 characters (130 bits) of SHA-256(raw public key). */
export function deviceIdFor(kind: DeviceKind, publicKey: string): string {
  const digest = createHash('sha256').update(fromB64url(publicKey)).digest();
  return `${PREFIX[kind]}-${base32Lower(digest).slice(0, 26)}`;
}

export function deviceKindOf(deviceId: string): DeviceKind | null {
  const match = DEVICE_ID.exec(deviceId);
  return match ? (KIND_OF_PREFIX[match[1]!] ?? null) : null;
}

export function isDeviceId(s: string): boolean {
  return deviceKindOf(s) !== null;
}
