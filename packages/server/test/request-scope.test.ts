import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { requestIdMixin, runInRequestScope } from '../src/http/request-scope.js';

// A line any logger writes while a request is handled names that request (docs/operations.md "Logs"); that the
// scope reaches the services a handler calls is shown by tracing.test.ts (the visit's opening joins the request).

function recordingLog() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(chunk.toString());
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, raw, log: pino({ mixin: requestIdMixin }, stream) };
}

describe('request ids in log lines', () => {
  it('adds the id of the request being handled, across awaits, and only once', async () => {
    const { lines, raw, log } = recordingLog();
    log.info('outside any request');
    await new Promise<void>((resolve) =>
      runInRequestScope({ requestId: 'req-abc12345', trace: undefined }, () => {
        void (async () => {
          await new Promise((r) => setTimeout(r, 5));
          log.warn({ visitId: 'vis_1' }, 'command failed');
          log.child({ reqId: 'req-abc12345' }).info('from the request logger');
          resolve();
        })();
      }),
    );
    await new Promise((r) => setImmediate(r));
    expect(lines.map((l) => l.reqId)).toEqual([undefined, 'req-abc12345', 'req-abc12345']);
    // The request logger's own binding is not written a second time.
    expect(raw[2]?.match(/"reqId"/g)).toHaveLength(1);
  });
});
