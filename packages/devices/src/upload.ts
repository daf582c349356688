import type { Result } from '@threshold/protocol';

export interface UploadOptions {
  platformUrl: string;
  sha256: string;
  /** The recording session the clip is of (`Threshold-Session`, docs/protocol.md §5). */
  session?: string;
  body: Uint8Array;
  /** A fresh `Authorization: Device` token per attempt (docs/protocol.md §2.1: valid ±10 minutes). */
  token: () => string;
  signal: AbortSignal;
  maxAttempts?: number;
  firstDelayMs?: number;
}

export type UploadError = 'gave_up' | 'aborted';

const MAX_DELAY_MS = 10_000;

/**
 * docs/protocol.md §5: `PUT {platform}/v1/device-uploads/clips/{sha256}`; 201 or 200 means stored. Any other answer
 * or a network failure is retried with exponential backoff, as a camera keeps a clip until the platform has it.
 */
export async function uploadClip(o: UploadOptions): Promise<Result<{ status: number; attempts: number }, UploadError>> {
  const url = new URL(`v1/device-uploads/clips/${o.sha256}`, withSlash(o.platformUrl));
  const maxAttempts = o.maxAttempts ?? 12;
  let delay = o.firstDelayMs ?? 250;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const status = await put(url, o);
    if (status === 200 || status === 201) return { ok: true, value: { status, attempts: attempt } };
    if (o.signal.aborted) return { ok: false, error: 'aborted' };
    if (attempt < maxAttempts && !(await sleep(delay, o.signal))) return { ok: false, error: 'aborted' };
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  }
  return { ok: false, error: 'gave_up' };
}

async function put(url: URL, o: UploadOptions): Promise<number | null> {
  try {
    const res = await fetch(url, {
      method: 'PUT',
      headers: {
        authorization: `Device ${o.token()}`,
        'content-type': 'video/mp4',
        ...(o.session === undefined ? {} : { 'threshold-session': o.session }),
      },
      body: o.body,
      signal: o.signal,
    });
    await res.arrayBuffer().catch(() => undefined); // drain, so the connection can be reused
    return res.status;
  } catch {
    return null;
  }
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** Resolves true after `ms`, or false at once if aborted. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
