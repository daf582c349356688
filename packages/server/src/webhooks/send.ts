import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { WebhookOutcome } from '../store/schema-webhooks.js';
import { checkHost } from './address.js';

// One HTTP POST of a signed message (docs/webhooks.md "Sending"): the host is checked again at send time and the
// socket connects only to the addresses checked; a short timeout; redirects are never followed (a 3xx is a failure);
// at most RESPONSE_BYTES of the answer are read and kept.

export const RESPONSE_BYTES = 1024;

export interface SendRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivate: boolean;
}

export interface SendResult {
  outcome: WebhookOutcome;
  statusCode: number | null;
  /** The first bytes of the answer, or what went wrong. */
  response: string | null;
}

/** Sends one request; every failure is a value (STYLE.md, habit 8). */
export type Sender = (request: SendRequest) => Promise<SendResult>;

export const sendWebhook: Sender = async (request) => {
  const url = new URL(request.url);
  const checked = await checkHost(url.hostname, request.allowPrivate);
  if (!checked.ok) return { outcome: 'refused_address', statusCode: null, response: checked.detail };
  const [first] = checked.addresses;
  const pinned: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, checked.addresses);
    else callback(null, first!.address, first!.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const done = (result: SendResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const req = client.request(
      url,
      {
        method: 'POST',
        lookup: pinned,
        headers: {
          ...request.headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(request.body),
          'user-agent': 'Threshold-Webhooks/1',
        },
        timeout: request.timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = () => {
          const status = res.statusCode ?? 0;
          const text = Buffer.concat(chunks).subarray(0, RESPONSE_BYTES).toString('utf8');
          done({
            outcome: status >= 200 && status < 300 ? 'delivered' : 'http_error',
            statusCode: status,
            response: text,
          });
          req.destroy();
        };
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          if (size >= RESPONSE_BYTES) finish(); // enough: the rest is never read
        });
        res.on('end', finish);
        res.on('error', finish);
      },
    );
    // Bounds the whole exchange, not only socket idleness.
    const timer = setTimeout(() => {
      done({ outcome: 'timeout', statusCode: null, response: `no answer within ${request.timeoutMs} ms` });
      req.destroy();
    }, request.timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('timeout', () => {
      done({ outcome: 'timeout', statusCode: null, response: `no answer within ${request.timeoutMs} ms` });
      req.destroy();
    });
    req.on('error', (error) => done({ outcome: 'network', statusCode: null, response: error.message.slice(0, 200) }));
    req.end(request.body);
  });
};
