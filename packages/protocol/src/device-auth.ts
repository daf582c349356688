import { deviceIdFor, deviceKindOf } from './device-id.js';
import { fromB64url } from './encoding.js';
import { type KeyPair, signBytes, verifyBytes } from './keys.js';
import { err, ok, type Result } from './result.js';

/** ±10 minutes between the device's clock and the verifier's (docs/protocol.md §2.1). */
export const DEVICE_AUTH_MAX_SKEW_MS = 10 * 60_000;

const signedText = (deviceId: string, ts: string): string => `threshold-mqtt-auth:${deviceId}:${ts}`;

/** docs/protocol.md §2.1: `ts "." publicKey "." sig`, the MQTT password and the HTTP `Authorization: Device` value. */
export function deviceAuthToken(deviceId: string, keys: KeyPair, nowMs: number): string {
  const ts = String(Math.floor(nowMs));
  return `${ts}.${keys.publicKey}.${signBytes(keys.privateKey, signedText(deviceId, ts))}`;
}

export function verifyDeviceAuthToken(
  deviceId: string,
  token: string,
  nowMs: number,
  maxSkewMs: number = DEVICE_AUTH_MAX_SKEW_MS,
): Result<{ publicKey: string }, 'malformed' | 'wrong_key' | 'bad_signature' | 'stale'> {
  const parts = token.split('.');
  const kind = deviceKindOf(deviceId);
  if (parts.length !== 3 || kind === null) return err('malformed');
  const [ts, publicKey, sig] = parts as [string, string, string];
  if (!/^\d{1,16}$/.test(ts) || fromB64url(publicKey).length !== 32) return err('malformed');
  if (deviceIdFor(kind, publicKey) !== deviceId) return err('wrong_key');
  if (!verifyBytes(publicKey, signedText(deviceId, ts), sig)) return err('bad_signature');
  if (Math.abs(Number(ts) - nowMs) > maxSkewMs) return err('stale');
  return ok({ publicKey });
}
