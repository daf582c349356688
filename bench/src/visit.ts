import { expectStatus } from '@threshold/demo';
import type { BenchDoor, BenchWorld } from './world.js';

// One complete in-home visit, as a courier makes it: book and assign (the carrier), arrive and unlock (timed: the
// arrive → unlocked round trip), open and close the door, wait for the platform to see the relock, complete.

export interface VisitTiming {
  /** POST …/arrive, request to response. */
  arriveMs: number;
  /** POST …/unlock, request to response (it answers once the lock reported the bolt drawn). */
  unlockMs: number;
  /** arrive sent → unlock answered `unlocked: true`. */
  arriveToUnlockedMs: number;
}

const HOUR_MS = 3_600_000;
const STEP_TIMEOUT_MS = 10_000;
let sequence = 0;

async function bookFor(w: BenchWorld, door: BenchDoor): Promise<string> {
  const now = Date.now();
  const window = { start: new Date(now - HOUR_MS / 6).toISOString(), end: new Date(now + 2 * HOUR_MS).toISOString() };
  const body = { homeId: door.homeId, externalId: `bench-${++sequence}`, window };
  const delivery = expectStatus(await w.api.post<{ id: string }>('/v1/deliveries', body, w.carrier), 201, 'book');
  expectStatus(
    await w.api.post(`/v1/deliveries/${delivery.id}/assign`, { courierId: w.courier.userId }, w.carrier),
    200,
    'assign',
  );
  return delivery.id;
}

async function arriveAndUnlock(w: BenchWorld, door: BenchDoor, deliveryId: string) {
  const start = performance.now();
  const arrived = await w.api.post<{ visit: { id: string; state: string } }>(
    `/v1/deliveries/${deliveryId}/arrive`,
    { position: door.position },
    w.courier.as,
  );
  const visit = expectStatus(arrived, 201, 'arrive').visit;
  if (visit.state !== 'arrived') throw new Error(`arrive: the visit is ${visit.state}`);
  const afterArrive = performance.now();
  const unlock = await w.api.post<{ unlocked: boolean }>(`/v1/visits/${visit.id}/unlock`, undefined, w.courier.as);
  const end = performance.now();
  if (!expectStatus(unlock, 200, 'unlock').unlocked) throw new Error(`unlock: ${JSON.stringify(unlock.body)}`);
  return {
    visitId: visit.id,
    timing: { arriveMs: afterArrive - start, unlockMs: end - afterArrive, arriveToUnlockedMs: end - start },
  };
}

export async function runVisit(w: BenchWorld, door: BenchDoor): Promise<VisitTiming> {
  const { visitId, timing } = await arriveAndUnlock(w, door, await bookFor(w, door));
  const relocked = door.feed.reached(visitId, 'relocked', STEP_TIMEOUT_MS);
  expectStatus(await w.devices.post(`/devices/${door.lockId}/door/open`), 200, 'door open');
  expectStatus(await w.devices.post(`/devices/${door.lockId}/door/close`), 200, 'door close');
  if (!(await relocked)) throw new Error(`visit ${visitId} did not relock within ${STEP_TIMEOUT_MS} ms`);
  expectStatus(await w.api.post(`/v1/visits/${visitId}/complete`, undefined, w.courier.as), 200, 'complete');
  door.feed.forget(visitId);
  return timing;
}
