import type { CommandRejection } from '@threshold/protocol';

/**
 * What a device decided about one command: the ack to send, and what happens after the ack (docs/protocol.md §4:
 * "ok" comes first, then the event it promises, e.g. `bolt` or `recording: started`).
 */
export interface Outcome {
  ack: { status: 'ok'; result?: Record<string, unknown> } | { status: 'rejected'; reason: CommandRejection };
  after?: () => void;
}

export const ok = (result?: Record<string, unknown>, after?: () => void): Outcome => ({
  ack: result === undefined ? { status: 'ok' } : { status: 'ok', result },
  ...(after === undefined ? {} : { after }),
});

export const rejected = (reason: CommandRejection, after?: () => void): Outcome => ({
  ack: { status: 'rejected', reason },
  ...(after === undefined ? {} : { after }),
});
