import { randomUUID } from 'node:crypto';
import { b64url, CAPABILITY_TYP, newNonce, type PlatformSigner, signBytes } from '@threshold/protocol';

// Capabilities for the refusal checks: the platform's issuer only makes good ones, so the kit writes the JWS itself
// (docs/protocol.md §7: the signature is over BASE64URL(header) "." BASE64URL(payload), the exact bytes written).

export interface CapabilityDraft {
  aud: string;
  sub?: string;
  act?: string;
  /** Seconds relative to now; `iat` defaults to `nbf`. */
  nbf?: number;
  iat?: number;
  /** Seconds relative to now. */
  exp?: number;
  jti?: string;
  header?: Record<string, unknown>;
}

export interface Drafted {
  token: string;
  sub: string;
  jti: string;
}

/** A fresh visit id for one check, so the lock's per-visit rules never tie two checks together. */
export function visitId(label: string): string {
  return `conformance-${label}-${randomUUID().slice(0, 8)}`;
}

/** A compact JWS with the given claims, signed with `signer` (relative times are seconds from `nowMs`). */
export function draftCapability(signer: PlatformSigner, nowMs: number, d: CapabilityDraft): Drafted {
  const now = Math.floor(nowMs / 1000);
  const nbf = now + (d.nbf ?? 0);
  const claims = {
    iss: 'threshold',
    aud: d.aud,
    sub: d.sub ?? visitId('visit'),
    act: d.act ?? 'unlock',
    iat: now + (d.iat ?? d.nbf ?? 0),
    nbf,
    exp: now + (d.exp ?? 120),
    jti: d.jti ?? newNonce(),
  };
  const header = d.header ?? { alg: 'EdDSA', kid: signer.kid, typ: CAPABILITY_TYP };
  const input = `${part(header)}.${part(claims)}`;
  return { token: `${input}.${signBytes(signer.privateKey, input)}`, sub: claims.sub, jti: claims.jti };
}

function part(value: object): string {
  return b64url(new TextEncoder().encode(JSON.stringify(value)));
}
