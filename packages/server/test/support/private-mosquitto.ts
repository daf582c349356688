import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './cluster-nodes.js';
import { freePort } from './server-process.js';

// A Mosquitto of the test's own on a free port, which the test may kill and start again on the same port (never the
// machine's broker on :1883, which other tests share). Persistence is on and saved every second, as
// docs/operations.md "Broker and database restarts" recommends, so the platform's sessions survive a restart.

export const MOSQUITTO = '/usr/sbin/mosquitto';

export interface PrivateMosquitto {
  url: string;
  /** Where the broker saves its sessions and retained messages. */
  persistenceFile: string;
  /** Ends the broker with `signal` and waits for its exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port with the same persistence, once it is listening. */
  start(): Promise<void>;
  /** Ends it (if running) and removes its folder. */
  stop(): Promise<void>;
}

export function mosquittoAvailable(): boolean {
  return existsSync(MOSQUITTO);
}

/** Whether something accepts a TCP connection on `port` now. */
function accepts(port: number): Promise<true | undefined> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(undefined));
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startPrivateMosquitto(): Promise<PrivateMosquitto> {
  const dir = mkdtempSync(join(tmpdir(), 'threshold-mosquitto-'));
  chmodSync(dir, 0o777); // started as root, Mosquitto drops to its own user before it saves here
  const port = await freePort();
  const conf = join(dir, 'mosquitto.conf');
  writeFileSync(
    conf,
    [
      `listener ${port} 127.0.0.1`,
      'allow_anonymous true',
      'set_tcp_nodelay true',
      'persistence true',
      `persistence_location ${dir}/`,
      // Saved every second (not only at a clean exit): what a broker killed with SIGKILL knew a second before.
      'autosave_interval 1',
      '',
    ].join('\n'),
  );
  let child: ChildProcess | undefined;
  const broker: PrivateMosquitto = {
    url: `mqtt://127.0.0.1:${port}`,
    persistenceFile: join(dir, 'mosquitto.db'),
    async kill(signal) {
      if (!child) return;
      const done = exited(child);
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await done;
      child = undefined;
    },
    async start() {
      child = spawn(MOSQUITTO, ['-c', conf], { stdio: ['ignore', 'ignore', 'ignore'] });
      await eventually(`mosquitto listening on ${port}`, 10_000, () => accepts(port));
    },
    async stop() {
      await broker.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await broker.start();
  } catch (error) {
    await broker.stop();
    throw error;
  }
  return broker;
}

/** Milliseconds since the epoch when the broker last saved its state, or 0 before it ever did. */
export function savedAt(broker: PrivateMosquitto): number {
  return existsSync(broker.persistenceFile) ? statSync(broker.persistenceFile).mtimeMs : 0;
}
