/** A pino-shaped logger for the benchmark's child processes: warnings and errors to stderr, the first few only. */
export interface HostLog {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

const SHOWN = 20;

export function stderrLog(name: string): HostLog {
  let shown = 0;
  const write = (level: string) => (obj: object, msg: string) => {
    const at = new Date().toISOString().slice(11, 23);
    if (shown++ < SHOWN) process.stderr.write(`[${name} ${at}] ${level} ${msg} ${JSON.stringify(obj)}\n`);
  };
  return { debug() {}, info() {}, warn: write('warn'), error: write('error') };
}
