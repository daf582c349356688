import { readFileSync } from 'node:fs';
import {
  type AnyCommand,
  type AnyEvent,
  canonicalJson,
  checkCommand,
  claimHash,
  deviceIdFor,
  NonceCache,
  parseCommand,
  parseEvent,
  VisitMarks,
  verifyCapability,
  verifyDeviceAuthToken,
  verifyEvent,
  verifyPairProof,
} from '@threshold/protocol';
import { EXAMPLE_NOW_MS, protocolExamples } from '@threshold/protocol/examples';
import { describe, expect, it } from 'vitest';

const ex = await protocolExamples();
const doc = readFileSync(new URL('../../../docs/protocol.md', import.meta.url), 'utf8');
const pinned = new Map([[ex.platform.kid, ex.platform.publicKey]]);

describe('worked example (docs/protocol.md §9)', () => {
  it('prints the example', () => {
    console.log(JSON.stringify(ex, null, 2));
    expect(ex.lock.deviceId).toBe(deviceIdFor('lock', ex.lock.publicKey));
  });

  it('verifies every signed message after a trip through the wire format', async () => {
    const wireEvent = (e: AnyEvent) => parseEvent(JSON.stringify(e));
    const wireCommand = (c: AnyCommand) => parseCommand(JSON.stringify(c));
    for (const e of [ex.hello, ex.ackPair, ex.bolt, ex.ackClose]) {
      const parsed = wireEvent(e);
      expect(parsed.ok && verifyEvent(parsed.value, ex.lock.publicKey)).toBe(true);
    }
    for (const c of [ex.pair, ex.unlock, ex.visitClose]) {
      const parsed = wireCommand(c);
      expect(
        parsed.ok && checkCommand(parsed.value, { deviceId: ex.lock.deviceId, pinnedKeys: pinned, nowMs: c.ts }),
      ).toBe(null);
    }
    const { pair } = ex;
    if (pair.type !== 'pair') throw new Error('pair');
    const body = { device: pair.device, id: pair.id, keys: pair.params.keys };
    expect(canonicalJson(body)).toBe(ex.pairProofInput);
    expect(verifyPairProof(ex.claimCode, body, pair.params.proof)).toBe(true);
    expect(ex.claimHash).toBe(claimHash(ex.claimCode));
    expect(verifyDeviceAuthToken(ex.lock.deviceId, ex.authToken, EXAMPLE_NOW_MS).ok).toBe(true);
    const cap = await verifyCapability(ex.capability, {
      pinnedKeys: pinned,
      audience: ex.lock.deviceId,
      nowMs: EXAMPLE_NOW_MS + 61_000,
      nonces: new NonceCache(),
    });
    expect(cap.ok).toBe(true);
  });

  it('refuses the older capability of the same visit once the newer one was used, and every one after the close', async () => {
    const nonces = new NonceCache();
    const visits = new VisitMarks();
    const check = (token: string, nowMs: number) =>
      verifyCapability(token, { pinnedKeys: pinned, audience: ex.lock.deviceId, nowMs, nonces, visits });
    expect((await check(ex.capability, EXAMPLE_NOW_MS + 60_100)).ok).toBe(true);
    expect(await check(ex.olderCapability, EXAMPLE_NOW_MS + 61_000)).toEqual({ ok: false, error: 'superseded' });
    const fresh = new VisitMarks();
    fresh.close('v-8c1d2e', Math.floor(EXAMPLE_NOW_MS / 1000) + 480);
    const closed = await verifyCapability(ex.olderCapability, {
      pinnedKeys: pinned,
      audience: ex.lock.deviceId,
      nowMs: EXAMPLE_NOW_MS + 31_000,
      nonces: new NonceCache(),
      visits: fresh,
    });
    expect(closed).toEqual({ ok: false, error: 'superseded' });
  });

  it('is quoted in docs/protocol.md byte for byte', () => {
    const quoted = [
      ex.lock.seedHex,
      ex.lock.publicKey,
      ex.lock.deviceId,
      ex.platform.seedHex,
      ex.platform.publicKey,
      ex.claimHash,
      ex.authToken,
      ex.pairProofInput,
      ex.capability,
      ...Object.values(ex.signingInputs),
      ex.olderCapability,
      ...[ex.hello, ex.pair, ex.ackPair, ex.unlock, ex.bolt, ex.visitClose, ex.ackClose].map((m) => m.sig),
    ];
    for (const text of quoted) expect(doc.includes(text), text).toBe(true);
  });
});
