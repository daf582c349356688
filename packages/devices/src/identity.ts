import { readFileSync, writeFileSync } from 'node:fs';
import {
  type DeviceKind,
  deviceIdFor,
  deviceKindOf,
  generateClaimCode,
  generateKeyPair,
  type Result,
} from '@threshold/protocol';

/** What the factory writes into a device: its key pair, the id derived from it and the claim code on the box. */
export interface DeviceIdentity<K extends DeviceKind = DeviceKind> {
  id: string;
  kind: K;
  publicKey: string;
  privateKey: string;
  claimCode: string;
  firmware: string;
}

export const FIRMWARE_VERSION = 'threshold-emu/0.1.0';

/** A fresh factory identity (docs/protocol.md §1): the id is derived from the new public key. */
export function provision<K extends DeviceKind>(kind: K, firmware = FIRMWARE_VERSION): DeviceIdentity<K> {
  const keys = generateKeyPair();
  return {
    id: deviceIdFor(kind, keys.publicKey),
    kind,
    publicKey: keys.publicKey,
    privateKey: keys.privateKey,
    claimCode: generateClaimCode(),
    firmware,
  };
}

export type IdentityError = 'unreadable' | 'malformed' | 'id_mismatch';

/** Reads an identity file and checks that its id really belongs to its key. */
export function readIdentity(path: string): Result<DeviceIdentity, IdentityError> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'malformed' };
  }
  if (!isIdentity(raw)) return { ok: false, error: 'malformed' };
  if (deviceIdFor(raw.kind, raw.publicKey) !== raw.id) return { ok: false, error: 'id_mismatch' };
  return { ok: true, value: raw };
}

export function writeIdentity(path: string, identity: DeviceIdentity): void {
  // The private key is in this file: readable by its owner only.
  writeFileSync(path, `${JSON.stringify(identity, null, 2)}\n`, { mode: 0o600 });
}

function isIdentity(v: unknown): v is DeviceIdentity {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  const strings = ['id', 'publicKey', 'privateKey', 'claimCode', 'firmware'].every((k) => typeof o[k] === 'string');
  // The id names its kind (docs/protocol.md §1), so every kind the protocol knows is read, and none other.
  return strings && deviceKindOf(o.id as string) === o.kind;
}
