import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { writeFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';

// A real camera renders its clip on its own hardware; the emulated camera runs ffmpeg on this machine (~0.1-0.3 s of
// CPU per clip), which would be charged to the platform in a benchmark. In the benchmark's device process only,
// ffmpeg's clip render is replaced by writing a small unique file at once; the upload over HTTP and the signed `clip`
// event still happen, so the platform does all its work for every clip.
// `syncBuiltinESMExports` (Node "Modules: node:module API") makes ES imports of `spawn` see the replacement.

type Spawn = (command: string, args: readonly string[], options?: object) => unknown;

export function replaceClipRendering(): void {
  const require = createRequire(import.meta.url);
  const childProcess = require('node:child_process') as { spawn: Spawn };
  const realSpawn = childProcess.spawn;
  childProcess.spawn = (command, args, options) => {
    if (!args.includes('lavfi')) return realSpawn(command, args, options);
    writeFileSync(args.at(-1)!, Buffer.concat([Buffer.from('threshold bench clip '), randomBytes(32)]));
    const child = new EventEmitter();
    setImmediate(() => child.emit('close', 0));
    return child;
  };
  syncBuiltinESMExports();
}
