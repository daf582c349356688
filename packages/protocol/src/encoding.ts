import { Buffer } from 'node:buffer';

const B64URL = /^[A-Za-z0-9_-]*$/;

/** base64url without padding (RFC 4648 §5), the form every key, signature and nonce travels in. */
export function b64url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

/** Strict decoder: anything outside the base64url alphabet (including padding) yields an empty array. */
export function fromB64url(s: string): Uint8Array {
  if (!B64URL.test(s) || s.length % 4 === 1) return new Uint8Array(0);
  return new Uint8Array(Buffer.from(s, 'base64url'));
}

export function utf8(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : data;
}

const RFC4648_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

/** RFC 4648 §6 base32, lower case, no padding (used for device ids, docs/protocol.md §1). */
export function base32Lower(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += RFC4648_LOWER[(buffer >>> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += RFC4648_LOWER[(buffer << (5 - bits)) & 31];
  return out;
}
