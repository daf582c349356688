import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { generateKeyPair, type PlatformSigner } from '@threshold/protocol';

/** A platform key for one run: the device under test pins it when the kit pairs it (docs/protocol.md §6). */
export function freshPlatformKey(): PlatformSigner {
  return { kid: `conformance-${randomBytes(4).toString('hex')}`, ...generateKeyPair() };
}

/**
 * The kit's key kept in a file (written mode 0600: it holds the private key), made on first use. With the same
 * file, a second run talks to a device the first run paired, without a factory reset in between.
 */
export function loadOrCreatePlatformKey(path: string): PlatformSigner {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    const key = freshPlatformKey();
    writeFileSync(path, `${JSON.stringify(key, null, 2)}\n`, { mode: 0o600 });
    return key;
  }
  const raw = JSON.parse(text) as Partial<PlatformSigner>;
  if (typeof raw.kid !== 'string' || typeof raw.publicKey !== 'string' || typeof raw.privateKey !== 'string') {
    throw new TypeError(`${path} is not a platform key file ({ kid, publicKey, privateKey })`);
  }
  return { kid: raw.kid, publicKey: raw.publicKey, privateKey: raw.privateKey };
}
