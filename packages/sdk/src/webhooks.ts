import { Webhook, WebhookVerificationError } from 'standardwebhooks';

// Verifying a webhook Threshold sent (Standard Webhooks, docs/webhooks.md "Verifying").

export interface WebhookEvent {
  type: string;
  /** When the change was written (ISO 8601 UTC). */
  timestamp: string;
  data: Record<string, unknown>;
}

export type WebhookVerification = { ok: true; event: WebhookEvent; id: string } | { ok: false; reason: string };

/**
 * Checks the signature and the timestamp (five minutes either way) of a delivery against the endpoint's `whsec_`
 * secret. `body` must be the raw body as received: re-serialised JSON does not verify.
 */
export function verifyWebhook(
  secret: string,
  body: string,
  /** A `Headers`, or a plain object of them such as Node's `request.headers`. */
  headers: Headers | object,
): WebhookVerification {
  const flat: Record<string, string> = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [name, value] of entries) {
    if (typeof value === 'string' || Array.isArray(value)) flat[name.toLowerCase()] = [value].flat().join(',');
  }
  try {
    const event = new Webhook(secret).verify(body, flat) as WebhookEvent;
    return { ok: true, event, id: flat['webhook-id'] ?? '' };
  } catch (error) {
    if (error instanceof WebhookVerificationError) return { ok: false, reason: error.message };
    throw error;
  }
}
