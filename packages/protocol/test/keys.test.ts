import { createHash } from 'node:crypto';
import {
  b64url,
  claimHash,
  deviceIdFor,
  deviceKindOf,
  fromB64url,
  generateClaimCode,
  generateKeyPair,
  isDeviceId,
  normaliseClaimCode,
  signBytes,
  verifyBytes,
} from '@threshold/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const pair = generateKeyPair();
const other = generateKeyPair();

describe('Ed25519 keys', () => {
  it('encodes a raw 32-byte public key and verifies its own signatures', () => {
    expect(fromB64url(pair.publicKey)).toHaveLength(32);
    const sig = signBytes(pair.privateKey, 'hello');
    expect(fromB64url(sig)).toHaveLength(64);
    expect(verifyBytes(pair.publicKey, 'hello', sig)).toBe(true);
    expect(verifyBytes(pair.publicKey, new TextEncoder().encode('hello'), sig)).toBe(true);
  });

  it('refuses another message, another key and garbage without throwing', () => {
    const sig = signBytes(pair.privateKey, 'hello');
    expect(verifyBytes(pair.publicKey, 'hellO', sig)).toBe(false);
    expect(verifyBytes(other.publicKey, 'hello', sig)).toBe(false);
    expect(verifyBytes('not a key', 'hello', sig)).toBe(false);
    expect(verifyBytes(pair.publicKey, 'hello', 'AAAA')).toBe(false);
    expect(verifyBytes(pair.publicKey, 'hello', `${sig}=`)).toBe(false);
  });

  it('signs deterministically (RFC 8032)', () => {
    expect(signBytes(pair.privateKey, 'x')).toBe(signBytes(pair.privateKey, 'x'));
  });

  it('b64url round-trips any bytes without padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = b64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromB64url(text)).toEqual(bytes);
      }),
    );
  });
});

describe('device ids', () => {
  it('is the prefix and the first 26 base32 characters of SHA-256 of the raw key', () => {
    const raw = new Uint8Array(32); // all zero
    const id = deviceIdFor('lock', b64url(raw));
    // Independently: python3 -c "import hashlib,base64; print(base64.b32encode(hashlib.sha256(bytes(32)).digest()))"
    expect(createHash('sha256').update(raw).digest('hex')).toMatch(/^66687aad/);
    expect(id).toBe('lk-mzuhvlpymk6xo3epygfy5h4oea');
    expect(deviceIdFor('camera', b64url(raw))).toBe('cam-mzuhvlpymk6xo3epygfy5h4oea');
  });

  it('is deterministic, prefix-correct and parses back to its kind', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.constantFrom('lock', 'camera'), (raw, kind) => {
        const id = deviceIdFor(kind, b64url(raw));
        expect(deviceIdFor(kind, b64url(raw))).toBe(id);
        expect(id.startsWith(kind === 'lock' ? 'lk-' : 'cam-')).toBe(true);
        expect(id).toMatch(/^(lk|cam)-[a-z2-7]{26}$/);
        expect(deviceKindOf(id)).toBe(kind);
        expect(isDeviceId(id)).toBe(true);
      }),
    );
  });

  it('rejects ids that are not of the form', () => {
    for (const bad of [
      'lk-',
      'gw-mzuhvlpymk6xo3epygfy5h4oea',
      'lk-MZUHVLPYMK6XO3EP4GFY5H4OEA',
      'lk-mzuhvlpymk6xo3ep4gfy5h4oe1',
    ]) {
      expect(deviceKindOf(bad)).toBeNull();
      expect(isDeviceId(bad)).toBe(false);
    }
  });
});

describe('claim codes', () => {
  it('generates XXXX-XXXX-XXXX in Crockford base32 that normalises to itself without dashes', () => {
    for (let i = 0; i < 50; i++) {
      const code = generateClaimCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(normaliseClaimCode(code)).toBe(code.replaceAll('-', ''));
    }
  });

  it('normalises case, dashes, spaces and Crockford look-alikes', () => {
    expect(normaliseClaimCode('abcd-efgh-jkmn')).toBe('ABCDEFGHJKMN');
    expect(normaliseClaimCode('ABCDEFGHJKMN')).toBe('ABCDEFGHJKMN');
    expect(normaliseClaimCode(' 0o1i-lL23 4567 ')).toBe('001111234567');
  });

  it('rejects bad characters and wrong lengths', () => {
    expect(normaliseClaimCode('ABCD-EFGH-JKMU')).toBeNull(); // U is not Crockford
    expect(normaliseClaimCode('ABCD-EFGH-JKM!')).toBeNull();
    expect(normaliseClaimCode('ABCD-EFGH-JKM')).toBeNull();
    expect(normaliseClaimCode('ABCD-EFGH-JKMNP')).toBeNull();
    expect(normaliseClaimCode('')).toBeNull();
  });

  it('normalises any dash placement and case to the same code and hash', () => {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.split('');
    const codeArb = fc.array(fc.constantFrom(...alphabet), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(codeArb, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (chars, flips) => {
        const typed = chars.map((c, i) => (flips[i] ? `${c.toLowerCase()}-` : c)).join('');
        expect(normaliseClaimCode(typed)).toBe(chars.join(''));
        expect(claimHash(typed)).toBe(claimHash(chars.join('')));
      }),
    );
  });

  it('rejects any code containing a character outside Crockford base32', () => {
    const bad = fc.constantFrom('U', 'u', '!', '_', '.', '/', 'é', '+');
    fc.assert(
      fc.property(fc.nat(11), bad, (at, ch) => {
        const code = 'ABCDEFGHJKMN'.split('');
        code[at] = ch;
        expect(normaliseClaimCode(code.join(''))).toBeNull();
      }),
    );
  });

  it('hashes "threshold-claim:" + the normalised code as hex SHA-256', () => {
    const expected = createHash('sha256').update('threshold-claim:ABCDEFGHJKMN').digest('hex');
    expect(claimHash('abcd-efgh-jkmn')).toBe(expected);
    expect(claimHash('abcd-efgh-jkmp')).not.toBe(expected);
  });
});
