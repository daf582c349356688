import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { frameWriter } from '../src/live/sse.js';

function fakeResponse() {
  const writes: string[] = [];
  const res = {
    destroyed: false,
    writableEnded: false,
    write: (chunk: string) => writes.push(chunk) > 0,
  };
  return { res, writes, asResponse: res as unknown as ServerResponse };
}

const event = (id: number, type: string) => ({ id, homeId: 'home_1', type, data: { n: id } });

describe('SSE frame writer', () => {
  it('writes the frames of one synchronous run as one chunk, in order, after it', async () => {
    const { writes, asResponse } = fakeResponse();
    const write = frameWriter(asResponse);
    write(event(1, 'home.ledger'));
    write(event(2, 'home.visit'));
    expect(writes).toEqual([]);
    await Promise.resolve();
    expect(writes).toEqual(['id: 1\nevent: home.ledger\ndata: {"n":1}\n\nid: 2\nevent: home.visit\ndata: {"n":2}\n\n']);
    write(event(3, 'home.device'));
    await Promise.resolve();
    expect(writes).toHaveLength(2);
    expect(writes[1]).toBe('id: 3\nevent: home.device\ndata: {"n":3}\n\n');
  });

  it('writes nothing to a client that is gone', async () => {
    const { res, writes, asResponse } = fakeResponse();
    const write = frameWriter(asResponse);
    write(event(1, 'home.visit'));
    res.destroyed = true;
    await Promise.resolve();
    expect(writes).toEqual([]);
  });
});
