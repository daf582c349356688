import type { OpenerHandle } from '@threshold/devices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addGarage } from '../../server/test/support/garage.js';
import { seriousViolations } from './support/browser.js';
import { arrive, browserSuite, courierAtStop, customerAt, type WebPlatform } from './support/platform.js';

// In-garage delivery at phone size (docs/access-points.md "Garage"): the courier opens the garage, puts the parcel
// in and says done; the stop ends only once the opener reports the door closed. The customer's dashboard shows the
// garage door's state.

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
    ({ opener } = await addGarage(p, { travelMs: 300, platformUrl: p.url }));
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
