import { Buffer } from 'node:buffer';
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto';
import { b64url, fromB64url, utf8 } from './encoding.js';

export interface KeyPair {
  /** base64url of the raw 32-byte Ed25519 public key */
  publicKey: string;
  /** base64url of the PKCS#8 DER private key */
  privateKey: string;
}

// Parsing a key costs more than an Ed25519 verification; devices and the gateway see the same few keys again and
// again, so the KeyObjects are kept per key string. Bounded so a flood of distinct keys cannot grow it forever.
const CACHE_LIMIT = 10_000;
const publicKeys = new Map<string, KeyObject | null>();
const privateKeys = new Map<string, KeyObject | null>();

function cached(cache: Map<string, KeyObject | null>, key: string, make: () => KeyObject): KeyObject | null {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let made: KeyObject | null;
  try {
    made = make();
  } catch {
    made = null;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, made);
  return made;
}

/** The KeyObject of a base64url raw Ed25519 public key, or null when it is not one. */
export function publicKeyObject(publicKey: string): KeyObject | null {
  return cached(publicKeys, publicKey, () => {
    if (fromB64url(publicKey).length !== 32) throw new TypeError('not a 32-byte key');
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
  });
}

/** The KeyObject of a base64url PKCS#8 DER Ed25519 private key, or null when it is not one. */
export function privateKeyObject(privateKey: string): KeyObject | null {
  return cached(privateKeys, privateKey, () => {
    const key = createPrivateKey({ key: Buffer.from(fromB64url(privateKey)), format: 'der', type: 'pkcs8' });
    if (key.asymmetricKeyType !== 'ed25519') throw new TypeError('not an Ed25519 key');
    return key;
  });
}

export function generateKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return { publicKey: jwk.x as string, privateKey: b64url(privateKey.export({ format: 'der', type: 'pkcs8' })) };
}

// RFC 8410 §7: an Ed25519 PKCS#8 private key is this fixed DER prefix followed by the 32-byte seed.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The key pair of a 32-byte RFC 8032 seed: for fixtures and worked examples that must be reproducible. */
export function keyPairFromSeed(seed: Uint8Array): KeyPair {
  if (seed.length !== 32) throw new TypeError('keyPairFromSeed: the seed is 32 bytes');
  const der = Buffer.concat([PKCS8_ED25519_PREFIX, seed]);
  const jwk = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export({ format: 'jwk' });
  return { publicKey: jwk.x as string, privateKey: b64url(der) };
}

/** The base64url Ed25519 signature (RFC 8032) of `data` (a string is signed as its UTF-8 bytes). */
export function signBytes(privateKey: string, data: Uint8Array | string): string {
  const key = privateKeyObject(privateKey);
  if (key === null) throw new TypeError('signBytes: not an Ed25519 PKCS#8 private key');
  return b64url(sign(null, utf8(data), key));
}

/** True only for a valid signature by `publicKey`; any malformed input is simply false. */
export function verifyBytes(publicKey: string, data: Uint8Array | string, sig: string): boolean {
  const key = publicKeyObject(publicKey);
  const signature = fromB64url(sig);
  if (key === null || signature.length !== 64) return false;
  try {
    return verify(null, utf8(data), key, signature);
  } catch {
    return false;
  }
}
