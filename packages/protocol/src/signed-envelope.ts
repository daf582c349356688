import { canonicalJson } from './canonical-json.js';
import { signBytes, verifyBytes } from './keys.js';

// Events (§3) and commands (§4) are signed the same way: Ed25519 over the canonical JSON (RFC 8785) of the whole
// envelope without its `sig` member, unknown fields included.

export function signingInput(envelope: object): string {
  const { sig: _sig, ...unsigned } = envelope as { sig?: unknown };
  return canonicalJson(unsigned);
}

export function signEnvelope<T extends object>(unsigned: T, privateKey: string): T & { sig: string } {
  return { ...unsigned, sig: signBytes(privateKey, signingInput(unsigned)) };
}

export function verifyEnvelope(envelope: { sig: string }, publicKey: string): boolean {
  let input: string;
  try {
    input = signingInput(envelope);
  } catch {
    return false;
  }
  return verifyBytes(publicKey, input, envelope.sig);
}
