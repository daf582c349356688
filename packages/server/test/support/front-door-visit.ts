import type { LightMyRequestResponse } from 'fastify';
import type { Platform } from './platform.js';

// A delivery to the test home's front door, booked for a window around now, assigned to the courier and arrived
// at: what a test of a visit's later steps starts from.

/** At the test home's door (support/app.ts `aHome`), with a phone's usual accuracy. */
export const AT_FRONT_DOOR = { lat: 52.37, lon: 4.89, accuracyMeters: 8 };

/** The arrival's answer (201 with the open visit, when every check passed). */
export async function arriveAtFrontDoor(
  p: Pick<Platform, 'call' | 'clock' | 'carrier' | 'courier' | 'owner'>,
  position = AT_FRONT_DOOR,
): Promise<LightMyRequestResponse> {
  const now = p.clock.now();
  const window = { start: new Date(now - 600_000).toISOString(), end: new Date(now + 7_200_000).toISOString() };
  const payload = { homeId: p.owner.homeId, externalId: `parcel-${Math.random()}`, window };
  const booked = await p.call(p.carrier.apiKey, { method: 'POST', url: '/v1/deliveries', payload });
  if (booked.statusCode !== 201) throw new Error(`booking answered ${booked.statusCode}: ${booked.body}`);
  const deliveryId = (booked.json() as { id: string }).id;
  const assign = { courierId: p.courier.userId };
  await p.call(p.carrier.apiKey, { method: 'POST', url: `/v1/deliveries/${deliveryId}/assign`, payload: assign });
  return p.call(p.courier.token, { method: 'POST', url: `/v1/deliveries/${deliveryId}/arrive`, payload: { position } });
}
