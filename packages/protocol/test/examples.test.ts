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
    for (const e of [ex.hello, ex.ackPair, ex.bolt]) {
      const parsed = wireEvent(e);
      expect(parsed.ok && verifyEvent(parsed.value, ex.lock.publicKey)).toBe(true);
    }
    for (const c of [ex.pair, ex.unlock]) {
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
      ...[ex.hello, ex.pair, ex.ackPair, ex.unlock, ex.bolt].map((m) => m.sig),
    ];
    for (const text of quoted) expect(doc.includes(text), text).toBe(true);
  });
});
