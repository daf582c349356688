import {
  b64url,
  type CapabilityRejection,
  issueCapability,
  NonceCache,
  newNonce,
  type PlatformSigner,
  signBytes,
  verifyCapability,
} from '@threshold/protocol';
import { describe, expect, it } from 'vitest';
import { cameraId, lockId, pinned, platformSigner, signer, T0 } from './fixtures.js';

const enc = (value: unknown): string => b64url(new TextEncoder().encode(JSON.stringify(value)));

/** A token with arbitrary header and claims, signed as the platform would (or by `by`). */
function craft(claims: Record<string, unknown>, by: PlatformSigner = signer, header?: Record<string, unknown>): string {
  const input = `${enc(header ?? { alg: 'EdDSA', kid: by.kid, typ: 'threshold-cap+jwt' })}.${enc(claims)}`;
  return `${input}.${signBytes(by.privateKey, input)}`;
}

const now = Math.floor(T0 / 1000);
const good = { iss: 'threshold', aud: lockId, sub: 'v-1', act: 'unlock', iat: now, nbf: now, exp: now + 120 };

async function verify(token: string, nowMs = T0, nonces = new NonceCache()) {
  return verifyCapability(token, { pinnedKeys: pinned, audience: lockId, nowMs, nonces });
}

async function reason(token: string, nowMs = T0): Promise<CapabilityRejection | 'ok'> {
  const result = await verify(token, nowMs);
  return result.ok ? 'ok' : result.error;
}

describe('unlock capability', () => {
  it('issues a compact EdDSA JWS that the lock accepts once', async () => {
    const nonce = newNonce();
    const token = await issueCapability(signer, { lock: lockId, visit: 'v-1', nonce, nowMs: T0, ttlSeconds: 120 });
    const nonces = new NonceCache();
    const first = await verify(token, T0 + 5000, nonces);
    expect(first).toEqual({ ok: true, value: { ...good, jti: nonce } });
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toEqual({
      alg: 'EdDSA',
      kid: 'pk-2025',
      typ: 'threshold-cap+jwt',
    });
    expect(await verify(token, T0 + 6000, nonces)).toEqual({ ok: false, error: 'replayed' });
  });

  it('makes 128-bit nonces', () => {
    expect(newNonce()).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newNonce()).not.toBe(newNonce());
  });

  it('refuses each fault with exactly its reason', async () => {
    const jti = () => ({ jti: newNonce() });
    const valid = await issueCapability(signer, {
      lock: lockId,
      visit: 'v-1',
      nonce: newNonce(),
      nowMs: T0,
      ttlSeconds: 120,
    });
    const [h, p, s] = valid.split('.') as [string, string, string];
    const forger = platformSigner(signer.kid); // same kid, attacker's own key
    const cases: Array<[string, string, CapabilityRejection | 'ok']> = [
      ['valid', craft({ ...good, ...jti() }), 'ok'],
      ['forged by another key under a pinned kid', craft({ ...good, ...jti() }, forger), 'bad_signature'],
      ['mis-signed', `${h}.${p}.${s.slice(0, -2)}${s.endsWith('AA') ? 'BA' : 'AA'}`, 'bad_signature'],
      [
        'tampered claims',
        `${h}.${enc({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), sub: 'v-2' })}.${s}`,
        'bad_signature',
      ],
      ['for another device', craft({ ...good, ...jti(), aud: cameraId }), 'wrong_audience'],
      ['another action', craft({ ...good, ...jti(), act: 'lock' }), 'wrong_action'],
      ['expired', craft({ ...good, ...jti(), nbf: now - 400, iat: now - 400, exp: now - 200 }), 'expired'],
      ['not yet valid', craft({ ...good, ...jti(), nbf: now + 100, exp: now + 200 }), 'not_yet_valid'],
      ['lifetime too long', craft({ ...good, ...jti(), exp: now + 301 }), 'lifetime_too_long'],
      ['unknown kid', craft({ ...good, ...jti() }, platformSigner('pk-unknown')), 'unknown_key'],
      [
        'alg none',
        `${enc({ alg: 'none', kid: signer.kid, typ: 'threshold-cap+jwt' })}.${enc({ ...good, ...jti() })}.`,
        'malformed',
      ],
      ['wrong typ', craft({ ...good, ...jti() }, signer, { alg: 'EdDSA', kid: signer.kid, typ: 'JWT' }), 'malformed'],
      ['wrong issuer', craft({ ...good, ...jti(), iss: 'someone' }), 'malformed'],
      ['short nonce', craft({ ...good, jti: 'abc' }), 'malformed'],
      ['exp not after nbf', craft({ ...good, ...jti(), exp: now }), 'malformed'],
      ['not a JWS', 'a.b', 'malformed'],
      ['garbage', '!!!.???.***', 'malformed'],
    ];
    for (const [name, token, expected] of cases) {
      expect(`${name}: ${await reason(token)}`).toBe(`${name}: ${expected}`);
    }
  });

  it('accepts a lifetime of exactly 300 s', async () => {
    expect(await reason(craft({ ...good, jti: newNonce(), exp: now + 300 }))).toBe('ok');
  });

  it('tolerates 60 s of clock skew on both ends and no more', async () => {
    const token = () => craft({ ...good, jti: newNonce() }); // valid [now, now + 120)
    expect(await reason(token(), (now - 60) * 1000)).toBe('ok');
    expect(await reason(token(), (now - 60) * 1000 - 1)).toBe('not_yet_valid');
    expect(await reason(token(), (now + 180) * 1000 - 1)).toBe('ok');
    expect(await reason(token(), (now + 180) * 1000)).toBe('expired');
    const strict = await verifyCapability(token(), {
      pinnedKeys: pinned,
      audience: lockId,
      nowMs: (now + 120) * 1000,
      skewSeconds: 0,
      nonces: new NonceCache(),
    });
    expect(strict).toEqual({ ok: false, error: 'expired' });
  });

  it('refuses a replay after a restart when the nonce cache was saved', async () => {
    const token = craft({ ...good, jti: newNonce() });
    const nonces = new NonceCache();
    expect((await verify(token, T0, nonces)).ok).toBe(true);
    const restored = NonceCache.from(JSON.parse(JSON.stringify(nonces)));
    expect(await verify(token, T0 + 1000, restored)).toEqual({ ok: false, error: 'replayed' });
  });
});

describe('NonceCache', () => {
  it('keeps a nonce until its time has passed, then forgets it', () => {
    const cache = new NonceCache();
    cache.remember('a', 100);
    cache.remember('b', 200);
    cache.prune(99_999);
    expect(cache.has('a')).toBe(true);
    cache.prune(100_000);
    expect(cache.has('a')).toBe(false);
    expect(cache.has('b')).toBe(true);
    expect(cache.toJSON()).toEqual([['b', 200]]);
  });

  it('never shortens what it already keeps', () => {
    const cache = NonceCache.from([['a', 300]]);
    cache.remember('a', 100);
    expect(cache.toJSON()).toEqual([['a', 300]]);
  });

  it('remembers an accepted jti until exp plus the skew', async () => {
    const nonces = new NonceCache();
    const jti = newNonce();
    expect((await verify(craft({ ...good, jti }), T0, nonces)).ok).toBe(true);
    expect(nonces.toJSON()).toEqual([[jti, now + 120 + 60]]);
  });
});
