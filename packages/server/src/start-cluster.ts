import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// `npm run start:cluster -- --nodes 3`: several platform nodes on consecutive ports against one PostgreSQL
// (DATABASE_URL) and one external MQTT broker (MQTT_URL), each a plain `main.js` process with its own NODE_ID
// (docs/operations.md "Several nodes"). Nodes start one after another, each once the previous one is ready, so the
// first runs the migrations and makes the shared files (VAPID keys) alone. A node that dies is not restarted: the
// others take its devices over, which is the point of running several.

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));
const READY_TIMEOUT_MS = 60_000;
const children: ChildProcess[] = [];
let stopping = false;

function stopAll(): void {
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

interface Options {
  nodes: number;
  port: number;
}

function fail(message: string): never {
  process.stderr.write(`start:cluster: ${message}\n`);
  process.exit(2);
}

function options(): Options {
  const { values } = parseArgs({ options: { nodes: { type: 'string' }, port: { type: 'string' } } });
  const nodes = Number(values.nodes ?? '3');
  const port = Number(values.port ?? process.env.PORT ?? '8080');
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > 16) fail(`--nodes must be 1-16, got "${values.nodes}"`);
  if (!Number.isInteger(port) || port < 1 || port + nodes - 1 > 65_535) fail(`--port must be a port, got "${port}"`);
  if (!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')) {
    fail('DATABASE_URL must name a PostgreSQL database (postgres://…): a SQLite file belongs to one process');
  }
  if (!/^(mqtts?|wss?):\/\//.test(process.env.MQTT_URL ?? '')) {
    fail('MQTT_URL must name an external broker (e.g. mqtt://127.0.0.1:1883): the embedded one lives in one process');
  }
  return { nodes, port };
}

function prefixed(child: ChildProcess, name: string): void {
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  }
}

async function ready(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
    const ok = await fetch(`${base}/readyz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${base} did not become ready`);
}

async function main(): Promise<void> {
  const { nodes, port } = options();
  process.once('SIGINT', stopAll);
  process.once('SIGTERM', stopAll);
  for (let i = 0; i < nodes; i++) {
    const name = `node-${i + 1}`;
    const env = {
      ...process.env,
      PORT: String(port + i),
      NODE_ID: name,
      // The demo (devices, seeded accounts) runs on the first node only, when asked for.
      DEMO: i === 0 ? (process.env.DEMO ?? 'false') : 'false',
    };
    const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    prefixed(child, name);
    child.once('exit', (code, signal) => {
      const next = stopping ? '' : '; the other nodes take its devices over';
      process.stderr.write(`start:cluster: ${name} exited (${signal ?? code})${next}\n`);
    });
    await ready(`http://127.0.0.1:${port + i}`, child);
    process.stdout.write(`start:cluster: ${name} ready on http://127.0.0.1:${port + i}\n`);
  }
  await Promise.all(
    children.map((child) =>
      child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve()
        : new Promise((resolve) => child.once('exit', resolve)),
    ),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`start:cluster: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
  stopAll();
});
