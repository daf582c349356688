import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/** Hashes in the ledger are lowercase hex SHA-256 (64 characters); this is the `prevHash` of entry 1. */
export const ZERO_HASH = '0'.repeat(64);

const HASH_HEX = /^[0-9a-f]{64}$/;
// The exact form of Date.prototype.toISOString, so an instant reads back identically from any store.
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function isHashHex(value: unknown): value is string {
  return typeof value === 'string' && HASH_HEX.test(value);
}

/** True for `YYYY-MM-DDTHH:mm:ss.sssZ` naming a real instant (so no 30 February). */
export function isIsoUtc(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_UTC.test(value)) return false;
  const instant = new Date(value);
  return !Number.isNaN(instant.getTime()) && instant.toISOString() === value;
}

export function sha256Hex(...parts: Uint8Array[]): string {
  return bytesToHex(sha256(concatBytes(...parts)));
}

export function sha256Bytes(...parts: Uint8Array[]): Uint8Array {
  return sha256(concatBytes(...parts));
}

export { bytesToHex, hexToBytes, utf8ToBytes };
