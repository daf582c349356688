import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** Hands out state file paths, each in a scratch folder of its own that is removed after the test. */
export function useStatePaths(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'threshold-flash-'));
    dirs.push(dir);
    return join(dir, 'device.state.json');
  };
}
