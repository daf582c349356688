import { expect, it } from 'vitest';
import { fixedClock, isoAt, sequentialIds } from '../src/ports.js';
import { checkpointHome } from '../src/services/ledger.js';
import {
  CHECKPOINT_JOB,
  CHECKPOINT_PERIOD_MS,
  checkpointJobHandlers,
  ensureCheckpointSchedule,
  homesBehindCheckpoint,
} from '../src/services/ledger-checkpoints.js';
import type { Store } from '../src/store/db.js';
import { appendLedger, findCheckpoint } from '../src/store/ledger-repo.js';
import { describeEachDialect } from './support/stores.js';

const T0 = Date.parse('2026-11-25T09:00:00.000Z');

async function seed(store: Store, homeId: string, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) {
    await store.db
      .transaction()
      .execute((tx) => appendLedger(tx, { homeId, at: isoAt(T0 + n), kind: 'test.fact', subject: null, data: { n } }));
  }
}

const scheduled = (store: Store) =>
  store.db.selectFrom('jobs').select(['run_at', 'kind']).where('key', '=', CHECKPOINT_JOB).execute();

describeEachDialect('periodic ledger checkpoints', (getStore) => {
  it('signs each home whose ledger grew since its last checkpoint, and schedules the next round', async () => {
    const store = getStore();
    const clock = fixedClock(T0);
    const deps = { db: store.db, clock, ids: sequentialIds() };
    await seed(store, 'home_grew', 3);
    await seed(store, 'home_signed', 2);
    expect((await checkpointHome(deps, 'home_signed')).ok).toBe(true);
    await seed(store, 'home_signed_then_grew', 1);
    expect((await checkpointHome(deps, 'home_signed_then_grew')).ok).toBe(true);
    await seed(store, 'home_signed_then_grew', 1);

    expect(await homesBehindCheckpoint(store.db)).toEqual(['home_grew', 'home_signed_then_grew']);

    const warnings: object[] = [];
    await checkpointJobHandlers(deps, { warn: (obj) => warnings.push(obj) })[CHECKPOINT_JOB]!(null, {} as never);

    expect(warnings).toEqual([]);
    expect((await findCheckpoint(store.db, 'home_grew'))?.treeSize).toBe(3);
    expect((await findCheckpoint(store.db, 'home_signed_then_grew'))?.treeSize).toBe(2);
    expect((await findCheckpoint(store.db, 'home_signed'))?.treeSize).toBe(2);
    expect(await homesBehindCheckpoint(store.db)).toEqual([]);
    expect(await scheduled(store)).toEqual([{ kind: CHECKPOINT_JOB, run_at: isoAt(T0 + CHECKPOINT_PERIOD_MS) }]);
  });

  it('does not postpone a scheduled round when a node starts', async () => {
    const store = getStore();
    const clock = fixedClock(T0 + 60_000);
    const deps = { db: store.db, clock, ids: sequentialIds() };
    const before = await scheduled(store);
    expect(before).toHaveLength(1);
    await ensureCheckpointSchedule(deps);
    expect(await scheduled(store)).toEqual(before);
  });
});
