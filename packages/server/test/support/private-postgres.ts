import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './server-process.js';

// A PostgreSQL of the test's own (initdb and pg_ctl, PostgreSQL 15 at /usr/local/bin) in a temporary folder on a free
// port, with its socket in that folder: the test may stop and start it mid-traffic, which the machine's PostgreSQL
// (shared by every test and CI) must never be. As root the server runs as the `postgres` user (it refuses root).

const BIN = '/usr/local/bin';
const run = promisify(execFile);

export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:port/postgres */
  url: string;
  /** `pg_ctl stop` with `mode` (fast: clients are told; immediate: as a crash, recovery at the next start). */
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** Stops it (immediately) and removes its folder. */
  remove(): Promise<void>;
}

function asPostgres(): string[] {
  return process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
}

/** Whether a private server can be made here: the binaries, and the `postgres` user when running as root. */
export async function privatePostgresAvailable(): Promise<boolean> {
  if (!existsSync(join(BIN, 'initdb')) || !existsSync(join(BIN, 'pg_ctl'))) return false;
  if (process.getuid?.() !== 0) return true;
  return run('id', ['-u', 'postgres']).then(
    () => true,
    () => false,
  );
}

async function as(command: string, args: string[]): Promise<void> {
  const [head, ...rest] = [...asPostgres(), join(BIN, command), ...args];
  await run(head!, rest, { timeout: 60_000 });
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'threshold-pg-'));
  chmodSync(dir, 0o777); // the `postgres` user writes here
  const data = join(dir, 'data');
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const ctl = (args: string[]) => as('pg_ctl', ['-D', data, '-l', join(dir, 'log'), ...args]);
  let running = false;
  const pg: PrivatePostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop(mode) {
      await ctl(['stop', '-m', mode, '-w']);
      running = false;
    },
    async start() {
      await ctl(['start', '-w', '-t', '60', '-o', options]);
      running = true;
    },
    async remove() {
      if (running) await pg.stop('immediate').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await as('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
    await pg.start();
  } catch (error) {
    await pg.remove();
    throw error;
  }
  return pg;
}
