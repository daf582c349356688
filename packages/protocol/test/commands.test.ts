import {
  type AnyCommand,
  COMMAND_RETRY,
  checkCommand,
  generateClaimCode,
  pairProof,
  parseCommand,
  signCommand,
  verifyPairProof,
} from '@threshold/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cameraId, flipChar, lockId, pinned, platformSigner, signer, T0 } from './fixtures.js';

const lock = signCommand({ id: 'c-1', device: lockId, type: 'lock', ts: T0, exp: T0 + 30_000, params: {} }, signer);
const opts = { deviceId: lockId, pinnedKeys: pinned, nowMs: T0 + 1000 };

function roundTrip(c: AnyCommand): AnyCommand {
  const parsed = parseCommand(JSON.stringify(c));
  if (!parsed.ok) throw new Error('expected a well-formed command');
  return parsed.value;
}

describe('signed commands', () => {
  it('round-trips and is acceptable to its device', () => {
    expect(lock).toMatchObject({ v: 1, kid: 'pk-2025', type: 'lock', params: {} });
    expect(roundTrip(lock)).toEqual(lock);
    expect(checkCommand(roundTrip(lock), opts)).toBeNull();
  });

  it('refuses with exactly the failed check', () => {
    const other = platformSigner('pk-2025');
    expect(checkCommand(lock, { ...opts, deviceId: cameraId })).toBe('wrong_device');
    expect(checkCommand(lock, { ...opts, pinnedKeys: new Map([['pk-old', signer.publicKey]]) })).toBe('unknown_key');
    expect(checkCommand(signCommand({ ...lock }, other), opts)).toBe('bad_signature');
    expect(checkCommand({ ...lock, exp: lock.exp + 1 }, opts)).toBe('bad_signature');
  });

  it('accepts within the clock skew tolerance and refuses beyond it', () => {
    expect(checkCommand(lock, { ...opts, nowMs: lock.exp + 60_000 })).toBeNull();
    expect(checkCommand(lock, { ...opts, nowMs: lock.exp + 60_001 })).toBe('expired');
    expect(checkCommand(lock, { ...opts, nowMs: lock.exp + 1, skewMs: 0 })).toBe('expired');
    expect(checkCommand(lock, { ...opts, nowMs: lock.exp, skewMs: 0 })).toBeNull();
  });

  it('breaks on any single-byte change to the signed command', () => {
    const text = JSON.stringify(
      signCommand(
        {
          id: 'c-2',
          device: lockId,
          type: 'record.stop',
          ts: T0,
          exp: T0 + 30_000,
          params: { session: 's-1', postRollMs: 5000 },
        },
        signer,
      ),
    );
    fc.assert(
      fc.property(fc.nat(text.length - 1), (at) => {
        const parsed = parseCommand(flipChar(text, at));
        expect(parsed.ok && checkCommand(parsed.value, opts) === null).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses malformed commands', () => {
    for (const bad of [
      { ...lock, v: 2 },
      { ...lock, type: 'explode' },
      { ...lock, kid: undefined },
      { ...lock, type: 'unlock' },
      { ...lock, type: 'unlock', params: { capability: 'not-a-jws' } },
      { ...lock, type: 'record.stop', params: { session: 's', postRollMs: -1 } },
      { ...lock, type: 'pair', params: { keys: [], proof: 'x' } },
    ]) {
      expect(parseCommand(JSON.stringify(bad))).toEqual({ ok: false, error: 'malformed' });
    }
    expect(parseCommand('{')).toEqual({ ok: false, error: 'malformed' });
  });

  it('retries every 2 s, at most 3 sends', () => {
    expect(COMMAND_RETRY).toEqual({ intervalMs: 2000, maxSends: 3 });
  });
});

describe('pairing proof', () => {
  const code = generateClaimCode();
  const body = { device: lockId, id: 'c-pair', keys: [{ kid: signer.kid, publicKey: signer.publicKey }] };

  it('verifies with the claim code however it was typed', () => {
    const proof = pairProof(code, body);
    expect(proof).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifyPairProof(code.toLowerCase().replaceAll('-', ''), body, proof)).toBe(true);
  });

  it('refuses another code, device, command id or key list', () => {
    const proof = pairProof(code, body);
    const otherCode = code.startsWith('0') ? `1${code.slice(1)}` : `0${code.slice(1)}`;
    expect(verifyPairProof(otherCode, body, proof)).toBe(false);
    expect(verifyPairProof(code, { ...body, device: cameraId }, proof)).toBe(false);
    expect(verifyPairProof(code, { ...body, id: 'c-other' }, proof)).toBe(false);
    expect(verifyPairProof(code, { ...body, keys: [{ kid: 'pk-evil', publicKey: signer.publicKey }] }, proof)).toBe(
      false,
    );
    expect(verifyPairProof(code, body, 'short')).toBe(false);
    expect(verifyPairProof('not-a-code', body, proof)).toBe(false);
  });

  it('travels inside a pair command signed by a listed key', () => {
    const pair = signCommand(
      {
        id: body.id,
        device: lockId,
        type: 'pair',
        ts: T0,
        exp: T0 + 30_000,
        params: { keys: body.keys, proof: pairProof(code, body) },
      },
      signer,
    );
    const c = roundTrip(pair);
    expect(c.type).toBe('pair');
    if (c.type !== 'pair') return;
    const listed = new Map(c.params.keys.map((k) => [k.kid, k.publicKey]));
    expect(checkCommand(c, { ...opts, pinnedKeys: listed })).toBeNull();
    expect(verifyPairProof(code, { device: c.device, id: c.id, keys: c.params.keys }, c.params.proof)).toBe(true);
  });
});
