import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import { issueCapability } from './capability.js';
import { claimHash } from './claim-code.js';
import { type AnyCommand, type PlatformSigner, signCommand } from './commands.js';
import { deviceAuthToken } from './device-auth.js';
import { deviceIdFor } from './device-id.js';
import { type AnyEvent, signEvent } from './events.js';
import { keyPairFromSeed } from './keys.js';
import { pairProof } from './pair-proof.js';
import { signingInput } from './signed-envelope.js';

// The worked example of docs/protocol.md §9. Every key comes from a published seed and Ed25519 signatures are
// deterministic (RFC 8032), so anyone can recompute each byte below in another language and compare.

/** seed = SHA-256 of a label; the label is printed in the docs next to the key. */
const seed = (label: string): Uint8Array => new Uint8Array(createHash('sha256').update(label).digest());

export const EXAMPLE_NOW_MS = 1_764_070_000_000; // 2025-11-25T11:26:40Z
export const EXAMPLE_CLAIM_CODE = 'K7QM-3R8D-V2XN';
export const EXAMPLE_NONCE = 'q83vEjRWeJCrze8SNFZ4kA'; // 16 bytes ab cd ef 12 34 56 78 90 ab cd ef 12 34 56 78 90
/** A second capability of the same visit, issued 30 s before the one used: the lock refuses it as `superseded`. */
export const EXAMPLE_OLDER_NONCE = 'ESIzRFVmd4iZqrvM3e7_AA'; // 16 bytes 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 00

export interface ProtocolExamples {
  lock: { seedLabel: string; seedHex: string; publicKey: string; privateKey: string; deviceId: string };
  platform: PlatformSigner & { seedLabel: string; seedHex: string };
  claimCode: string;
  claimHash: string;
  authToken: string;
  hello: AnyEvent;
  pair: AnyCommand;
  pairProofInput: string;
  ackPair: AnyEvent;
  capability: string;
  unlock: AnyCommand;
  bolt: AnyEvent;
  /** §7 "One capability per visit": issued before `capability`, for the same visit; refused `superseded` after it. */
  olderCapability: string;
  /** §7 "Closing a visit": the visit is over, and its `ack`. */
  visitClose: AnyCommand;
  ackClose: AnyEvent;
  /** message name → the exact UTF-8 text whose Ed25519 signature is its `sig` */
  signingInputs: Record<string, string>;
}

function exampleKeys() {
  const lockLabel = 'threshold example lock';
  const platformLabel = 'threshold example platform key pk-2025-11';
  const lockKeys = keyPairFromSeed(seed(lockLabel));
  const platformKeys = keyPairFromSeed(seed(platformLabel));
  const hex = (label: string) => Buffer.from(seed(label)).toString('hex');
  return {
    lock: {
      seedLabel: lockLabel,
      seedHex: hex(lockLabel),
      ...lockKeys,
      deviceId: deviceIdFor('lock', lockKeys.publicKey),
    },
    platform: { seedLabel: platformLabel, seedHex: hex(platformLabel), kid: 'pk-2025-11', ...platformKeys },
  };
}

export async function protocolExamples(): Promise<ProtocolExamples> {
  const { lock, platform } = exampleKeys();
  const device = lock.deviceId;
  const t = EXAMPLE_NOW_MS;
  const hash = claimHash(EXAMPLE_CLAIM_CODE);
  const pinnedKids: string[] = [];
  const hello = signEvent(
    {
      device,
      seq: 1,
      ts: t,
      type: 'hello',
      data: { kind: 'lock', publicKey: lock.publicKey, firmware: '1.0.0', claimHash: hash, pinnedKids },
    },
    lock.privateKey,
  );
  const keys = [{ kid: platform.kid, publicKey: platform.publicKey }];
  const pairId = '0b6f3c2e-6a4f-4d47-9d1e-3f3c2a9b8e01';
  const proof = pairProof(EXAMPLE_CLAIM_CODE, { device, id: pairId, keys });
  const pair = signCommand(
    { id: pairId, device, type: 'pair', ts: t + 1000, exp: t + 31_000, params: { keys, proof } },
    platform,
  );
  const ackPair = signEvent(
    { device, seq: 2, ts: t + 1100, type: 'ack', data: { command: pairId, status: 'ok' } },
    lock.privateKey,
  );
  const capabilityAt = (nonce: string, nowMs: number) =>
    issueCapability(platform, { lock: device, visit: 'v-8c1d2e', nonce, nowMs, ttlSeconds: 120 });
  const capability = await capabilityAt(EXAMPLE_NONCE, t + 60_000);
  const unlockId = '5f0c9a7e-2b1d-4c3e-8f6a-9d0b1c2e3f40';
  const unlock = signCommand(
    { id: unlockId, device, type: 'unlock', ts: t + 60_000, exp: t + 90_000, params: { capability } },
    platform,
  );
  const bolt = signEvent(
    {
      device,
      seq: 3,
      ts: t + 60_400,
      type: 'bolt',
      data: { bolt: 'unlocked', cause: 'capability', command: unlockId, visit: 'v-8c1d2e', nonce: EXAMPLE_NONCE },
    },
    lock.privateKey,
  );
  const olderCapability = await capabilityAt(EXAMPLE_OLDER_NONCE, t + 30_000);
  const closeId = '7a1e4c2b-9d3f-4e5a-8b6c-1d2e3f4a5b6c';
  const visitClose = signCommand(
    { id: closeId, device, type: 'visit.close', ts: t + 200_000, exp: t + 230_000, params: { visit: 'v-8c1d2e' } },
    platform,
  );
  const ackClose = signEvent(
    {
      device,
      seq: 4,
      ts: t + 200_100,
      type: 'ack',
      data: { command: closeId, status: 'ok', result: { visit: 'v-8c1d2e' } },
    },
    lock.privateKey,
  );
  const messages = { hello, pair, ackPair, unlock, bolt, visitClose, ackClose };
  return {
    lock,
    platform,
    claimCode: EXAMPLE_CLAIM_CODE,
    claimHash: hash,
    authToken: deviceAuthToken(device, lock, t),
    hello,
    pair,
    pairProofInput: canonicalJson({ device, id: pairId, keys }),
    ackPair,
    capability,
    unlock,
    bolt,
    olderCapability,
    visitClose,
    ackClose,
    signingInputs: Object.fromEntries(Object.entries(messages).map(([name, m]) => [name, signingInput(m)])),
  };
}
