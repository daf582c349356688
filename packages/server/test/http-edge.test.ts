import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bus } from '../src/bus.js';
import type { Gateway } from '../src/gateway/gateway.js';
import { silentLog } from '../src/gateway/log.js';
import { call, expectProblem, type TestApp, testApp } from './support/app.js';
import { startTestGateway } from './support/gateway.js';
import { openSqliteTestStore, type TestStore } from './support/stores.js';
import { type Tenant, type TenantVisit, withDeliveries, world } from './support/world.js';

// Requests malformed or hostile at the HTTP edge, over a real socket where the socket is the point.

let db: TestStore;
let t: TestApp;
let base: URL;
let a: Tenant & TenantVisit;
let gateway: Gateway;

beforeAll(async () => {
  db = await openSqliteTestStore();
  gateway = await startTestGateway(db.store);
  t = await testApp(db.store, { gateway, visits: { bus: new Bus(), log: silentLog } });
  a = (await withDeliveries(await world(t.app))).a;
  base = new URL(await t.app.listen({ host: '127.0.0.1', port: 0 }));
});
afterAll(async () => {
  await t.app.close();
  await gateway.stop();
  await db.dispose();
});

describe('HTTP edge', () => {
  it('answers oversized headers (over 16 KiB) with 431 problem+json', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(base.port), base.hostname, () => {
        socket.write(`GET /v1/me HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(17 * 1024)}\r\n\r\n`);
      });
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString();
      });
      socket.on('close', () => resolve(text));
      socket.on('error', (error) => (text ? resolve(text) : reject(error)));
    });
    const [head = '', body = ''] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head.toLowerCase()).toContain('content-type: application/problem+json');
    expect(JSON.parse(body)).toMatchObject({ type: 'urn:threshold:problem:headers-too-large', status: 431 });
  });

  it('answers a fallback with no body 400, not 500', async () => {
    const res = await call(t.app, a.courierToken, { method: 'POST', url: `/v1/visits/${a.visitId}/fallback` });
    expectProblem(res, 400, 'validation');
    expect(res.json()).toMatchObject({ field: 'body' });
  });

  it('refuses an anonymous 10 MB photo before reading its body', async () => {
    const size = 10 * 1024 * 1024;
    let sent = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        new URL(`/v1/visits/${a.visitId}/fallback`, base),
        { method: 'POST', headers: { 'content-type': 'image/jpeg', 'content-length': size } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', (error) => (sent < size ? undefined : reject(error)));
      // Send only the first 64 KiB, then wait: a server that buffers the body would never answer.
      sent = 64 * 1024;
      req.write(Buffer.alloc(sent));
    });
    expect(status).toBe(401);
    expect(sent).toBeLessThan(size);
  });

  it('refuses a photo from a signed-in stranger before reading its body too', async () => {
    const status = await new Promise<number>((resolve) => {
      const req = request(
        new URL(`/v1/visits/${a.visitId}/fallback`, base),
        {
          method: 'POST',
          headers: { 'content-type': 'image/jpeg', 'content-length': 1024 * 1024, authorization: `Bearer ${a.token}` },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', () => undefined);
      req.write(Buffer.alloc(1024));
    });
    // The home's owner may read the visit but is not its courier.
    expect(status).toBe(403);
  });
});
