import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { api, serverEnv, startServer, stopServer } from './support/server-process.js';

// A browser that keeps a live stream open must not keep the server from stopping: the port is free again within a few
// seconds of SIGTERM, so a restart does not fail with "address in use". Needs the built server (npm run build).

describe('SIGTERM while a browser holds a live stream', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-shutdown-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('ends the stream and exits within a few seconds', async () => {
    const server = await startServer(await serverEnv(dataDir));
    const world = JSON.parse(readFileSync(join(dataDir, 'demo', 'demo.json'), 'utf8')) as { homeId: string };
    const { customer } = DEMO_ACCOUNTS;
    const signedIn = await api<{ token: string }>(server.base, 'POST', '/v1/auth/sign-in', {
      body: { email: customer.email, password: customer.password },
    });
    const stream = await fetch(`${server.base}/v1/homes/${world.homeId}/events`, {
      headers: { authorization: `Bearer ${signedIn.body.token}`, accept: 'text/event-stream' },
    });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain(': connected');
    const ended = (async () => {
      for (;;) if ((await reader.read().catch(() => ({ done: true }))).done) return Date.now();
    })();

    const started = Date.now();
    const code = await stopServer(server.child);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(code).toBe(0);
    expect((await ended) - started).toBeLessThan(5_000);
  }, 40_000);
});
