import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createClipStore } from '../src/clips/clip-store.js';

const dataDir = mkdtempSync(join(tmpdir(), 'threshold-clip-store-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));

describe('clip store', () => {
  const store = createClipStore({ dataDir, maxBytes: 64 });

  it('stores a stream under clips/ab/cd/<sha256>.mp4, once', async () => {
    const body = Buffer.from('a short clip');
    const hash = sha(body);
    expect(await store.put(hash, Readable.from([body.subarray(0, 5), body.subarray(5)]))).toEqual({
      ok: true,
      value: { created: true, bytes: body.length },
    });
    expect(await store.put(hash, body)).toEqual({ ok: true, value: { created: false, bytes: body.length } });
    expect(files(dataDir)).toEqual([`clips/${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}.mp4`]);
  });

  it('refuses a body whose hash differs, one too large and a malformed hash, leaving nothing behind', async () => {
    const before = files(dataDir);
    expect(await store.put('0'.repeat(64), Buffer.from('other bytes'))).toEqual({ ok: false, error: 'hash_mismatch' });
    const big = Buffer.alloc(65, 1);
    expect(await store.put(sha(big), big)).toEqual({ ok: false, error: 'too_large' });
    expect(await store.put('../../etc/passwd', Buffer.from('x'))).toEqual({ ok: false, error: 'bad_hash' });
    expect(files(dataDir)).toEqual(before);
    expect(await store.has('0'.repeat(64))).toBe(false);
  });

  it('opens a range, and refuses an unknown clip or an unsatisfiable range', async () => {
    const body = Buffer.from('0123456789');
    const hash = sha(body);
    await store.put(hash, body);
    const opened = await store.open(hash, { start: 7 });
    if (!opened.ok) throw new Error(opened.error);
    expect({ size: opened.value.size, start: opened.value.start, end: opened.value.end }).toEqual({
      size: 10,
      start: 7,
      end: 9,
    });
    opened.value.stream.destroy();
    expect(await store.open(hash, { start: 10 })).toEqual({ ok: false, error: 'unsatisfiable' });
    expect(await store.open('1'.repeat(64))).toEqual({ ok: false, error: 'not_found' });
  });
});
