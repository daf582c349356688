import type { ServerResponse } from 'node:http';
import type { LiveEvent } from './live-hub.js';

// Server-sent events framing (HTML Living Standard, "Server-sent events", §9.2.5 and §9.2.6).

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  // Tells nginx-style proxies not to buffer the stream.
  'x-accel-buffering': 'no',
} as const;

/** `data` is one line of JSON (JSON.stringify escapes newlines), so the frame never splits. */
export function sseFrame(event: LiveEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

export const sseComment = (text: string) => `: ${text}\n\n`;

/** The Last-Event-ID a reconnecting EventSource sends, when it is one of our numeric ids. */
export function lastEventIdOf(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !/^\d{1,20}$/.test(value.trim())) return undefined;
  const id = Number(value.trim());
  return Number.isSafeInteger(id) ? id : undefined;
}

/** Writes unless the client is gone; a slow client's buffered bytes are Node's to hold, not ours to count. */
export function writeTo(res: ServerResponse, chunk: string): void {
  if (!res.destroyed && !res.writableEnded) res.write(chunk);
}

/**
 * A listener that writes the frames published in one synchronous run (a transition's ledger entries and its visit
 * state, docs/performance.md §4) as one chunk at the end of it: one socket write instead of one per frame, no later.
 */
export function frameWriter(res: ServerResponse): (event: LiveEvent) => void {
  let frames = '';
  const flush = () => {
    const chunk = frames;
    frames = '';
    writeTo(res, chunk);
  };
  return (event) => {
    if (frames === '') queueMicrotask(flush);
    frames += sseFrame(event);
  };
}
