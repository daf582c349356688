import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

// Real image files for upload tests, made by the same ffmpeg the emulated camera renders its clips with.

const FFMPEG = (createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string }).path;

function render(format: 'mjpeg' | 'image2pipe', codec: string): Buffer {
  return execFileSync(FFMPEG, [
    ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=160x120:rate=1'],
    ...['-frames:v', '1', '-c:v', codec, '-f', format, 'pipe:1'],
  ]);
}

export const aJpeg = (): Buffer => render('mjpeg', 'mjpeg');
export const aPng = (): Buffer => render('image2pipe', 'png');
