import type { Threshold } from './client.js';
import { ProblemError } from './problem.js';
import { sseParser } from './sse.js';

// The live stream of a home (GET /v1/homes/{homeId}/events, docs/api.md "Live updates").

export type LiveEventType = 'home.visit' | 'home.device' | 'home.alert' | 'home.ledger' | 'resync';

export interface LiveEvent {
  /** Pass the last one seen as `lastEventId` when reconnecting, to replay what the server still holds. */
  id: string | undefined;
  type: LiveEventType;
  data: Record<string, unknown>;
}

export interface LiveOptions {
  lastEventId?: string;
  signal?: AbortSignal;
}

/**
 * Opens the home's live stream and answers once the server accepted it (a refusal throws a {@link ProblemError}),
 * with its events as they happen, until `signal` aborts or the server ends the stream. A `resync` event means the
 * server no longer holds what was missed: reload, then carry on.
 */
export async function openHomeEvents(
  threshold: Threshold,
  homeId: string,
  options: LiveOptions = {},
): Promise<AsyncGenerator<LiveEvent, void>> {
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (options.lastEventId) headers['last-event-id'] = options.lastEventId;
  const response = await threshold.fetch(`/v1/homes/${encodeURIComponent(homeId)}/events`, {
    headers,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!response.ok || !response.body) throw await ProblemError.fromResponse(response);
  return eventsOf(response.body, options.signal);
}

/** The same, as one iterable: the stream opens on the first `next()`. */
export async function* homeEvents(threshold: Threshold, homeId: string, options: LiveOptions = {}) {
  yield* await openHomeEvents(threshold, homeId, options);
}

async function* eventsOf(body: ReadableStream<Uint8Array>, signal: AbortSignal | undefined) {
  const ready: LiveEvent[] = [];
  const feed = sseParser((message) => {
    ready.push({ id: message.id, type: message.event as LiveEventType, data: JSON.parse(message.data) });
  });
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  // Aborting the fetch does not always end a read already waiting on the piped stream; cancelling the reader does
  // (the pending read then answers done), so the iteration ends whenever the signal fires.
  const stop = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', stop, { once: true });
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      feed(value);
      yield* ready.splice(0);
    }
  } catch (error) {
    if (signal?.aborted) return;
    throw error;
  } finally {
    signal?.removeEventListener('abort', stop);
    await reader.cancel().catch(() => undefined);
  }
}
