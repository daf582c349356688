import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { writeFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { renderClip } from '@threshold/devices';

// A real camera renders its clip on its own hardware; the emulated camera runs ffmpeg on this machine (~0.1-0.3 s of
// CPU per clip), which would be charged to the platform in a benchmark. In the benchmark's device process only, a
// few clips are rendered once at start, by the camera's own code (renderClip), before any visit; each clip a camera
// then asks ffmpeg for is written at once from the one nearest its length, so it is a real MP4 that passes the
// platform's check (server clips/mp4-check.ts) as a real camera's does. A `free` box of random bytes at its end makes
// every clip's bytes (and hash) its own. The upload over HTTP and the signed `clip` event still happen, so the
// platform does all its work for every clip. A clip longer than the rendered ones is rendered by ffmpeg as usual.
// `syncBuiltinESMExports` (Node "Modules: node:module API") makes ES imports of `spawn` see the replacement.

type Spawn = (command: string, args: readonly string[], options?: object) => unknown;

/** Lengths rendered at start: each stands in for clips up to a second shorter or longer (clip-check.ts tolerance). */
const TEMPLATE_MS = [1_000, 3_000, 5_000] as const;
/** The platform accepts a video within this of the length the camera signs (services/visits/clip-check.ts). */
const tolerance = (claimedMs: number) => Math.max(1_000, claimedMs / 10);

/** An ISO BMFF `free` box (ISO/IEC 14496-12 §8.1.2): skipped by every reader, here carrying 16 random bytes. */
function uniqueFreeBox(): Buffer {
  const box = Buffer.alloc(8 + 16);
  box.writeUInt32BE(box.length, 0);
  box.write('free', 4, 'latin1');
  randomBytes(16).copy(box, 8);
  return box;
}

/** The rendered clip to stand in for one of `claimedMs`: the nearest within tolerance, never longer by more. */
function templateFor(templates: ReadonlyMap<number, Uint8Array>, claimedMs: number): Uint8Array | undefined {
  if (!Number.isFinite(claimedMs)) return undefined;
  let best: number | undefined;
  for (const ms of templates.keys()) {
    if (Math.abs(ms - claimedMs) > tolerance(claimedMs)) continue;
    if (best === undefined || Math.abs(ms - claimedMs) < Math.abs(best - claimedMs)) best = ms;
  }
  return best === undefined ? undefined : templates.get(best);
}

/** The clip length ffmpeg was asked for (`-t` seconds), in ms. */
function requestedMs(args: readonly string[]): number {
  const at = args.indexOf('-t');
  return at < 0 ? Number.NaN : Number(args[at + 1]) * 1000;
}

/** Replaces ffmpeg's clip render; resolves once the clips it copies are rendered (before the devices start). */
export async function replaceClipRendering(): Promise<void> {
  const require = createRequire(import.meta.url);
  const childProcess = require('node:child_process') as { spawn: Spawn };
  const realSpawn = childProcess.spawn;
  const templates = new Map<number, Uint8Array>();
  for (const durationMs of TEMPLATE_MS) {
    const clip = await renderClip({ deviceId: 'bench-template', startedAt: Date.now(), durationMs });
    if (!clip.ok) throw new Error(`could not render the benchmark's ${durationMs} ms clip: ${clip.error}`);
    templates.set(durationMs, clip.value.bytes);
  }
  childProcess.spawn = (command, args, options) => {
    const template = args.includes('lavfi') ? templateFor(templates, requestedMs(args)) : undefined;
    if (!template) return realSpawn(command, args, options);
    writeFileSync(args.at(-1)!, Buffer.concat([template, uniqueFreeBox()]));
    const child = new EventEmitter();
    setImmediate(() => child.emit('close', 0));
    return child;
  };
  syncBuiltinESMExports();
}
