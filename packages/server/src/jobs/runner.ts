import { type Clock, isoAt } from '../ports.js';
import type { Store } from '../store/db.js';
import type { JobRow } from '../store/schema-visits.js';
import { DEFAULT_RETRY, type RetryPolicy, retryDelayMs } from './backoff.js';
import { claimDueJobs, releaseLeases } from './claim.js';
import { completeJobs, failJob } from './finish.js';
import { startPoller } from './poller.js';

export interface JobContext {
  jobId: string;
  key: string | null;
  kind: string;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
  nodeId: string;
}

/**
 * Runs one job. It may run more than once (a node that dies after the work but before deleting the job, or a lease
 * that expires mid-run), so handlers are idempotent: check the state, then act.
 */
export type JobHandler = (payload: unknown, ctx: JobContext) => Promise<void>;

/** A claimed job as a batch handler receives it. */
export interface BatchedJob {
  payload: unknown;
  ctx: JobContext;
}

/**
 * A handler that also takes every job of its kind one claim returned at once, so what they share is read once (the
 * notices of one home: its people and their choices). Idempotent as any handler: a batch that fails is run again
 * job by job, so one bad job never holds back the others.
 */
export type BatchJobHandler = JobHandler & { batch: (jobs: readonly BatchedJob[]) => Promise<void> };

/** A handler whose single run is a batch of one. */
export function batchJobHandler(batch: (jobs: readonly BatchedJob[]) => Promise<void>): BatchJobHandler {
  return Object.assign((payload: unknown, ctx: JobContext) => batch([{ payload, ctx }]), { batch });
}

const isBatch = (handler: JobHandler | undefined): handler is BatchJobHandler =>
  typeof (handler as Partial<BatchJobHandler> | undefined)?.batch === 'function';

/** The slice of a pino logger the runner uses. */
export interface JobLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobRunnerOptions {
  store: Store;
  clock: Clock;
  log: JobLog;
  handlers: Record<string, JobHandler>;
  /** Unique per live process: leases carry it, and a restart frees the leases of its previous life. */
  nodeId: string;
  /** Idle wait between polls; `kick()` cuts it short. Default 1000. */
  pollMs?: number;
  /** How long a claim holds before another node may take the job over. Default 30 s. */
  leaseMs?: number;
  /** Jobs claimed per poll. Default 10. */
  batchSize?: number;
  retry?: Partial<RetryPolicy>;
}

export interface JobRunner {
  stop(): Promise<void>;
  /** Wakes the poller now: call it after scheduling a job that is due soon. */
  kick(): void;
  /** One claim-and-run pass; resolves with the number of jobs run. For tests and for draining at shutdown. */
  runDue(): Promise<number>;
}

/** The runner's idle wait between polls unless configured (JobRunnerOptions.pollMs). */
export const DEFAULT_JOB_POLL_MS = 1_000;

