// What the demo prints: one line per step, with the seconds since the start, so a reader can follow the visit.

export interface Report {
  step(text: string): void;
  ok(text: string): void;
  note(text: string): void;
  /** Lines printed as they are, indented under the last step. */
  block(lines: readonly string[]): void;
}

export function consoleReport(
  write: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
  now = Date.now,
): Report {
  const start = now();
  const stamp = () => `${((now() - start) / 1000).toFixed(1).padStart(5)}s`;
  return {
    step: (text) => write(`${stamp()}  ${text}`),
    ok: (text) => write(`${stamp()}    ok  ${text}`),
    note: (text) => write(`${stamp()}    ..  ${text}`),
    block: (lines) => {
      for (const l of lines) write(`          ${l}`);
    },
  };
}
