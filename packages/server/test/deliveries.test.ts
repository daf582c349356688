import { beforeAll, expect, it } from 'vitest';
import { expectProblem } from './support/app.js';
import { type Platform, startPlatform } from './support/platform.js';
import { describeEachDialect } from './support/stores.js';
import { tenant } from './support/world.js';

// The carrier API: booking with idempotency, the method decision, assignment, the courier's stops, and tenancy.

describeEachDialect('deliveries', (getStore) => {
  let p: Platform;
  const window = () => ({
    start: new Date(p.clock.now() - 60_000).toISOString(),
    end: new Date(p.clock.now() + 3_600_000).toISOString(),
  });

  beforeAll(async () => {
    p = await startPlatform(getStore());
    return () => p.close();
  });

  const book = (payload: object, key?: string) =>
    p.call(p.carrier.apiKey, {
      method: 'POST',
      url: '/v1/deliveries',
      payload,
      headers: key ? { 'idempotency-key': key } : {},
    });

  it('creates a delivery once per Idempotency-Key; a different body with the same key is 409', async () => {
    const body = { homeId: p.owner.homeId, externalId: 'idem-1', window: window() };
    const first = await book(body, 'key-1');
    expect(first.statusCode).toBe(201);
    const again = await book(body, 'key-1');
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expectProblem(await book({ ...body, externalId: 'idem-2' }, 'key-1'), 409, 'idempotency-mismatch');
    expectProblem(await book(body, 'key-2'), 409, 'conflict');
    expect(first.json()).toMatchObject({ method: 'in_home', reasons: [], status: 'booked', courierId: null });
  });

  it('says why a delivery goes to the doorstep', async () => {
    const res = await book({
      homeId: p.owner.homeId,
      externalId: 'garage-1',
      window: window(),
      accessPoint: { kind: 'garage' },
    });
    expect(res.json()).toMatchObject({
      method: 'doorstep',
      reasons: ['The home has no such access point'],
      accessPointId: null,
    });
  });

  it("refuses homes not enrolled with the carrier, and hides other carriers' deliveries", async () => {
    const stranger = await tenant(p.app, 'x');
    const res = await book({ homeId: stranger.homeId, externalId: 'nope', window: window() });
    expectProblem(res, 404, 'not-found');
    expect(res.json().reason).toBe('home_not_enrolled');
    const mine = (await book({ homeId: p.owner.homeId, externalId: 'hidden-1', window: window() })).json() as {
      id: string;
    };
    expectProblem(
      await p.call(stranger.keySecret, { method: 'GET', url: `/v1/deliveries/${mine.id}` }),
      404,
      'not-found',
    );
    const assign = {
      method: 'POST' as const,
      url: `/v1/deliveries/${mine.id}/assign`,
      payload: { courierId: p.courier.userId },
    };
    expectProblem(await p.call(stranger.keySecret, assign), 404, 'not-found');
    expectProblem(
      await p.call(stranger.token, {
        method: 'POST',
        url: `/v1/deliveries/${mine.id}/arrive`,
        payload: { position: { lat: 0, lon: 0, accuracyMeters: 1 } },
      }),
      404,
      'not-found',
    );
    expectProblem(
      await p.call(p.carrier.apiKey, { ...assign, payload: { courierId: stranger.userId } }),
      400,
      'validation',
    );
  });

  it("assigns a courier, who then sees the stop with the home's address, pets note and instructions", async () => {
    const d = (await book({ homeId: p.owner.homeId, externalId: 'stop-1', window: window() })).json() as { id: string };
    const assigned = await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: `/v1/deliveries/${d.id}/assign`,
      payload: { courierId: p.courier.userId },
    });
    expect(assigned.json()).toMatchObject({ status: 'assigned', courierId: p.courier.userId });
    const stops = (await p.call(p.courier.token, { method: 'GET', url: '/v1/courier/stops' })).json() as {
      items: Record<string, unknown>[];
    };
    expect(stops.items).toHaveLength(1);
    expect(stops.items[0]).toMatchObject({
      delivery: { id: d.id, method: 'in_home' },
      address: { line1: 'Keizersgracht 1', city: 'Amsterdam', postalCode: '1015 AA', country: 'NL' },
      pets: { status: 'contained', note: 'Cat in the kitchen' },
      instructions: 'Behind the plant',
      visitId: null,
    });
    const other = (await p.call(p.owner.token, { method: 'GET', url: '/v1/courier/stops' })).json() as {
      items: unknown[];
    };
    expect(other.items).toEqual([]);
  });
});
