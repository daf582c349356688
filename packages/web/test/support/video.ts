import type { Locator } from 'playwright-core';

/** The part of the page's <video> element a test reads (it runs in the browser, typed without the DOM lib). */
interface VideoElement {
  muted: boolean;
  play(): Promise<void>;
  readyState: number;
  duration: number;
  error: { code: number } | null;
}

/** Plays a <video> muted and waits (up to 10 s) until it has a frame: answers its state, duration and error code. */
export function playVideo(video: Locator): Promise<{ readyState: number; duration: number; error: number | null }> {
  return video.evaluate(async (v: VideoElement) => {
    v.muted = true;
    await v.play().catch(() => undefined);
    for (let i = 0; i < 100 && v.readyState < 2; i++) await new Promise((r) => setTimeout(r, 100));
    return { readyState: v.readyState, duration: v.duration, error: v.error?.code ?? null };
  });
}
