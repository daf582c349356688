import type { ClusterDoor, ClusterDoors } from '../../../server/test/support/cluster-doors.js';
import { api } from '../../../server/test/support/server-process.js';

// Browser tests against several real platform nodes (docs/operations.md "Several nodes"): the server's cluster
// harness (support/cluster-nodes.ts, support/cluster-doors.ts), plus the courier's calls through one node.

async function ok<T>(call: Promise<{ status: number; body: T }>, what: string, status: number): Promise<T> {
  const res = await call;
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A delivery to `door` booked for a window around now, assigned and arrived at through `base`: the visit's id. */
export async function arriveThrough(base: string, world: ClusterDoors, door: ClusterDoor, ref: string) {
  const now = Date.now();
  const window = { start: new Date(now - 60_000).toISOString(), end: new Date(now + 3_600_000).toISOString() };
  const auth = world.carrier.auth;
  const booking = { homeId: door.homeId, externalId: ref, window };
  const booked = await ok(api<{ id: string }>(base, 'POST', '/v1/deliveries', { auth, body: booking }), 'book', 201);
  const assign = { auth, body: { courierId: world.courier.userId } };
  await ok(api(base, 'POST', `/v1/deliveries/${booked.id}/assign`, assign), 'assign', 200);
  const arrival = { auth: world.courier.auth, body: { position: door.position } };
  const arrived = await ok(
    api<{ visit: { id: string } }>(base, 'POST', `/v1/deliveries/${booked.id}/arrive`, arrival),
    'arrive',
    201,
  );
  return arrived.visit.id;
}

/** The courier's step on an open visit through `base` (`unlock`, `complete`): its answer. */
export function courierStep(base: string, world: ClusterDoors, visitId: string, step: 'unlock' | 'complete') {
  return api<{ unlocked?: boolean; state?: string }>(base, 'POST', `/v1/visits/${visitId}/${step}`, {
    auth: world.courier.auth,
  });
}
