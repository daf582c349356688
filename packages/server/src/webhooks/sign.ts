import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

// Standard Webhooks signatures (https://www.standardwebhooks.com, "Signature scheme"): HMAC-SHA256 over
// `${id}.${timestamp}.${body}` with the secret's bytes, sent as `v1,<base64>`; several signatures are separated by
// spaces, which is how a rotated secret keeps verifying during its grace period.

export const SECRET_MARK = 'whsec_';

/** 32 random bytes, base64, after `whsec_` (the form the standardwebhooks libraries take). */
export function newWebhookSecret(): string {
  return `${SECRET_MARK}${randomBytes(32).toString('base64')}`;
}

/** A type, not an interface, so it is assignable to a plain header record. */
export type SignedHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

/** The three headers of one attempt; `secrets` sign in turn (current first). */
export function signedHeaders(
  messageId: string,
  atMs: number,
  body: string,
  secrets: readonly string[],
): SignedHeaders {
  const at = new Date(Math.floor(atMs / 1000) * 1000);
  const signatures = secrets.map((secret) => new Webhook(secret).sign(messageId, at, body));
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
