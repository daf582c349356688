import { expectStatus } from '@threshold/demo';
import { ok } from '@threshold/sdk';
import type { BenchDoor, BenchWorld } from './world.js';

// One complete in-home visit, as a courier makes it: book and assign (the carrier), arrive and unlock (timed: the
// arrive → unlocked round trip), open and close the door, wait for the platform to see the relock, complete. The
// platform is called through the typed SDK (@threshold/sdk), without retries so that a timing is one request.

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
  const delivery = await ok(w.sdk.carrier.api.POST('/v1/deliveries', { body }));
  const path = { deliveryId: delivery.id };
  await ok(
    w.sdk.carrier.api.POST('/v1/deliveries/{deliveryId}/assign', {
      params: { path },
      body: { courierId: w.courier.userId },
    }),
  );
  return delivery.id;
}

async function arriveAndUnlock(w: BenchWorld, door: BenchDoor, deliveryId: string) {
  const start = performance.now();
  const { courier } = w.sdk;
  const body = { position: door.position };
  const arrived = await ok(
    courier.api.POST('/v1/deliveries/{deliveryId}/arrive', { params: { path: { deliveryId } }, body }),
  );
  const { visit } = arrived;
  if (visit.state !== 'arrived') {
    const { checks = [] } = visit as { checks?: { passed: boolean; reason?: string }[] };
    const failed = checks.filter((c) => !c.passed).map((c) => c.reason);
    throw new Error(`arrive: the visit is ${visit.state}${failed.length ? ` (${failed.join('; ')})` : ''}`);
  }
  const afterArrive = performance.now();
  const unlock = await ok(courier.api.POST('/v1/visits/{visitId}/unlock', { params: { path: { visitId: visit.id } } }));
  const end = performance.now();
  if (!unlock.unlocked) throw new Error(`unlock: ${JSON.stringify(unlock)}`);
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
  await ok(w.sdk.courier.api.POST('/v1/visits/{visitId}/complete', { params: { path: { visitId } } }));
  door.feed.forget(visitId);
  return timing;
}
