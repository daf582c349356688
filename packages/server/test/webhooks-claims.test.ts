import { afterAll, beforeAll, expect, it } from 'vitest';
import { aHome } from './support/app.js';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';
import { type Receiver, startReceiver } from './support/webhook-receiver.js';

// Claims reach the carrier answerable for the visit as `claim.*` webhooks (docs/webhooks.md "Events"), written in
// the claim's own transaction and verified by the receiver with the standardwebhooks library.

const AT_DOOR = { lat: aHome.lat, lon: aHome.lon, accuracyMeters: 8 };
const iso = (ms: number) => new Date(ms).toISOString();

describeEachDialect('claim events to the carrier', (getStore) => {
  let p: Platform;
  let receiver: Receiver;

  beforeAll(async () => {
    p = await startPlatform(getStore(), { env: { WEBHOOK_ALLOW_PRIVATE: 'true' } });
    receiver = await startReceiver();
  }, 60_000);
  afterAll(async () => {
    await p?.close();
    await receiver?.close();
  });

  const register = (eventTypes: string[]) =>
    p.call(p.carrier.adminToken, {
      method: 'POST',
      url: '/v1/webhook-endpoints',
      payload: { organisationId: p.carrier.organisationId, url: receiver.url, eventTypes },
    });

  /** A delivery of the platform's carrier, its courier at the door: the visit has its first ledger entries. */
  async function arrivedVisit(): Promise<string> {
    const window = { start: iso(p.clock.now() - 600_000), end: iso(p.clock.now() + 7_200_000) };
    const booked = await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: '/v1/deliveries',
      payload: { homeId: p.owner.homeId, externalId: `parcel-${Math.random()}`, window },
    });
    const deliveryId = (booked.json() as { id: string }).id;
    const assign = { courierId: p.courier.userId };
    await p.call(p.carrier.apiKey, { method: 'POST', url: `/v1/deliveries/${deliveryId}/assign`, payload: assign });
    const arrived = await p.call(p.courier.token, {
      method: 'POST',
      url: `/v1/deliveries/${deliveryId}/arrive`,
      payload: { position: AT_DOOR },
    });
    expect(arrived.statusCode).toBe(201);
    return (arrived.json() as { visit: { id: string } }).visit.id;
  }

  it('an endpoint may subscribe to claim.* or to one claim event; an unknown claim event is refused', async () => {
    expect((await register(['claim.resolved', 'claim.closed'])).statusCode).toBe(201);
    const unknown = await register(['claim.nonsense']);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ field: expect.stringContaining('eventTypes') });
  });

  it("the carrier's endpoint receives the claim the customer opens on its visit and their message, without its words", async () => {
    const res = await register(['claim.*']);
    expect(res.statusCode).toBe(201);
    receiver.secrets.push((res.json() as { secret: string }).secret);
    const visitId = await arrivedVisit();

    const opened = await p.call(p.owner.token, {
      method: 'POST',
      url: `/v1/visits/${visitId}/claims`,
      payload: { kind: 'damage', description: 'The box was crushed.' },
    });
    expect(opened.statusCode).toBe(201);
    const claimId = (opened.json() as { id: string }).id;
    const message = await p.call(p.owner.token, {
      method: 'POST',
      url: `/v1/claims/${claimId}/messages`,
      payload: { body: 'A photo follows.' },
    });
    expect(message.statusCode).toBe(200);

    const ofClaim = () => receiver.processed.filter((m) => m.data.claimId === claimId);
    await until(() => ofClaim().length === 2, 'claim.opened and claim.message received', 15_000);
    expect(ofClaim().map((m) => m.type)).toEqual(['claim.opened', 'claim.message']);
    expect(ofClaim()[0]!.data).toMatchObject({ claimId, visitId, state: 'open' });
    // The carrier is told that something happened, not what the customer wrote.
    expect(JSON.stringify(ofClaim())).not.toContain('crushed');
    expect(receiver.rejected).toEqual([]);
    expect(receiver.processed.every((m) => m.type.startsWith('claim.'))).toBe(true);
  }, 60_000);
});
