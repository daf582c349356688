import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '@threshold/protocol';

const require = createRequire(import.meta.url);
const FFMPEG: string = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf');

/** A clip never runs longer than this, however long the recording was. */
export const MAX_CLIP_MS = 60_000;
const FPS = 10;

export interface Clip {
  bytes: Uint8Array;
  sha256: string;
  durationMs: number;
}

/**
 * Renders what the camera "saw": an H.264 MP4 (ffmpeg's `testsrc2` pattern, 320x240 at 10 fps) with the device id and
 * the wall-clock time of each frame burned in, so a clip can be told apart from any other by looking at it.
 * `+faststart` puts the index first so a browser can play it while it downloads.
 */
export async function renderClip(o: {
  deviceId: string;
  startedAt: number;
  durationMs: number;
}): Promise<Result<Clip, 'render_failed'>> {
  const durationMs = Math.max(100, Math.min(MAX_CLIP_MS, Math.round(o.durationMs)));
  const dir = await mkdtemp(join(tmpdir(), 'threshold-clip-'));
  const out = join(dir, 'clip.mp4');
  try {
    const code = await run(FFMPEG, ffmpegArgs({ ...o, durationMs }, out));
    if (code !== 0) return { ok: false, error: 'render_failed' };
    const bytes = new Uint8Array(await readFile(out));
    if (bytes.length === 0) return { ok: false, error: 'render_failed' };
    return { ok: true, value: { bytes, sha256: sha256Hex(bytes), durationMs } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function ffmpegArgs(o: { deviceId: string; startedAt: number; durationMs: number }, out: string): string[] {
  // drawtext expands %{pts:gmtime:OFFSET:FORMAT}; the ':' inside the format is escaped once for the expansion and
  // once more for the filter graph (https://ffmpeg.org/ffmpeg-filters.html#Text-expansion).
  const epoch = (o.startedAt / 1000).toFixed(3);
  const clock = `%{pts\\:gmtime\\:${epoch}\\:%Y-%m-%d %H\\\\\\:%M\\\\\\:%S} UTC`;
  const style = `fontfile=${FONT}:fontsize=13:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=3`;
  const filter = [`drawtext=${style}:x=6:y=6:text='${clock}'`, `drawtext=${style}:x=6:y=h-22:text='${o.deviceId}'`];
  return [
    ...['-hide_banner', '-loglevel', 'error', '-nostdin', '-y'],
    ...['-f', 'lavfi', '-i', `testsrc2=size=320x240:rate=${FPS}`],
    ...['-t', (o.durationMs / 1000).toFixed(3), '-vf', filter.join(',')],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-movflags', '+faststart'],
    ...['-f', 'mp4', out],
  ];
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('error', () => resolve(-1));
    child.on('close', (code) => resolve(code ?? -1));
  });
}
