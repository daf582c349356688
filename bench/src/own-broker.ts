import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remember } from './cluster-nodes.js';
import { freePort } from './free-port.js';

// `--own-broker` of `npm run bench -- cluster`: a Mosquitto of the benchmark's own on a free port, with
// `set_tcp_nodelay true` (off by default in Mosquitto 2.0, which then holds each small packet it sends for a delayed
// ACK: ~40 ms per message on loopback), no persistence, and only errors and warnings logged. Started from `mosquitto` on the PATH, ended by its pid.

export interface OwnBroker {
  url: string;
  stop(): Promise<void>;
}

async function listening(port: number, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (up) return;
    if (Date.now() > deadline) throw new Error(`mosquitto not listening on ${port} within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startOwnBroker(): Promise<OwnBroker> {
  const dir = mkdtempSync(join(tmpdir(), 'threshold-bench-mosquitto-'));
  const port = await freePort();
  const conf = join(dir, 'mosquitto.conf');
  // Errors and warnings only: a line per connection would bury the figures.
  const settings = [
    'allow_anonymous true',
    'set_tcp_nodelay true',
    'persistence false',
    'log_type error',
    'log_type warning',
  ];
  writeFileSync(conf, `listener ${port} 127.0.0.1\n${settings.join('\n')}\n`);
  const child = spawn('mosquitto', ['-c', conf], { stdio: ['ignore', 'ignore', 'inherit'] });
  remember(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await listening(port, 10_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `mqtt://127.0.0.1:${port}`, stop };
}
