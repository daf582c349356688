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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the ASCII digits of `text` from `at`, `length` long (the regex has checked they are digits). */
function digits(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/**
 * True for `YYYY-MM-DDTHH:mm:ss.sssZ` naming a real instant (so no 30 February, no 24:00): exactly the texts that
 * Date.prototype.toISOString writes, checked by arithmetic because every entry of every verification asks.
 */
export function isIsoUtc(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_UTC.test(value)) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= days && digits(value, 11, 2) < 24 && digits(value, 14, 2) < 60 && digits(value, 17, 2) < 60;
}

/**
 * Lowercase hex SHA-256 of the UTF-8 bytes of a text: the one hashing step on a ledger's hot path. Core hashes in
 * JavaScript (@noble/hashes); a host with native SHA-256 passes its own (the server passes node:crypto's), which
 * must give the same digest for every text.
 */
export type TextSha256 = (text: string) => string;

/** UTF-8 bytes of a text; ledger text is almost always ASCII, which is copied in one pass without an encoder. */
export function utf8Of(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return utf8ToBytes(text);
    bytes[i] = code;
  }
  return bytes;
}

export const textSha256: TextSha256 = (text) => bytesToHex(sha256(utf8Of(text)));

export function sha256Hex(...parts: Uint8Array[]): string {
  return bytesToHex(sha256(concatBytes(...parts)));
}

export function sha256Bytes(...parts: Uint8Array[]): Uint8Array {
  return sha256(concatBytes(...parts));
}

export { bytesToHex, hexToBytes, utf8ToBytes };
