import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import webpush from 'web-push';
import type { PushSubscriptionRow } from '../../store/notifications-repo.js';
import { endpointRefusal, guardedLookup, PrivateAddressError } from './endpoint-guard.js';
import type { VapidKeys } from './vapid-keys.js';

// One Web Push message (RFC 8030) to one subscription: the payload encrypted with aes128gcm (RFC 8291) and signed
// with VAPID (RFC 8292) by the web-push library, then POSTed by us, so the address check and "no redirects" are ours.

export interface PushSettings {
  keys: VapidKeys;
  subject: string;
  allowPrivate: boolean;
  /** Seconds the push service may hold the message for an offline browser. */
  ttlSeconds?: number;
  timeoutMs?: number;
}

/** `gone`: the push service no longer knows the subscription (404/410) and it should be pruned. */
export type PushResult = { ok: true } | { ok: false; gone: boolean; retry: boolean; detail: string };

function post(
  endpoint: string,
  details: { headers: Record<string, string | number>; body: Buffer | null },
  s: PushSettings,
): Promise<{ status: number; body: string }> {
  const url = new URL(endpoint);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: details.headers,
        lookup: guardedLookup(s.allowPrivate) as never,
        timeout: s.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= 4096) chunks.push(chunk); // the answer is for our logs; a large one is not kept
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('push service timed out')));
    req.on('error', reject);
    req.end(details.body ?? undefined);
  });
}

/**
 * Sends a JSON payload. A redirect is an answer, not a path to follow (3xx is a failure), 404/410 mean the
 * subscription is gone, 429 and 5xx are retried, other 4xx are not (the message or our keys are wrong for it).
 */
export async function sendPush(sub: PushSubscriptionRow, payload: object, s: PushSettings): Promise<PushResult> {
  const refusal = endpointRefusal(sub.endpoint, s.allowPrivate);
  if (refusal) return { ok: false, gone: false, retry: false, detail: `endpoint ${refusal}` };
  const details = webpush.generateRequestDetails(
    { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
    JSON.stringify(payload),
    {
      vapidDetails: { subject: s.subject, publicKey: s.keys.publicKey, privateKey: s.keys.privateKey },
      TTL: s.ttlSeconds ?? 24 * 3600,
      contentEncoding: 'aes128gcm',
      urgency: 'high',
    },
  );
  let answer: { status: number; body: string };
  try {
    answer = await post(sub.endpoint, details as never, s);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, gone: false, retry: !(error instanceof PrivateAddressError), detail };
  }
  if (answer.status >= 200 && answer.status < 300) return { ok: true };
  const detail = `push service answered ${answer.status} ${answer.body.slice(0, 200)}`.trim();
  if (answer.status === 404 || answer.status === 410) return { ok: false, gone: true, retry: false, detail };
  const retry = answer.status === 429 || answer.status >= 500;
  return { ok: false, gone: false, retry, detail };
}
