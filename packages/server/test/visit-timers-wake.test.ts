import { afterEach, expect, it, vi } from 'vitest';
import { fixedClock, isoAt, randomIds } from '../src/ports.js';
import { armVisitTimers, visitTimersKey } from '../src/services/visits/timer-row.js';
import { describeEachDialect } from './support/stores.js';

// A step that arms a visit's timers wakes the job runner only for a deadline before the runner's next poll, at that
// deadline; a later one is left to the poll, which then gathers whatever else is due (the visit's notices) in one
// claim (services/visits/timer-row.ts). A deadline already due when the step commits is the caller's to wake for.

const T0 = Date.parse('2026-12-02T09:00:00.000Z');

describeEachDialect("waking the job runner for a visit's timers", (getStore) => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** armVisitTimers with a runner to wake; `wakes` lists the delays it was woken after, as scheduled. */
  async function arm(visitId: string, deadline: number, replacing?: string) {
    const kickJobs = vi.fn();
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const deps = { db: getStore().db, clock: fixedClock(T0), ids: randomIds, kickJobs };
    const due = await armVisitTimers(deps.db, deps, visitId, { overdue: deadline }, replacing);
    const wakes = timeouts.mock.calls.filter(([fn]) => fn === kickJobs).map(([, ms]) => ms);
    timeouts.mockRestore();
    const row = await getStore()
      .db.selectFrom('jobs')
      .select(['id', 'run_at'])
      .where('key', '=', visitTimersKey(visitId))
      .executeTakeFirstOrThrow();
    return { due, wakes, kickJobs, row };
  }

  it('leaves a deadline past the next poll to the poll: no wake', async () => {
    const far = await arm('v_far', T0 + 60_000);
    expect(far.row.run_at).toBe(isoAt(T0 + 60_000));
    expect(far).toMatchObject({ due: false, wakes: [] });
    const justPast = await arm('v_past_poll', T0 + 1_001);
    expect(justPast).toMatchObject({ due: false, wakes: [] });
  });

  it('wakes the runner at a deadline before the next poll, and fires it', async () => {
    const near = await arm('v_near', T0 + 400);
    expect(near).toMatchObject({ due: false, wakes: [400] });
    await vi.waitFor(() => expect(near.kickJobs).toHaveBeenCalledTimes(1), { timeout: 5_000 });
  });

  it("asks the caller to wake the runner when the deadline is due by the step's commit", async () => {
    const now = await arm('v_now', T0);
    expect(now).toMatchObject({ due: true, wakes: [0] });
    expect((await arm('v_soon', T0 + 100)).due).toBe(true);
  });

  it('wakes for the next deadline when the running row is moved, and not when a step replaced it', async () => {
    const first = await arm('v_moved', T0 + 60_000);
    const moved = await arm('v_moved', T0 + 500, first.row.id);
    expect(moved).toMatchObject({ due: false, wakes: [500] });
    expect(moved.row.run_at).toBe(isoAt(T0 + 500));
    const stale = await arm('v_moved', T0 + 200, first.row.id);
    expect(stale).toMatchObject({ due: false, wakes: [] });
    expect(stale.row).toEqual(moved.row);
  });
});
