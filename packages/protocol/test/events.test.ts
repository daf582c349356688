import { type AnyEvent, parseEvent, signEvent, verifyEvent } from '@threshold/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cameraId, cameraKeys, flipChar, lockId, lockKeys, T0 } from './fixtures.js';

const bolt = signEvent(
  { device: lockId, seq: 42, ts: T0, type: 'bolt', data: { bolt: 'unlocked', cause: 'capability', visit: 'v-1' } },
  lockKeys.privateKey,
);

describe('signed events', () => {
  it('round-trips: sign, serialise, parse, verify', () => {
    expect(bolt.v).toBe(1);
    const parsed = parseEvent(JSON.stringify(bolt));
    expect(parsed).toEqual({ ok: true, value: bolt });
    expect(parsed.ok && verifyEvent(parsed.value, lockKeys.publicKey)).toBe(true);
    expect(parseEvent(new TextEncoder().encode(JSON.stringify(bolt))).ok).toBe(true);
  });

  it('verifies whatever order the fields arrive in, and with unknown fields kept', () => {
    const { sig, ...rest } = bolt;
    const reordered = JSON.stringify({
      sig,
      data: rest.data,
      type: rest.type,
      ts: rest.ts,
      seq: rest.seq,
      device: rest.device,
      v: 1,
    });
    const parsed = parseEvent(reordered);
    expect(parsed.ok && verifyEvent(parsed.value, lockKeys.publicKey)).toBe(true);
    const withExtra = signEvent(
      { device: lockId, seq: 43, ts: T0, type: 'door', data: { door: 'open', angle: 30 } as never },
      lockKeys.privateKey,
    );
    const extra = parseEvent(JSON.stringify(withExtra));
    expect(extra.ok && verifyEvent(extra.value, lockKeys.publicKey)).toBe(true);
    expect(extra.ok && (extra.value.data as unknown as { angle: number }).angle).toBe(30);
  });

  it('refuses another device key and a changed field', () => {
    expect(verifyEvent(bolt, cameraKeys.publicKey)).toBe(false);
    expect(verifyEvent({ ...bolt, seq: 43 }, lockKeys.publicKey)).toBe(false);
    expect(verifyEvent({ ...bolt, data: { ...bolt.data, bolt: 'locked' } } as AnyEvent, lockKeys.publicKey)).toBe(
      false,
    );
  });

  it('breaks on any single-byte change to the signed event', () => {
    const text = JSON.stringify(bolt);
    fc.assert(
      fc.property(fc.nat(text.length - 1), (at) => {
        const parsed = parseEvent(flipChar(text, at));
        // Either the change broke the JSON or schema, or the signature no longer verifies.
        expect(parsed.ok && verifyEvent(parsed.value, lockKeys.publicKey)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('parses the state event of either kind', () => {
    const state = signEvent(
      {
        device: cameraId,
        seq: 1,
        ts: T0,
        type: 'state',
        data: {
          kind: 'camera',
          recording: false,
          session: null,
          battery: 80,
          signal: -60,
          storageFreeMb: 900,
          paired: true,
        },
      },
      cameraKeys.privateKey,
    );
    expect(parseEvent(JSON.stringify(state)).ok).toBe(true);
  });

  it('refuses malformed payloads', () => {
    const bad: unknown[] = [
      'not json',
      '[1]',
      { ...bolt, v: 2 },
      { ...bolt, seq: 0 },
      { ...bolt, seq: 1.5 },
      { ...bolt, device: 'lk-short' },
      { ...bolt, type: 'teleport' },
      { ...bolt, data: { bolt: 'ajar', cause: 'manual' } },
      { ...bolt, data: { ...bolt.data, cause: undefined } },
      { ...bolt, sig: undefined },
      { ...bolt, sig: 'short' },
      { ...bolt, type: 'clip' },
    ];
    for (const payload of bad) {
      const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
      expect(parseEvent(text)).toEqual({ ok: false, error: 'malformed' });
    }
    expect(parseEvent(new Uint8Array([0xff, 0xfe]))).toEqual({ ok: false, error: 'malformed' });
  });
});
