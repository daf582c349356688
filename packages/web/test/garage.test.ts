import { type OpenerHandle, provision, startDevice } from '@threshold/devices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.js';
import { arrive, browserSuite, courierAtStop, customerAt, type WebPlatform } from './support/platform.js';

// In-garage delivery at phone size (docs/access-points.md "Garage"): the courier opens the garage, puts the parcel
// in and says done; the stop ends only once the opener reports the door closed. The customer's dashboard shows the
// garage door's state.

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function garageDelivery(p: WebPlatform): Promise<string> {
  const now = Date.now();
  const window = { start: new Date(now - 300_000).toISOString(), end: new Date(now + 7_200_000).toISOString() };
  const booked = await p.call(p.carrier.apiKey, {
    method: 'POST',
    url: '/v1/deliveries',
    payload: { homeId: p.owner.homeId, externalId: `garage-${now}`, window, accessPoint: { kind: 'garage' } },
  });
  const delivery = booked.json() as { id: string; reasons: string[] };
  if (delivery.reasons.length > 0) throw new Error(`not offered: ${booked.body}`);
  await p.call(p.carrier.apiKey, {
    method: 'POST',
    url: `/v1/deliveries/${delivery.id}/assign`,
    payload: { courierId: p.courier.userId },
  });
  return delivery.id;
}

describe('the courier delivering into a garage, on a phone', () => {
  const suite = browserSuite();
  let opener: OpenerHandle;

  beforeAll(async () => {
    const p = suite.platform;
    const made = await p.call(p.owner.token, {
      method: 'POST',
      url: `/v1/homes/${p.owner.homeId}/access-points`,
      payload: { kind: 'garage', name: 'Garage' },
    });
    const garageId = (made.json() as { id: string }).id;
    const identity = provision('opener');
    opener = await startDevice(identity, {
      mqttUrl: `mqtt://127.0.0.1:${p.gateway.brokerPort}`,
      platformUrl: p.url,
      now: p.clock.now,
      opener: { travelMs: 300 },
    });
    await until(
      async () =>
        (await p.store.db.selectFrom('devices').where('id', '=', identity.id).select('id').executeTakeFirst()) !==
        undefined,
      'opener registered',
    );
    const paired = await p.call(p.owner.token, {
      method: 'POST',
      url: '/v1/devices/pair',
      payload: { claimCode: identity.claimCode, accessPointId: garageId },
    });
    expect(paired.statusCode).toBe(201);
    const prefs = await p.call(p.owner.token, {
      method: 'PUT',
      url: `/v1/homes/${p.owner.homeId}/preferences`,
      payload: {
        inHomeAccessPointIds: [p.owner.accessPointId, garageId],
        unrecordedAccessPointIds: [garageId],
        pets: { status: 'none', note: '' },
        daysOff: [],
        fallback: 'doorstep',
        instructions: '',
      },
    });
    expect(prefs.statusCode).toBe(200);
    await until(() => opener.state().paired, 'opener paired');
  }, 60_000);
  afterAll(async () => {
    await opener?.stop();
  });

  it('opens the garage, and finishes only on the opener closed report', { timeout: 60_000 }, async () => {
    const { browser, platform: p } = suite;
    const deliveryId = await garageDelivery(p);
    const { context, page } = await courierAtStop(browser, p, deliveryId);
    await arrive(page);
    await page.getByRole('button', { name: 'Open garage' }).click();
    await page.getByRole('status').filter({ hasText: 'The garage is open' }).waitFor();
    expect(opener.state().position).toBe('open');
    await page.getByRole('button', { name: 'Done — close the garage' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Delivered into the garage. The opener reports it closed.' })
      .waitFor();
    expect(opener.state().position).toBe('closed');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("shows the garage door's state on the customer's dashboard", async () => {
    const { browser, platform: p } = suite;
    const { context, page } = await customerAt(browser, p, '/');
    const device = page.getByRole('region', { name: 'Garage opener' });
    await device.getByText('closed').waitFor();
    await context.close();
  });
});
