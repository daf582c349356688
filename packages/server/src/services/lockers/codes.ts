import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

// Pickup codes (docs/lockers.md "Pickup codes"). A code is 8 random digits, made when the customer asks for it and
// shown to them once; the store keeps only HMAC-SHA-256(salt, compartment id ‖ code) with a fresh random salt per
// code. The compartment id is inside the MAC, so a code is only ever checked against, and can only ever match, the
// compartment it was made for; the comparison takes the same time whatever the input.

export const CODE_DIGITS = 8;

export interface IssuedCode {
  code: string;
  salt: string;
  hash: string;
}

export function codeMac(salt: string, compartmentId: string, code: string): string {
  return createHmac('sha256', Buffer.from(salt, 'base64url')).update(`${compartmentId}\n${code}`).digest('base64url');
}

export function issuePickupCode(compartmentId: string): IssuedCode {
  const code = String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
  const salt = randomBytes(16).toString('base64url');
  return { code, salt, hash: codeMac(salt, compartmentId, code) };
}

/** Constant-time comparison of an entered code with the stored MAC; false when no code was issued. */
export function codeMatches(
  stored: { code_salt: string | null; code_hash: string | null },
  compartmentId: string,
  entered: string,
): boolean {
  if (stored.code_salt === null || stored.code_hash === null) return false;
  const expected = Buffer.from(stored.code_hash, 'base64url');
  const actual = Buffer.from(codeMac(stored.code_salt, compartmentId, entered), 'base64url');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** What the customer's QR code holds: the site, the compartment and the code, to scan at the locker's reader. */
export const pickupQr = (siteId: string, label: string, code: string) =>
  `threshold-locker:v1:${siteId}:${label}:${code}`;
