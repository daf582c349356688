import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Result } from '../ports.js';

// Video clips are stored content-addressed by SHA-256 (DESIGN.md, "clips"): a clip's name is its hash, so the
// hash a camera signs in its `clip` event (docs/protocol.md §5) names exactly these bytes and a file is never rewritten.

export type ClipPutError = 'bad_hash' | 'hash_mismatch' | 'too_large';
export type ClipOpenError = 'bad_hash' | 'not_found' | 'unsatisfiable';

export interface ByteRange {
  start: number;
  /** Inclusive, as in an HTTP Range header (RFC 9110 §14.1.2). */
  end?: number;
}

export interface OpenedClip {
  stream: ReadStream;
  size: number;
  start: number;
  end: number;
}

export interface ClipStore {
  put(sha256: string, body: Buffer | Readable): Promise<Result<{ created: boolean; bytes: number }, ClipPutError>>;
  has(sha256: string): Promise<boolean>;
  open(sha256: string, range?: ByteRange): Promise<Result<OpenedClip, ClipOpenError>>;
  /** Deletes the file (retention, deletion of a home: docs/ledger.md); true when there was one. */
  remove(sha256: string): Promise<boolean>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isSha256Hex(s: string): boolean {
  return SHA256_HEX.test(s);
}

export function createClipStore(opts: { dataDir: string; maxBytes?: number }): ClipStore {
  const root = join(opts.dataDir, 'clips');
  const maxBytes = opts.maxBytes ?? 50 * 1024 * 1024;
  const pathOf = (sha: string) => join(root, sha.slice(0, 2), sha.slice(2, 4), `${sha}.mp4`);
  const sizeOf = async (path: string) => (await stat(path).catch(() => null))?.size ?? null;

  return {
    async put(sha256, body) {
      if (!isSha256Hex(sha256)) return { ok: false, error: 'bad_hash' };
      const target = pathOf(sha256);
      await mkdir(dirname(target), { recursive: true });
      // Written under a temporary name and renamed only once the hash matched, so a reader never sees half a clip.
      const temp = `${target}.${randomUUID()}.part`;
      const written = await writeHashed(Buffer.isBuffer(body) ? Readable.from([body]) : body, temp, maxBytes);
      if (!written.ok || written.value.sha256 !== sha256) {
        await rm(temp, { force: true });
        return { ok: false, error: written.ok ? 'hash_mismatch' : written.error };
      }
      const existing = await sizeOf(target);
      if (existing !== null) {
        await rm(temp, { force: true });
        return { ok: true, value: { created: false, bytes: existing } };
      }
      await rename(temp, target);
      return { ok: true, value: { created: true, bytes: written.value.bytes } };
    },

    async has(sha256) {
      return isSha256Hex(sha256) && (await sizeOf(pathOf(sha256))) !== null;
    },

    async open(sha256, range) {
      if (!isSha256Hex(sha256)) return { ok: false, error: 'bad_hash' };
      const path = pathOf(sha256);
      const size = await sizeOf(path);
      if (size === null) return { ok: false, error: 'not_found' };
      const start = range?.start ?? 0;
      const end = Math.min(range?.end ?? size - 1, size - 1);
      if (start < 0 || start > end) return { ok: false, error: 'unsatisfiable' };
      return { ok: true, value: { stream: createReadStream(path, { start, end }), size, start, end } };
    },

    async remove(sha256) {
      if (!isSha256Hex(sha256)) return false;
      const path = pathOf(sha256);
      const existed = (await sizeOf(path)) !== null;
      await rm(path, { force: true });
      return existed;
    },
  };
}

async function writeHashed(
  source: Readable,
  path: string,
  maxBytes: number,
): Promise<Result<{ sha256: string; bytes: number }, 'too_large'>> {
  const hash = createHash('sha256');
  let bytes = 0;
  let tooLarge = false;
  async function* count(chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        tooLarge = true;
        return;
      }
      hash.update(chunk);
      yield chunk;
    }
  }
  await pipeline(source, count, createWriteStream(path));
  if (tooLarge) return { ok: false, error: 'too_large' };
  return { ok: true, value: { sha256: hash.digest('hex'), bytes } };
}

/** Random access to a stored clip, through ranged opens (what the MP4 check reads; mp4-check.ts). */
export async function clipBytes(
  store: ClipStore,
  sha256: string,
): Promise<{ size: number; read(offset: number, length: number): Promise<Buffer> } | null> {
  const whole = await store.open(sha256, { start: 0, end: 0 });
  if (!whole.ok) return null;
  whole.value.stream.destroy();
  return {
    size: whole.value.size,
    async read(offset, length) {
      if (length <= 0) return Buffer.alloc(0);
      const opened = await store.open(sha256, { start: offset, end: offset + length - 1 });
      if (!opened.ok) return Buffer.alloc(0);
      const chunks: Buffer[] = [];
      for await (const chunk of opened.value.stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
