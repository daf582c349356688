import type { Check, CheckContext } from './checks/context.js';
import { Nonconformance, Skipped } from './checks/context.js';

export type Verdict = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  id: string;
  title: string;
  verdict: Verdict;
  /** Why it failed or was skipped; null on a pass. */
  message: string | null;
  notes: string[];
  ms: number;
}

/**
 * Runs the checks that apply to the device, one after the other, each bounded by its own timeout and all of them by
 * `deadline` (ms since the epoch): a check that would start after it fails as not run, so a run always ends.
 */
export async function runChecks(
  checks: readonly Check[],
  base: Omit<CheckContext, 'note'>,
  deadline: number,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of checks) {
    if (!check.kinds.includes(base.kind)) continue;
    const notes: string[] = [];
    const started = Date.now();
    const outcome = await runOne(check, { ...base, note: (text) => notes.push(text) }, deadline);
    results.push({ id: check.id, title: check.title, ...outcome, notes, ms: Date.now() - started });
  }
  return results;
}

async function runOne(
  check: Check,
  ctx: CheckContext,
  deadline: number,
): Promise<{ verdict: Verdict; message: string | null }> {
  if (check.needs?.includes('broker') && ctx.broker === null) {
    return { verdict: 'skip', message: "needs the kit's own broker (run without --mqtt)" };
  }
  if (check.needs?.includes('paired') && !ctx.facts.paired) {
    return { verdict: 'skip', message: 'the device is not paired with the kit (see pair.ok)' };
  }
  const left = deadline - Date.now();
  if (left <= 0) return { verdict: 'fail', message: 'not run: the time budget of the run is used up' };
  const timeoutMs = Math.min(check.timeoutMs, left);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Nonconformance(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  const run = check.run(ctx);
  run.catch(() => {}); // a check that timed out may still fail later; its result is already decided
  try {
    await Promise.race([run, timeout]);
    return { verdict: 'pass', message: null };
  } catch (e) {
    if (e instanceof Skipped) return { verdict: 'skip', message: e.message };
    return { verdict: 'fail', message: e instanceof Error ? e.message : String(e) };
  } finally {
    clearTimeout(timer);
  }
}
