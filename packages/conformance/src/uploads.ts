import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { verifyDeviceAuthToken } from '@threshold/protocol';
import { listen } from './listen.js';

// The kit's stand-in for the platform's clip upload (docs/protocol.md §5, §5.1): it takes what a camera sends to
// `PUT {platform}/v1/device-uploads/clips/{sha256}`, answers as the platform does, and keeps what it saw for the
// clip check. Nothing is written to disk.

/** The platform refuses a larger clip with 413 (docs/protocol.md §5.1). */
export const CLIP_MAX_BYTES = 50 * 1024 * 1024;

export interface UploadSeen {
  at: number;
  sha256: string;
  status: number;
  /** Why the upload was refused; null when it was stored. */
  refused: string | null;
  bytes: number;
  contentType: string | undefined;
  /** The 4-character type of the first ISO BMFF box (`ftyp` for an MP4), or null. */
  firstBox: string | null;
}

export interface UploadSink {
  url: string;
  uploads: UploadSeen[];
  close(): Promise<void>;
}

const PATH = /^\/v1\/device-uploads\/clips\/([0-9a-f]{64})$/;

export async function startUploadSink(o: {
  host: string;
  port: number;
  deviceId: () => string | null;
  now: () => number;
}): Promise<UploadSink> {
  const uploads: UploadSeen[] = [];
  const server: Server = createServer((req, res) => {
    void receive(req, o).then((seen) => {
      if (seen !== null) uploads.push(seen);
      const status = seen?.status ?? 404;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(seen?.refused ? { error: seen.refused } : { sha256: seen?.sha256, bytes: seen?.bytes }));
    });
  });
  const url = await listen(server, 'http', o);
  return {
    url,
    uploads,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function receive(
  req: IncomingMessage,
  o: { deviceId: () => string | null; now: () => number },
): Promise<UploadSeen | null> {
  const match = PATH.exec(new URL(req.url ?? '/', 'http://kit').pathname);
  if (req.method !== 'PUT' || match === null) {
    req.resume();
    return null;
  }
  const sha256 = match[1]!;
  const contentType = req.headers['content-type'];
  const base = { at: o.now(), sha256, contentType, bytes: 0, firstBox: null };
  const refusal = authRefusal(req.headers.authorization, o.deviceId(), o.now());
  if (refusal !== null) {
    req.resume();
    return { ...base, status: 401, refused: refusal };
  }
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > CLIP_MAX_BYTES) return { ...base, bytes, status: 413, refused: 'too_large' };
    if (bytes - chunk.length < 16) head.push(chunk);
    hash.update(chunk);
  }
  const firstBox = bytes >= 8 ? Buffer.concat(head).subarray(4, 8).toString('latin1') : null;
  const seen = { ...base, bytes, firstBox };
  if (contentType !== 'video/mp4') return { ...seen, status: 415, refused: `content-type ${contentType}` };
  if (hash.digest('hex') !== sha256) return { ...seen, status: 400, refused: 'hash_mismatch' };
  return { ...seen, status: 201, refused: null };
}

function authRefusal(authorization: string | undefined, deviceId: string | null, nowMs: number): string | null {
  const [scheme, token] = (authorization ?? '').trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() !== 'device' || !token) return 'missing Authorization: Device token';
  if (deviceId === null) return 'no device under test yet';
  const verified = verifyDeviceAuthToken(deviceId, token, nowMs);
  return verified.ok ? null : `device token ${verified.error}`;
}
