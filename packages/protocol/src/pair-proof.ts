import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import { normaliseClaimCode } from './claim-code.js';
import type { PinnedKey } from './command-params.js';
import { b64url, fromB64url } from './encoding.js';

type PairBody = { device: string; id: string; keys: PinnedKey[] };

/**
 * docs/protocol.md §6: base64url(HMAC-SHA256(key = normalised claim code, message = canonical JSON of
 * { device, id, keys })). Binding the command id and device stops a proof being replayed elsewhere.
 */
export function pairProof(claimCode: string, body: PairBody): string {
  const key = normaliseClaimCode(claimCode) ?? claimCode;
  const message = canonicalJson({ device: body.device, id: body.id, keys: body.keys });
  return b64url(createHmac('sha256', key).update(message).digest());
}

export function verifyPairProof(claimCode: string, body: PairBody, proof: string): boolean {
  if (normaliseClaimCode(claimCode) === null) return false;
  const expected = fromB64url(pairProof(claimCode, body));
  const given = fromB64url(proof);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
