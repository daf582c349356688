import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';

// `npm start` as a newcomer runs it: the built server, a fresh data folder, the demo. Needs `npm run build` first
// (npm test does it).

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function waitForOutput(child: ChildProcess, text: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no "${text}" within ${timeoutMs} ms:\n${out}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(text)) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before "${text}":\n${out}`)));
  });
}

describe('npm start on a bare machine', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-start-'));
  let child: ChildProcess;
  let base: string;
  let banner: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      MQTT_PORT: String(await freePort()),
      DEMO_CONTROL_PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      MQTT_URL: '',
    };
    child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    banner = await waitForOutput(child, 'Threshold demo is running', 20_000);
  }, 30_000);

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints the demo accounts, and each signs in', async () => {
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      expect(banner).toContain(`${account.email} / ${account.password}`);
      const res = await fetch(`${base}/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: account.email, password: account.password }),
      });
      expect(res.status).toBe(200);
    }
  });

  it('serves the OpenAPI document', async () => {
    const res = await fetch(`${base}/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/v1/homes/{homeId}/devices');
  });

  it('shows the demo lock and camera online at the front door within 10 s', async () => {
    const world = JSON.parse(readFileSync(join(dataDir, 'demo', 'demo.json'), 'utf8')) as { homeId: string };
    const signIn = await fetch(`${base}/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_ACCOUNTS.customer.email, password: DEMO_ACCOUNTS.customer.password }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const deadline = Date.now() + 10_000;
    let devices: Array<{ kind: string; online: boolean }> = [];
    while (Date.now() < deadline) {
      const res = await fetch(`${base}/v1/homes/${world.homeId}/devices`, {
        headers: { authorization: `Bearer ${token}` },
      });
      devices = ((await res.json()) as { items: typeof devices }).items;
      if (devices.length === 2 && devices.every((d) => d.online)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(devices.map((d) => [d.kind, d.online]).sort()).toEqual([
      ['camera', true],
      ['lock', true],
    ]);
  });

  it('shuts down cleanly on SIGTERM, devices included', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
