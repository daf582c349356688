import { deviceIdFor, generateKeyPair, type PlatformSigner } from '@threshold/protocol';

export const T0 = 1_764_070_000_000;

export const lockKeys = generateKeyPair();
export const lockId = deviceIdFor('lock', lockKeys.publicKey);
export const cameraKeys = generateKeyPair();
export const cameraId = deviceIdFor('camera', cameraKeys.publicKey);

export function platformSigner(kid: string): PlatformSigner {
  return { kid, ...generateKeyPair() };
}

export const signer = platformSigner('pk-2025');
export const pinned: ReadonlyMap<string, string> = new Map([[signer.kid, signer.publicKey]]);

/** Flip one bit of the character at `at`, keeping it a character. */
export function flipChar(text: string, at: number): string {
  const code = text.charCodeAt(at);
  return text.slice(0, at) + String.fromCharCode(code ^ 1) + text.slice(at + 1);
}
