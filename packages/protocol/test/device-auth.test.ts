import { deviceAuthToken, generateKeyPair, verifyDeviceAuthToken } from '@threshold/protocol';
import { describe, expect, it } from 'vitest';
import { cameraId, lockId, lockKeys, T0 } from './fixtures.js';

describe('device auth token (MQTT password, HTTP Authorization: Device)', () => {
  const token = deviceAuthToken(lockId, lockKeys, T0);

  it('is ts.publicKey.sig and verifies for its device', () => {
    const [ts, publicKey, sig] = token.split('.');
    expect(ts).toBe(String(T0));
    expect(publicKey).toBe(lockKeys.publicKey);
    expect(sig).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(verifyDeviceAuthToken(lockId, token, T0 + 1000)).toEqual({
      ok: true,
      value: { publicKey: lockKeys.publicKey },
    });
  });

  it('accepts ±10 minutes of clock difference and no more', () => {
    expect(verifyDeviceAuthToken(lockId, token, T0 + 600_000).ok).toBe(true);
    expect(verifyDeviceAuthToken(lockId, token, T0 - 600_000).ok).toBe(true);
    expect(verifyDeviceAuthToken(lockId, token, T0 + 600_001)).toEqual({ ok: false, error: 'stale' });
    expect(verifyDeviceAuthToken(lockId, token, T0 - 600_001)).toEqual({ ok: false, error: 'stale' });
    expect(verifyDeviceAuthToken(lockId, token, T0 + 2000, 1000)).toEqual({ ok: false, error: 'stale' });
  });

  it('refuses another device id, another key, a bad signature and malformed tokens', () => {
    expect(verifyDeviceAuthToken(cameraId, token, T0)).toEqual({ ok: false, error: 'wrong_key' });
    const stranger = generateKeyPair();
    const borrowed = deviceAuthToken(lockId, stranger, T0);
    expect(verifyDeviceAuthToken(lockId, borrowed, T0)).toEqual({ ok: false, error: 'wrong_key' });
    const [ts, pk, sig] = token.split('.') as [string, string, string];
    expect(verifyDeviceAuthToken(lockId, `${Number(ts) + 1}.${pk}.${sig}`, T0)).toEqual({
      ok: false,
      error: 'bad_signature',
    });
    for (const bad of ['', 'a.b', `x.${pk}.${sig}`, `${ts}.short.${sig}`, `${token}.extra`]) {
      expect(verifyDeviceAuthToken(lockId, bad, T0)).toEqual({ ok: false, error: 'malformed' });
    }
    expect(verifyDeviceAuthToken('not-an-id', token, T0)).toEqual({ ok: false, error: 'malformed' });
  });
});
