import { deviceIdFor, verifyDeviceAuthToken } from '@threshold/protocol';
import type { Result } from '../ports.js';
import type { ServiceDeps } from './deps.js';
import { findDevice } from './devices-repo.js';

// `Authorization: Device <token>` (docs/protocol.md §2.1, §5): the same token a device uses as its MQTT password.

export type DeviceAuthError = 'missing' | 'malformed' | 'wrong_key' | 'bad_signature' | 'stale' | 'unknown_device';

/** The token names no device id; it is derived from the key it carries (§1), for each kind, and must be registered. */
export async function authenticateDevice(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  authorization: string | undefined,
): Promise<Result<{ deviceId: string }, DeviceAuthError>> {
  const [scheme, token] = (authorization ?? '').trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() !== 'device' || !token) return { ok: false, error: 'missing' };
  const publicKey = token.split('.')[1];
  if (!publicKey) return { ok: false, error: 'malformed' };
  for (const kind of ['camera', 'lock'] as const) {
    let deviceId: string;
    try {
      deviceId = deviceIdFor(kind, publicKey);
    } catch {
      return { ok: false, error: 'malformed' };
    }
    const device = await findDevice(deps.db, deviceId);
    if (!device) continue;
    const verified = verifyDeviceAuthToken(deviceId, token, deps.clock.now());
    return verified.ok ? { ok: true, value: { deviceId } } : { ok: false, error: verified.error };
  }
  return { ok: false, error: 'unknown_device' };
}
