import { createECDH, createPublicKey, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error http_ece ships no types; decrypt(buffer, params) is all the test needs.
import ece from 'http_ece';
import { SMTPServer } from 'smtp-server';

// Stand-ins for the outside world notifications reach, on 127.0.0.1: a push service that checks what a real one
// checks (VAPID JWT, RFC 8292) and decrypts like the browser would (RFC 8291 aes128gcm), and an SMTP server.

export interface BrowserSubscription {
  /** What PushSubscription.toJSON() gives a page. */
  json: { endpoint: string; keys: { p256dh: string; auth: string } };
  id: string;
}

export interface PushMessage {
  subscriptionId: string;
  payload: Record<string, unknown>;
  jwt: { header: Record<string, unknown>; claims: Record<string, unknown> };
  vapidKey: string;
  headers: IncomingMessage['headers'];
}

export interface PushService {
  origin: string;
  messages: PushMessage[];
  /** Failures of a request (bad JWT, undecryptable body): the test asserts there are none. */
  errors: string[];
  /** A browser's subscription: a P-256 key pair and a 16-byte auth secret, made here as a browser makes them. */
  subscribe(): BrowserSubscription;
  /** How the service answers for one subscription from now on (201 by default; 410 when it has expired). */
  answer(subscriptionId: string, status: number, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

const b64 = (s: string) => Buffer.from(s, 'base64url');

/** Checks `Authorization: vapid t=<jwt>, k=<key>`: an ES256 JWT signed by k, for this origin, not expired. */
function checkVapid(authorization: string | undefined, origin: string, nowSec: number) {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  if (!match?.[1] || !match[2]) throw new Error(`no VAPID authorization: ${authorization}`);
  const [h, c, s] = match[1].split('.') as [string, string, string];
  const header = JSON.parse(b64(h).toString()) as Record<string, unknown>;
  const claims = JSON.parse(b64(c).toString()) as Record<string, unknown>;
  const point = b64(match[2]);
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const signed = verify('sha256', Buffer.from(`${h}.${c}`), { key, dsaEncoding: 'ieee-p1363' }, b64(s));
  if (!signed) throw new Error('VAPID JWT signature does not verify');
  if (header.alg !== 'ES256') throw new Error(`JWT alg ${String(header.alg)}`);
  if (claims.aud !== origin) throw new Error(`JWT aud ${String(claims.aud)} is not ${origin}`);
  const exp = Number(claims.exp);
  if (!(exp > nowSec && exp <= nowSec + 24 * 3600)) throw new Error(`JWT exp ${exp} not within 24 h`);
  if (typeof claims.sub !== 'string' || !/^(mailto:|https:)/.test(claims.sub)) throw new Error('JWT sub');
  return { header, claims, vapidKey: match[2] };
}

export async function startPushService(): Promise<PushService> {
  const browsers = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: string }>();
  const answers = new Map<string, { status: number; headers: Record<string, string> }>();
  const messages: PushMessage[] = [];
  const errors: string[] = [];
  let origin = '';

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const id = /^\/push\/([\w-]+)$/.exec(req.url ?? '')?.[1] ?? '';
      const browser = browsers.get(id);
      const answer = answers.get(id) ?? { status: 201, headers: {} };
      try {
        if (!browser) throw new Error(`unknown subscription ${req.url}`);
        if (req.method !== 'POST') throw new Error(`method ${req.method}`);
        if (req.headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
        if (!req.headers.ttl) throw new Error('no TTL');
        const vapid = checkVapid(req.headers.authorization, origin, Math.floor(Date.now() / 1000));
        if (answer.status < 300) {
          const plain = ece.decrypt(Buffer.concat(chunks), {
            version: 'aes128gcm',
            privateKey: browser.ecdh,
            authSecret: browser.auth,
          }) as Buffer;
          messages.push({
            subscriptionId: id,
            payload: JSON.parse(plain.toString('utf8')) as Record<string, unknown>,
            jwt: { header: vapid.header, claims: vapid.claims },
            vapidKey: vapid.vapidKey,
            headers: req.headers,
          });
        }
        res.writeHead(answer.status, answer.headers).end();
      } catch (error) {
        errors.push(String(error));
        res.writeHead(400).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    messages,
    errors,
    subscribe() {
      const id = randomBytes(8).toString('hex');
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16).toString('base64url');
      browsers.set(id, { ecdh, auth });
      return {
        id,
        json: { endpoint: `${origin}/push/${id}`, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth } },
      };
    },
    answer(id, status, headers = {}) {
      answers.set(id, { status, headers });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Mailbox {
  url: string;
  mails: { to: string[]; raw: string }[];
  close(): Promise<void>;
}

export async function startSmtpServer(): Promise<Mailbox> {
  const mails: Mailbox['mails'] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
