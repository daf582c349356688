import { createHash, randomBytes } from 'node:crypto';

// Crockford base32 (https://www.crockford.com/base32.html): no I, L, O, U, so a printed code is hard to misread.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
// On input Crockford reads the look-alikes as the digits they resemble.
const LOOK_ALIKES: Record<string, string> = { I: '1', L: '1', O: '0' };
const CODE_LENGTH = 12;

/** A fresh 60-bit claim code shown as `XXXX-XXXX-XXXX` (docs/protocol.md §1). */
export function generateClaimCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  const chars = Array.from(bytes, (b) => CROCKFORD[b & 31]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/**
 * The canonical form of a claim code as typed by a person: upper case, dashes and spaces removed, Crockford
 * look-alikes (I, L → 1; O → 0) read as digits. Null when it is not 12 Crockford characters.
 */
export function normaliseClaimCode(code: string): string | null {
  let out = '';
  for (const ch of code.toUpperCase()) {
    if (ch === '-' || ch === ' ') continue;
    const c = LOOK_ALIKES[ch] ?? ch;
    if (!CROCKFORD.includes(c)) return null;
    out += c;
  }
  return out.length === CODE_LENGTH ? out : null;
}

/** hex SHA-256("threshold-claim:" + normalised code); an invalid code hashes as given, so it matches nothing real. */
export function claimHash(code: string): string {
  const normalised = normaliseClaimCode(code) ?? code;
  return createHash('sha256').update(`threshold-claim:${normalised}`).digest('hex');
}
