import type { Visit } from '@threshold/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isoAt } from '../src/ports.js';
import { arriveAtFrontDoor } from './support/front-door-visit.js';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// A visit's durable timers are one job row, due at the earliest deadline the visit holds (services/visits/
// timer-row.ts): each step rewrites it in its own transaction, and when it runs every timer then due fires, in order.

describeEachDialect("a visit's timers in one row", (getStore) => {
  let p: Platform;

  beforeAll(async () => {
    p = await startPlatform(getStore());
  }, 120_000);
  afterAll(async () => {
    await p?.close();
  });

  const visitOf = async (visitId: string) => {
    const row = await p.store.db
      .selectFrom('visits')
      .select('data')
      .where('id', '=', visitId)
      .executeTakeFirstOrThrow();
    return JSON.parse(row.data) as Visit;
  };
  const timerRows = (visitId: string) =>
    p.store.db
      .selectFrom('jobs')
      .select(['key', 'kind', 'run_at'])
      .where('key', 'like', `visit:${visitId}:%`)
      .execute();

  /** The visit's one row is due at its earliest armed timer (read until both agree: heartbeats re-arm it). */
  const oneRowAtNextDeadline = (visitId: string, what: string) =>
    until(
      async () => {
        const deadlines = Object.values((await visitOf(visitId)).timers) as number[];
        const rows = await timerRows(visitId);
        const want =
          deadlines.length === 0
            ? []
            : [{ key: `visit:${visitId}:timers`, kind: 'visit.timers', run_at: isoAt(Math.min(...deadlines)) }];
        return JSON.stringify(rows) === JSON.stringify(want) ? { armed: deadlines.length } : undefined;
      },
      `one timer row (${what})`,
      15_000,
    );
  const stateOf = async (visitId: string) => (await visitOf(visitId)).state;
  const alertKinds = async (visitId: string) =>
    (await p.store.db.selectFrom('alerts').select('kind').where('visit_id', '=', visitId).execute()).map((a) => a.kind);

  it('arms every timer in one row at the earliest deadline, fires those due together, and leaves none behind', async () => {
    const arrived = await arriveAtFrontDoor(p);
    expect(arrived.statusCode, arrived.body).toBe(201);
    const visitId = (arrived.json() as { visit: { id: string } }).visit.id;
    expect((await oneRowAtNextDeadline(visitId, 'arrived')).armed).toBeGreaterThanOrEqual(1);

    const unlock = await p.call(p.courier.token, { method: 'POST', url: `/v1/visits/${visitId}/unlock` });
    expect(unlock.json()).toMatchObject({ unlocked: true });
    p.lock.openDoor();
    await until(async () => (await stateOf(visitId)) === 'door_opened', 'door opened', 15_000);
    // Door open too long, the visit's length and the camera's heartbeat: three timers, one row.
    expect((await oneRowAtNextDeadline(visitId, 'door opened')).armed).toBeGreaterThanOrEqual(3);

    // One comes due alone, and its alert arms nothing: the row stays, due at the next of the others.
    p.camera.faults.set({ dropHeartbeats: true });
    p.clock.advance(6_000);
    p.jobs.kick();
    await until(async () => (await alertKinds(visitId)).includes('camera_gap'), 'camera_gap', 20_000);
    expect((await oneRowAtNextDeadline(visitId, 'after the gap')).armed).toBeGreaterThanOrEqual(2);

    // The others come due at once: one run fires each, earliest first.
    p.clock.advance(10 * 60_000);
    p.jobs.kick();
    await until(
      async () => {
        const kinds = await alertKinds(visitId);
        return ['camera_gap', 'door_left_open', 'visit_overdue'].every((k) => kinds.includes(k));
      },
      'the three alerts',
      20_000,
    );
    await oneRowAtNextDeadline(visitId, 'after the alerts'); // a heartbeat still in flight may have re-armed its timer
    p.camera.faults.set({ dropHeartbeats: false });

    p.lock.closeDoor();
    await until(async () => (await stateOf(visitId)) === 'door_closed', 'door closed', 15_000);
    expect((await oneRowAtNextDeadline(visitId, 'door closed')).armed).toBeGreaterThanOrEqual(1); // the relock
    p.clock.advance(16_000);
    p.jobs.kick();
    await until(async () => (await stateOf(visitId)) === 'relocked', 'relocked by its timer', 15_000);
    const done = await p.call(p.courier.token, { method: 'POST', url: `/v1/visits/${visitId}/complete` });
    expect(done.statusCode, done.body).toBe(200);
    expect(await timerRows(visitId)).toEqual([]);
    await until(() => !p.camera.state().recording, 'camera idle', 15_000);
  }, 120_000);
});
