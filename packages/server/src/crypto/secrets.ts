import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret: 32 random bytes (256 bits) in base64url, optionally behind a readable prefix. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * SHA-256 hex of a secret. Session tokens and API keys carry 256 bits of entropy, so a fast unsalted hash is enough
 * to make a stolen table useless while letting the lookup be an index hit (docs/api.md, "Authentication").
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
