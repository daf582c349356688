import type { Visit } from '@threshold/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseVisit } from '../src/services/visits/runner.js';
import { findVisitRow } from '../src/store/visits-repo.js';
import { arriveAtFrontDoor } from './support/front-door-visit.js';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// An unlock the lock never answers (it went offline, or the node that sent it died) must not leave the visit in
// `recording`: once no lock can accept the capability (its expiry plus the lock's 60 s skew), the durable
// unlock_confirm_timeout fails the visit and the camera stops (core visit-watch.ts, docs/visits.md "Timers").

describeEachDialect('an unlock the lock never confirms', (getStore) => {
  let p: Platform;
  beforeAll(async () => {
    p = await startPlatform(getStore());
  }, 120_000);
  afterAll(() => p?.close());

  const visitOf = async (visitId: string): Promise<Visit> => {
    const row = await findVisitRow(p.store.db, visitId);
    if (!row) throw new Error(`no visit ${visitId}`);
    return parseVisit(row);
  };
  const factsOf = (visitId: string, kind: string) =>
    p.store.db
      .selectFrom('ledger_entries')
      .select('data')
      .where('subject', '=', visitId)
      .where('kind', '=', kind)
      .execute();

  it('fails the visit at capability expiry plus skew, records why and stops the recording', async () => {
    const arrived = await arriveAtFrontDoor(p);
    expect(arrived.statusCode, arrived.body).toBe(201);
    const visitId = (arrived.json() as { visit: { id: string } }).visit.id;

    // The lock drops off the network after the checks: the unlock command never reaches it.
    p.lock.faults.set({ offline: true });
    await until(async () => !(await p.gateway.isOnline(p.lock.id)), 'lock offline', 15_000);
    const unlock = await p.call(p.courier.token, { method: 'POST', url: `/v1/visits/${visitId}/unlock` });
    expect(unlock.json()).toMatchObject({ unlocked: false, lockUnreachable: true, visit: { state: 'recording' } });
    expect(p.camera.state().recording).toBe(true);

    const waiting = await visitOf(visitId);
    const expiresAtMs = waiting.capability?.expiresAtMs ?? 0;
    expect(expiresAtMs).toBeGreaterThan(0);
    expect(waiting.timers.unlock_confirm_timeout).toBe(expiresAtMs + 60_000);

    // Past the deadline: the one timer row runs and the visit ends.
    p.clock.advance(expiresAtMs + 60_000 - p.clock.now() + 1_000);
    p.jobs.kick();
    const ended = await until(
      async () => {
        const visit = await visitOf(visitId);
        return visit.state === 'failed' ? visit : undefined;
      },
      'visit failed',
      30_000,
    );
    expect(ended).toMatchObject({
      reason: 'unlock_refused',
      detail: 'the lock did not confirm the unlock',
      timers: {},
    });
    const failed = await factsOf(visitId, 'visit.failed');
    expect(failed.map((f) => JSON.parse(f.data))).toEqual([
      { reason: 'unlock_refused', detail: 'the lock did not confirm the unlock', boltMayBeOpen: false },
    ]);
    // The camera was told to stop (after its post-roll) and the timer row is gone.
    await until(() => !p.camera.state().recording, 'camera stopped', 30_000);
    const rows = await p.store.db.selectFrom('jobs').select('key').where('key', 'like', `visit:${visitId}:%`).execute();
    expect(rows).toEqual([]);
    expect(p.lock.state().bolt).toBe('locked');
    p.lock.faults.set({ offline: false });
  }, 90_000);
});
