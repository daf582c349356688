import { createPrivateKey, createPublicKey } from 'node:crypto';
import fc from 'fast-check';
import { CompactSign, compactVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { fromB64url } from '../src/encoding.js';
import { issueCapability, NonceCache, newNonce, verifyCapability } from '../src/index.js';
import { lockId, pinned, signer, T0 } from './fixtures.js';

// Capabilities are signed and checked with node:crypto directly (docs/performance.md "Core"); a standard JOSE
// library stays the reference: the tokens must be byte for byte the ones it writes, and each side accepts the other's.

const privateKey = createPrivateKey({ key: Buffer.from(fromB64url(signer.privateKey)), format: 'der', type: 'pkcs8' });
const publicKey = createPublicKey(privateKey);
const issue = (visit: string, nonce: string, nowMs: number, ttlSeconds: number) =>
  issueCapability(signer, { lock: lockId, visit, nonce, nowMs, ttlSeconds });

describe('capability tokens against a JOSE library', () => {
  it('are the bytes jose writes for the same header and claims, and jose verifies them', async () => {
    const visit = fc.stringMatching(/^[A-Za-z0-9._:-]{1,40}$/);
    await fc.assert(
      fc.asyncProperty(
        visit,
        fc.integer({ min: 0, max: 4e12 }),
        fc.integer({ min: 1, max: 300 }),
        async (v, ms, ttl) => {
          const nonce = newNonce();
          const token = await issue(v, nonce, ms, ttl);
          const now = Math.floor(ms / 1000);
          const claims = {
            iss: 'threshold',
            aud: lockId,
            sub: v,
            act: 'unlock',
            iat: now,
            nbf: now,
            exp: now + ttl,
            jti: nonce,
          };
          const reference = await new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
            .setProtectedHeader({ alg: 'EdDSA', kid: signer.kid, typ: 'threshold-cap+jwt' })
            .sign(privateKey);
          expect(token).toBe(reference);
          await expect(compactVerify(token, publicKey, { algorithms: ['EdDSA'] })).resolves.toBeTruthy();
        },
      ),
      { numRuns: 50 },
    );
  });

  it('accepts what jose signs, and refuses any critical header extension (a capability uses none)', async () => {
    const nonce = newNonce();
    const now = Math.floor(T0 / 1000);
    const claims = {
      iss: 'threshold',
      aud: lockId,
      sub: 'v-1',
      act: 'unlock',
      iat: now,
      nbf: now,
      exp: now + 60,
      jti: nonce,
    };
    const sign = (header: Record<string, unknown>) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
        .setProtectedHeader({ alg: 'EdDSA', kid: signer.kid, typ: 'threshold-cap+jwt', ...header })
        .sign(privateKey);
    const check = async (token: string) =>
      verifyCapability(token, { pinnedKeys: pinned, audience: lockId, nowMs: T0, nonces: new NonceCache() });
    expect(await check(await sign({}))).toMatchObject({ ok: true });
    const critical = await sign({ crit: ['b64'], b64: true });
    expect(await check(critical)).toEqual({ ok: false, error: 'bad_signature' });
  });
});
