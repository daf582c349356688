import { Buffer } from 'node:buffer';
import { type KeyObject, randomBytes, sign, verify } from 'node:crypto';
import { type Static, Type } from 'typebox';
import { Compile } from 'typebox/compile';
import type { PlatformSigner } from './commands.js';
import { b64url, fromB64url } from './encoding.js';
import { privateKeyObject, publicKeyObject } from './keys.js';
import type { NonceCache } from './nonce-cache.js';
import { DeviceIdSchema, IdSchema, KidSchema } from './primitives.js';
import type { CapabilityRejection } from './rejections.js';
import { err, ok, type Result } from './result.js';
import type { VisitMarks } from './visit-marks.js';

// docs/protocol.md §7: an unlock capability is a compact JWS (RFC 7515) signed with EdDSA (RFC 8037).

export const CAPABILITY_TYP = 'threshold-cap+jwt';
/** `exp - nbf` may not exceed this; the platform issues a capability for 60 s (docs/decisions.md). */
export const MAX_CAPABILITY_LIFETIME_S = 300;
export const DEFAULT_CAPABILITY_SKEW_S = 60;

/**
 * How long a lock keeps what it knows of a visit (§7 "One capability per visit"): as long as a capability of that
 * visit issued no later than `iatSeconds` could still pass the expiry check.
 */
export const visitMarkUntil = (iatSeconds: number, expSeconds: number, skewSeconds = DEFAULT_CAPABILITY_SKEW_S) =>
  Math.max(expSeconds, iatSeconds + MAX_CAPABILITY_LIFETIME_S) + skewSeconds;

export const CapabilityHeaderSchema = Type.Object({
  alg: Type.Literal('EdDSA'),
  kid: KidSchema,
  typ: Type.Literal(CAPABILITY_TYP),
});

const SecondsSchema = Type.Integer({ minimum: 0, maximum: 1e11 });
export const CapabilityClaimsSchema = Type.Object({
  iss: Type.Literal('threshold'),
  aud: DeviceIdSchema,
  sub: IdSchema,
  act: Type.String({ maxLength: 64 }),
  iat: SecondsSchema,
  nbf: SecondsSchema,
  exp: SecondsSchema,
  jti: Type.String({ pattern: '^[A-Za-z0-9_-]{22,128}$' }),
});

export interface CapabilityClaims {
  iss: 'threshold';
  aud: string;
  sub: string;
  act: 'unlock';
  iat: number;
  nbf: number;
  exp: number;
  jti: string;
}

const headerCheck = Compile(CapabilityHeaderSchema);
const claimsCheck = Compile(CapabilityClaimsSchema);

/** A single-use capability nonce: 16 random bytes (128 bits), base64url. */
export function newNonce(): string {
  return b64url(randomBytes(16));
}

export function issueCapability(
  signer: PlatformSigner,
  c: { lock: string; visit: string; nonce: string; nowMs: number; ttlSeconds: number },
): Promise<string> {
  const now = Math.floor(c.nowMs / 1000);
  const claims: CapabilityClaims = {
    iss: 'threshold',
    aud: c.lock,
    sub: c.visit,
    act: 'unlock',
    iat: now,
    nbf: now,
    exp: now + c.ttlSeconds,
    jti: c.nonce,
  };
  const key = privateKeyObject(signer.privateKey);
  if (key === null) return Promise.reject(new TypeError('issueCapability: not an Ed25519 private key'));
  // RFC 7515 §7.1 compact serialisation, byte for byte what a JOSE library writes for this header (Ed25519 is
  // deterministic, so the token is the same too), signed with node:crypto directly: a JOSE library adds a key
  // conversion and an asynchronous WebCrypto call per token, three times the signature's own cost.
  const header = base64urlJson({ alg: 'EdDSA', kid: signer.kid, typ: CAPABILITY_TYP });
  const signingInput = `${header}.${base64urlJson(claims)}`;
  return Promise.resolve(`${signingInput}.${b64url(sign(null, Buffer.from(signingInput, 'utf8'), key))}`);
}

