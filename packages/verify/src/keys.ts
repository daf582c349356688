import { Buffer } from 'node:buffer';
import { createHash, createPublicKey, type KeyObject, verify } from 'node:crypto';

// Ed25519 public keys as the platform publishes them (base64url of the raw 32 bytes, GET /v1/platform/keys) or as
// PEM (SubjectPublicKeyInfo), and their fingerprint: lowercase hex SHA-256 of the raw 32 bytes (docs/ledger.md §6).

/** A platform key as GET /v1/platform/keys lists it; `createdAt`/`retiredAt` absent when the key came alone. */
export type PlatformKey = { kid: string | null; publicKey: string; createdAt?: string; retiredAt?: string | null };

/** The raw 32-byte key, base64url, of a base64url raw key or a PEM; null when the text is neither. */
export function rawKeyOf(text: string): string | null {
  const trimmed = text.trim();
  try {
    const key = trimmed.startsWith('-----BEGIN')
      ? createPublicKey(trimmed)
      : createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: trimmed }, format: 'jwk' });
    if (key.asymmetricKeyType !== 'ed25519') return null;
    const x = key.export({ format: 'jwk' }).x;
    return typeof x === 'string' && Buffer.from(x, 'base64url').length === 32 ? x : null;
  } catch {
    return null;
  }
}

export function fingerprint(rawKey: string): string {
  return createHash('sha256').update(Buffer.from(rawKey, 'base64url')).digest('hex');
}

function keyObject(rawKey: string): KeyObject | null {
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: rawKey }, format: 'jwk' });
  } catch {
    return null;
  }
}

/** True only for a valid Ed25519 signature (base64url, 64 bytes) by `rawKey` over the UTF-8 of `payload`. */
export function verifyEd25519(rawKey: string, payload: string, sig: unknown): boolean {
  const key = keyObject(rawKey);
  if (key === null || typeof sig !== 'string' || !/^[A-Za-z0-9_-]+$/.test(sig)) return false;
  const signature = Buffer.from(sig, 'base64url');
  if (signature.length !== 64) return false;
  try {
    return verify(null, Buffer.from(payload, 'utf8'), key, signature);
  } catch {
    return false;
  }
}

/**
 * The keys `--key` names: a base64url raw key or a PEM given inline or as a file's text, or the JSON of
 * GET /v1/platform/keys (`{ keys: [...] }`), which also says when each key was created and retired.
 */
export function parseKeyArgument(text: string): PlatformKey[] | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const listed = (JSON.parse(trimmed) as { keys?: unknown }).keys;
      if (!Array.isArray(listed)) return null;
      const keys = listed.map((k: Record<string, unknown>) => {
        const raw = typeof k?.publicKey === 'string' ? rawKeyOf(k.publicKey) : null;
        if (raw === null || typeof k.kid !== 'string') return null;
        const createdAt = typeof k.createdAt === 'string' ? k.createdAt : undefined;
        const retiredAt = typeof k.retiredAt === 'string' ? k.retiredAt : null;
        return { kid: k.kid, publicKey: raw, ...(createdAt ? { createdAt } : {}), retiredAt };
      });
      return keys.every((k) => k !== null) ? keys : null;
    } catch {
      return null;
    }
  }
  const raw = rawKeyOf(trimmed);
  return raw === null ? null : [{ kid: null, publicKey: raw }];
}

/**
 * Why `key` may not vouch for something signed at `at` (an ISO instant): it did not exist yet, or it had been
 * retired (docs/ledger.md §6: a retired key verifies only checkpoints made before its retirement). Null when it may.
 */
export function keyTimeProblem(key: PlatformKey, at: string): string | null {
  if (key.createdAt && at < key.createdAt) return `key ${key.kid} was created at ${key.createdAt}, after ${at}`;
  if (key.retiredAt && at > key.retiredAt) return `key ${key.kid} was retired at ${key.retiredAt}, before ${at}`;
  return null;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * The device id a camera or lock key derives (docs/protocol.md §1): `cam-`/`lk-` and the first 26 characters of the
 * RFC 4648 base32 (lower case, no padding) of SHA-256 of the raw key. It is printed on the device and recorded in
 * the ledger, so a key that derives it is the device's own, whoever handed it over.
 */
export function deviceIdOf(prefix: 'cam' | 'lk', rawKey: string): string {
  const digest = createHash('sha256').update(Buffer.from(rawKey, 'base64url')).digest();
  let bits = '';
  for (const byte of digest) bits += byte.toString(2).padStart(8, '0');
  let text = '';
  for (let i = 0; i + 5 <= 130; i += 5) text += BASE32[Number.parseInt(bits.slice(i, i + 5), 2)];
  return `${prefix}-${text}`;
}