const errorText = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/** The claim-and-run pass without the poller: what startJobRunner loops over, and what tests drive directly. */
export function createJobRunner(o: JobRunnerOptions): Pick<JobRunner, 'runDue'> {
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...o.retry };
  const leaseMs = o.leaseMs ?? 30_000;
  const limit = o.batchSize ?? 10;

  const contextOf = (job: JobRow): JobContext => ({
    jobId: job.id,
    key: job.key,
    kind: job.kind,
    attempt: job.attempts + 1,
    nodeId: o.nodeId,
  });

  /** Runs one job; true when it ran (its row is then deleted with the pass's others), false when it failed. */
  async function run(job: JobRow): Promise<boolean> {
    const ctx = contextOf(job);
    const handler = o.handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
      await handler(JSON.parse(job.payload) as unknown, ctx);
      return true;
    } catch (error) {
      const giveUp = ctx.attempt >= retry.maxAttempts;
      const retryAt = giveUp ? null : isoAt(o.clock.now() + retryDelayMs(retry, ctx.attempt));
      await failJob(o.store, job, o.nodeId, { error: errorText(error), retryAt });
      const fields = { jobId: job.id, kind: job.kind, attempt: ctx.attempt, err: errorText(error) };
      if (giveUp) o.log.error(fields, 'job failed for the last time; kept with last_error');
      else o.log.warn({ ...fields, retryAt }, 'job failed; will retry');
      return false;
    }
  }

  /** Several jobs of one batch handler's kind: one call; on failure each job on its own. The jobs that ran. */
  async function runBatch(jobs: readonly JobRow[], handler: BatchJobHandler): Promise<JobRow[]> {
    if (jobs.length > 1) {
      try {
        await handler.batch(jobs.map((job) => ({ payload: JSON.parse(job.payload) as unknown, ctx: contextOf(job) })));
        return [...jobs];
      } catch (error) {
        o.log.warn({ kind: jobs[0]?.kind, jobs: jobs.length, err: errorText(error) }, 'job batch failed; one by one');
      }
    }
    const ran = await Promise.all(jobs.map(run));
    return jobs.filter((_, i) => ran[i]);
  }

  /** Runs the claimed jobs, those of a batch handler's kind grouped by kind; `ran` gets each that ran. */
  function plan(claimed: readonly JobRow[], ran: (jobs: readonly JobRow[]) => void): Promise<void>[] {
    const batches = new Map<string, JobRow[]>();
    const runs: Promise<void>[] = [];
    for (const job of claimed) {
      if (!isBatch(o.handlers[job.kind])) runs.push(run(job).then((ok) => ran(ok ? [job] : [])));
      else batches.set(job.kind, [...(batches.get(job.kind) ?? []), job]);
    }
    for (const [kind, jobs] of batches) runs.push(runBatch(jobs, o.handlers[kind] as BatchJobHandler).then(ran));
    return runs;
  }

  async function runDue(): Promise<number> {
    const now = o.clock.now();
    const claimed = await claimDueJobs(o.store, {
      nodeId: o.nodeId,
      now: isoAt(now),
      lockedUntil: isoAt(now + leaseMs),
      limit,
      maxAttempts: retry.maxAttempts,
    });
    if (claimed.length === 0) return 0;
    // The jobs that ran are deleted together when the pass is over: one statement, not one per job. A job waits at
    // most for the pass's slowest, under its own lease; a pass that outlasts half a lease deletes those done so far,
    // so no lease runs out on a job that ran (another node would run it again, harmless but wasted).
    const done: JobRow[] = [];
    const flush = () => (done.length === 0 ? Promise.resolve() : completeJobs(o.store, done.splice(0), o.nodeId));
    const midway = setTimeout(() => {
      flush().catch((error) => o.log.error({ err: errorText(error) }, 'could not delete jobs that ran'));
    }, leaseMs / 2);
    try {
      await Promise.all(plan(claimed, (jobs) => done.push(...jobs)));
    } finally {
      clearTimeout(midway);
    }
    await flush();
    return claimed.length;
  }
  return { runDue };
}

/** Polls the jobs table until stopped (DESIGN.md "durable timers and retries"); every node may run one. */
export function startJobRunner(options: JobRunnerOptions): JobRunner {
  const { runDue } = createJobRunner(options);
  const poller = startPoller({
    pollMs: options.pollMs ?? DEFAULT_JOB_POLL_MS,
    start: () =>
      releaseLeases(options.store, options.nodeId).then(
        () => undefined,
        (error) => options.log.error({ err: errorText(error) }, 'could not free leases of a previous run'),
      ),
    // A full batch suggests more are due: poll again at once instead of idling.
    pass: async () => {
      const ran = await runDue().catch((error) => {
        options.log.error({ err: errorText(error) }, 'job poll failed');
        return 0;
      });
      return ran >= (options.batchSize ?? 10);
    },
  });
  return { runDue, kick: poller.kick, stop: poller.stop };
}