/** RFC 7515 §5.2 step 8 for EdDSA: the signature over `header.payload` (ASCII), 64 bytes, by `key`. */
function signatureValid(token: string, lastDot: number, key: KeyObject): boolean {
  const signature = fromB64url(token.slice(lastDot + 1));
  if (signature.length !== 64) return false;
  try {
    return verify(null, Buffer.from(token.slice(0, lastDot), 'utf8'), key, signature);
  } catch {
    return false;
  }
}

// Without `stream`, decode keeps no state between calls, so one decoder serves every token.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

const base64urlJson = (value: object) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

function decodeJsonPart(part: string | undefined): unknown {
  try {
    return JSON.parse(STRICT_UTF8.decode(fromB64url(part ?? '')));
  } catch {
    return undefined;
  }
}

/** The checks after the signature, in the order docs/protocol.md §7 lists them. */
function checkClaims(
  claims: Static<typeof CapabilityClaimsSchema>,
  o: { audience: string; nowMs: number; skewSeconds: number; nonces: NonceCache; visits?: VisitMarks | undefined },
): CapabilityRejection | null {
  const now = o.nowMs / 1000;
  if (claims.aud !== o.audience) return 'wrong_audience';
  if (claims.act !== 'unlock') return 'wrong_action';
  if (claims.exp <= claims.nbf) return 'malformed';
  if (claims.exp - claims.nbf > MAX_CAPABILITY_LIFETIME_S) return 'lifetime_too_long';
  if (now < claims.nbf - o.skewSeconds) return 'not_yet_valid';
  if (now >= claims.exp + o.skewSeconds) return 'expired';
  if (o.nonces.has(claims.jti)) return 'replayed';
  if (o.visits?.superseded(claims.sub, claims.iat, claims.jti)) return 'superseded';
  return null;
}

/**
 * Offline verification by a lock (docs/protocol.md §7). On success the `jti` is remembered in `nonces` until the
 * token could no longer be accepted (`exp` + skew), so the same token is refused as `replayed` from then on; with
 * `visits`, the capability also becomes its visit's newest, and older ones of that visit are refused as `superseded`.
 */
export async function verifyCapability(
  token: string,
  o: {
    pinnedKeys: ReadonlyMap<string, string>;
    audience: string;
    nowMs: number;
    skewSeconds?: number;
    nonces: NonceCache;
    visits?: VisitMarks | undefined;
  },
): Promise<Result<CapabilityClaims, CapabilityRejection>> {
  const parts = token.split('.');
  if (parts.length !== 3 || token.length > 4096) return err('malformed');
  const header = decodeJsonPart(parts[0]);
  if (!headerCheck.Check(header)) return err('malformed');
  const publicKey = o.pinnedKeys.get(header.kid);
  if (publicKey === undefined) return err('unknown_key');
  const key = publicKeyObject(publicKey);
  if (key === null) return err('unknown_key');
  // RFC 7515 §4.1.11: a `crit` names extensions the verifier must understand; a capability uses none.
  if ('crit' in header || !signatureValid(token, token.lastIndexOf('.'), key)) return err('bad_signature');
  const claims = decodeJsonPart(parts[1]);
  if (!claimsCheck.Check(claims)) return err('malformed');
  const skewSeconds = o.skewSeconds ?? DEFAULT_CAPABILITY_SKEW_S;
  const rejection = checkClaims(claims, { ...o, skewSeconds });
  if (rejection !== null) return err(rejection);
  o.nonces.remember(claims.jti, claims.exp + skewSeconds);
  o.visits?.used(claims.sub, claims.iat, claims.jti, visitMarkUntil(claims.iat, claims.exp, skewSeconds));
  return ok(claims as CapabilityClaims);
}
