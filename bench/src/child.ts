import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The benchmark's helper processes (server-host.js, device-host.js): forked with an IPC channel, they report once
// when ready, and end when the channel closes.

export interface Child<T> {
  ready: T;
  process: ChildProcess;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;
/** Generous: the server lets open keep-alive connections and streams finish before it exits and drops its schema. */
const STOP_TIMEOUT_MS = 30_000;

export async function startChild<T>(script: string, args: string[], execArgv: string[] = []): Promise<Child<T>> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const child = fork(path, args, { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} not ready within ${READY_TIMEOUT_MS} ms`)),
      READY_TIMEOUT_MS,
    );
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve(message as T);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
  return {
    ready,
    process: child,
    async stop() {
      if (child.connected) child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
