import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MQTT_URL, parseCli } from '../src/cli-args.js';
import { readIdentity } from '../src/identity.js';
import { startBroker } from './support/broker.js';
import { TestPlatformDouble } from './support/platform-double.js';

// The built entry point, as `npm run devices` runs it (`npm test` builds first).
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'threshold-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('command line arguments', () => {
  it('reads options, environment defaults and faults', () => {
    const env = { THRESHOLD_MQTT_URL: 'mqtt://127.0.0.1:1999', THRESHOLD_URL: 'http://127.0.0.1:9000' };
    expect(parseCli(['run', 'a.json', 'b.json', '--fault', 'jam', '--fault', 'clockSkewMs=900'], env)).toEqual({
      ok: true,
      value: {
        command: 'run',
        files: ['a.json', 'b.json'],
        mqttUrl: 'mqtt://127.0.0.1:1999',
        platformUrl: 'http://127.0.0.1:9000',
        control: null,
        faults: { jam: true, clockSkewMs: 900 },
      },
    });
    const run = parseCli(['run', 'a.json', '--control', '127.0.0.1:8091', '--mqtt', 'mqtt://x:1'], {});
    expect(run.ok && run.value.command === 'run' && [run.value.control, run.value.mqttUrl]).toEqual([
      { host: '127.0.0.1', port: 8091 },
      'mqtt://x:1',
    ]);
    const bare = parseCli(['run', 'a.json'], {});
    expect(bare.ok && bare.value.command === 'run' && bare.value.mqttUrl).toBe(DEFAULT_MQTT_URL);
    expect(parseCli(['run', 'a.json', '--fault', 'melt'], {})).toEqual({ ok: false, error: 'unknown fault: melt' });
    expect(parseCli(['provision', 'toaster', '--out', 'x'], {}).ok).toBe(false);
    expect(parseCli(['provision', 'lock', '--out', 'a.json', 'camera', '--out', 'b.json'], {})).toEqual({
      ok: true,
      value: {
        command: 'provision',
        identities: [
          { kind: 'lock', out: 'a.json' },
          { kind: 'camera', out: 'b.json' },
        ],
      },
    });
    expect(parseCli(['provision', 'lock', 'camera', '--out', 'a.json'], {}).ok).toBe(false);
    expect(parseCli(['provision', 'lock', '--out', 'a.json', 'toaster', '--out', 'b.json'], {}).ok).toBe(false);
    expect(parseCli(['run'], {}).ok).toBe(false);
  });
});

describe('the fleet runner', () => {
  let broker: Awaited<ReturnType<typeof startBroker>>;
  let platform: TestPlatformDouble;
  let child: ChildProcess | null = null;
  beforeAll(async () => {
    broker = await startBroker();
    platform = await TestPlatformDouble.connect(broker.url);
    return async () => {
      if (child !== null && child.exitCode === null) child.kill('SIGKILL');
      await platform.close();
      await broker.close();
    };
  });

  it('provisions, runs two devices with a control API and says offline on SIGTERM', async () => {
    const lockFile = join(dir, 'lock.json');
    const out = await run(process.execPath, [CLI, 'provision', 'lock', '--out', lockFile]);
    const lock = readIdentity(lockFile);
    if (!lock.ok) throw new Error(lock.error);
    expect(out.stdout).toContain(lock.value.id);
    expect(out.stdout).toContain(lock.value.claimCode);
    const camFile = join(dir, 'cam.json');
    const openerFile = join(dir, 'opener.json');
    // Several identities in one process, as the platform's demo provisions its fleet.
    await run(process.execPath, [CLI, 'provision', 'camera', '--out', camFile, 'opener', '--out', openerFile]);
    expect([readIdentity(camFile), readIdentity(openerFile)].map((r) => r.ok && r.value.kind)).toEqual([
      'camera',
      'opener',
    ]);

    const proc = spawn(process.execPath, [
      CLI,
      'run',
      lockFile,
      camFile,
      '--mqtt',
      broker.url,
      '--control',
      '127.0.0.1:0',
    ]);
    child = proc;
    const controlUrl = await new Promise<string>((resolve, reject) => {
      let text = '';
      proc.stdout.on('data', (c: Buffer) => {
        text += String(c);
        const m = /control API (http:\/\/\S+)/.exec(text);
        if (m !== null) resolve(m[1]!);
      });
      proc.on('exit', () => reject(new Error(`exited early: ${text}`)));
    });
    await platform.waitFor((s) => s.deviceId === lock.value.id && s.channel === 'state');
    const res = await fetch(`${controlUrl}/devices/${lock.value.id}/door/open`, { method: 'POST' });
    expect(res.status).toBe(200);
    const door = await platform.waitForEvent(lock.value.id, 'door');
    expect(door.data).toEqual({ door: 'open' });

    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    const statuses = platform.seen.filter((s) => s.channel === 'status').map((s) => `${s.deviceId}:${s.text}`);
    expect(statuses).toContain(`${lock.value.id}:offline`);
    expect(statuses.filter((s) => s.endsWith(':offline'))).toHaveLength(2);
  });
});
