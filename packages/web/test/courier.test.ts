import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.js';
import { aJpeg, aPng } from './support/images.js';
import {
  arrive,
  bookDelivery,
  browserSuite,
  cantDeliver,
  courierAtStop,
  customerAt,
  type WebPlatform,
} from './support/platform.js';

// The courier's phone and the customer's browser around the stops that do not go to plan: a parcel left outside, a
// courier who cannot deliver or walks away, a device that fails, a long visit, a window across midnight.

/** An arrived visit with no next step closes after this (short here, three minutes by default). */
const ARRIVAL_TIMEOUT_MS = 10_000;
/** The emulated camera cuts its recording into clips this long (60 s by default). */
const SEGMENT_MS = 1_500;

const notification = (page: Page, label: string) =>
  page.getByRole('region', { name: 'Notifications' }).getByRole('alert').filter({ hasText: label });

async function untilVisitOpen(p: WebPlatform, deliveryId: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const row = await p.store.db
      .selectFrom('visits')
      .select('id')
      .where('delivery_id', '=', deliveryId)
      .executeTakeFirst();
    if (row) return row.id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no visit for ${deliveryId}`);
}

describe('the courier at the door, and what the customer hears of it', () => {
  const suite = browserSuite({
    expectations: { arrivalTimeoutMs: ARRIVAL_TIMEOUT_MS },
    cameraSegmentMs: SEGMENT_MS,
  });

  it('offers no demo position to a courier, and says how to allow location when it is blocked', async () => {
    const { browser, platform: p } = suite;
    const deliveryId = await bookDelivery(p, 'no-demo');
    const { context, page } = await courierAtStop(browser, p, deliveryId, null);
    expect(await page.getByRole('button', { name: /demo/i }).count()).toBe(0);
    await page.getByRole('button', { name: "I'm here" }).click();
    const message = page.getByRole('alert').filter({ hasText: 'Location is blocked' });
    await message.waitFor();
    expect(await message.textContent()).toContain('Allow location for this site');
    expect(await message.textContent()).not.toMatch(/demo|coordinates|latitude/i);
    expect(await page.getByLabel('Latitude').count()).toBe(0);
    await context.close();
  });

  it('refuses a PNG as the doorstep photo, takes a JPEG, tells the customer and shows them the photo', async () => {
    const { browser, platform: p } = suite;
    const deliveryId = await bookDelivery(p, 'doorstep');
    const customer = await customerWatching(browser, p);
    const { context, page } = await courierAtStop(browser, p, deliveryId);
    await arrive(page);

    await page.getByText("Can't open the door? Other options").click();
    const photo = page.getByLabel('Photo of the parcel at the door');
    await photo.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: aPng() });
    await page.getByRole('button', { name: 'Leave outside with this photo' }).click();
    await page.getByRole('alert').filter({ hasText: 'The photo must be a JPEG image' }).waitFor();
    await photo.setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: aJpeg() });
    await page.getByRole('button', { name: 'Leave outside with this photo' }).click();
    await page.getByText('Left outside. The customer has been told.').waitFor();
    await context.close();

    const toast = notification(customer.page, 'Left outside');
    await toast.waitFor({ timeout: 10_000 });
    await toast.getByRole('link', { name: 'See the visit' }).click();
    await customer.page.getByRole('heading', { name: 'Left outside the door' }).waitFor();
    const image = customer.page.getByRole('img', { name: 'The parcel where the courier left it' });
    await image.waitFor();
    const width = await image.evaluate(async (img: { decode(): Promise<void>; naturalWidth: number }) => {
      await img.decode();
      return img.naturalWidth;
    });
    expect(width).toBe(160);
    expect(await seriousViolations(customer.page)).toEqual([]);
    await customer.context.close();
  }, 40_000);

  it("tells the customer why the courier could not deliver, with the courier's reason and note", async () => {
    const { browser, platform: p } = suite;
    const deliveryId = await bookDelivery(p, 'cannot');
    const customer = await customerWatching(browser, p);
    const { context, page } = await courierAtStop(browser, p, deliveryId);
    await arrive(page);
    // Folded away while the door can open; no reason is chosen for the courier, and giving up asks to confirm.
    expect(await page.getByRole('button', { name: "Can't deliver" }).isVisible()).toBe(false);
    await page.getByText("Can't open the door? Other options").click();
    expect(await page.getByRole('button', { name: "Can't deliver" }).isDisabled()).toBe(true);
    await page.getByLabel('Reason').selectOption({ label: 'It is not safe' });
    await page.getByLabel('Note for the customer (optional)').fill('Gate locked');
    await page.getByRole('button', { name: "Can't deliver" }).click();
    await page.getByRole('button', { name: "Yes, I can't deliver" }).click();
    await page.getByText('Marked as not delivered.').waitFor();
    await context.close();

    const toast = notification(customer.page, 'Not delivered');
    await toast.waitFor({ timeout: 10_000 });
    expect(await toast.textContent()).toContain('it was not safe');
    expect(await toast.textContent()).toContain('Gate locked');
    await toast.getByRole('link', { name: 'See the visit' }).click();
    const summary = customer.page.getByRole('region', { name: 'Not delivered' });
    await summary.getByText('It was not safe.').waitFor();
    await summary.getByText('The courier wrote: “Gate locked”').waitFor();
    await customer.context.close();
  });

  it('tells the customer of a courier at the wrong address, and the denied visit says so', async () => {
    const { browser, platform: p } = suite;
    const deliveryId = await bookDelivery(p, 'wrong-address');
    const customer = await customerWatching(browser, p);
    const { context, page } = await courierAtStop(browser, p, deliveryId, {
      latitude: 52.3743,
      longitude: 4.89,
      accuracy: 5,
    });
    await arrive(page, 1);
    const toast = notification(customer.page, 'Not let in');
    await toast.waitFor({ timeout: 10_000 });
    expect(await toast.textContent()).toMatch(/the courier was not at your address \(4\d\d m away\)/);
    await toast.getByRole('link', { name: 'See the visit' }).click();
    const summary = customer.page.getByRole('region', { name: 'The courier was not let in' });
    await summary.getByText(/The courier was 4\d\d m from your address/).waitFor();
    expect(await customer.page.getByText(/kept to its expectations/).count()).toBe(0);
    // Leaving the denied visit behind: the courier says so and the customer is told again.
    await cantDeliver(page, 'no_access');
    await context.close();
    await customer.context.close();
  });

  it('raises alerts for a camera going offline and a low lock battery, and denies with the camera offline', async () => {
    const { browser, platform: p } = suite;
    const customer = await customerWatching(browser, p);
    p.camera.faults.set({ offline: true });
    const offline = notification(customer.page, 'Device offline');
    await offline.waitFor({ timeout: 15_000 });
    expect(await offline.textContent()).toContain('Your camera went offline');

    const deliveryId = await bookDelivery(p, 'camera-offline');
    const { context, page } = await courierAtStop(browser, p, deliveryId);
    await arrive(page, 1);
    const refused = notification(customer.page, 'Not let in');
    await refused.waitFor({ timeout: 10_000 });
    expect(await refused.textContent()).toMatch(/the camera is offline/i);
    await cantDeliver(page, 'other');
    await context.close();
    p.camera.faults.set({ offline: false });

    p.lock.faults.set({ lowBattery: true });
    const battery = notification(customer.page, 'Battery low');
    await battery.waitFor({ timeout: 10_000 });
    expect(await battery.textContent()).toMatch(/Your lock's battery is at \d+ %/);
    p.lock.faults.set({ lowBattery: false });
    await customer.context.close();
    await untilOnline(p); // the camera is back before the next test opens a door
  }, 60_000);

  it('puts "Open door" on the first screen of a phone once the checks pass, with the checks in plain words', async () => {
    const { browser, platform: p } = suite;
    const deliveryId = await bookDelivery(p, 'first-screen');
    const { context, page } = await courierAtStop(browser, p, deliveryId);
    await page.getByRole('link', { name: 'Open in maps' }).waitFor();
    await arrive(page);
    const open = page.getByRole('button', { name: 'Open door' });
    await open.waitFor();
    const box = await open.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(844);
    await page.getByText('What was checked').click();
    await page.getByText('You are at the right address').waitFor();
    expect(await page.getByText('Served area').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByText("Can't open the door? Other options").click();
    await cantDeliver(page, 'other');
    // Back on the list, the finished stop is folded away.
    await page.goto(`${p.url}/`);
    await page.getByText(/^Finished today \(\d+\)$/).waitFor();
    expect(await page.locator(`ol a[href="/stops/${deliveryId}"]`).count()).toBe(0);
    await context.close();
  });

  it('closes a visit whose courier walked away, and the customer sees it ended', async () => {
    const { browser, platform: p } = suite;
    const deliveryId = await bookDelivery(p, 'walked-away');
    const { context, page } = await courierAtStop(browser, p, deliveryId);
    await arrive(page);
    await context.close(); // and walks away
    const visitId = await untilVisitOpen(p, deliveryId);
    const customer = await customerAt(browser, p, `/visits/${visitId}`);
    const summary = customer.page.getByRole('region', { name: 'Not delivered' });
    await summary.waitFor({ timeout: ARRIVAL_TIMEOUT_MS + 15_000 });
    await summary.getByText('The courier left without opening the door, so the visit was closed.').waitFor();
    await customer.page.goto(`${p.url}/`);
    await customer.page.getByRole('heading', { level: 1 }).first().waitFor();
    await customer.page.waitForLoadState('networkidle');
    expect(await customer.page.getByText('Visit in progress').count()).toBe(0);
    await customer.context.close();
  }, 60_000);

  it('records a visit longer than a clip as consecutive parts, in order, with no gap', async () => {
    const { browser, platform: p } = suite;
    const deliveryId = await bookDelivery(p, 'long-visit');
    const { context, page } = await courierAtStop(browser, p, deliveryId);
    await arrive(page);
    await page.getByRole('button', { name: 'Open door' }).click();
    await page.getByText('Put the parcel inside and close the door.').waitFor({ timeout: 15_000 });
    const visitId = await untilVisitOpen(p, deliveryId);
    p.lock.openDoor();
    await new Promise((resolve) => setTimeout(resolve, 3 * SEGMENT_MS));
    p.lock.closeDoor();
    await page.getByRole('button', { name: 'Done' }).click({ timeout: 15_000 });
    await page.getByText('Delivered inside.').waitFor();
    await context.close();

    const customer = await customerAt(browser, p, `/visits/${visitId}`);
    const footage = customer.page.getByRole('list', { name: 'Footage' });
    await footage.waitFor({ timeout: 20_000 });
    await p.camera.clipsSettled();
    // Every part lands by itself; the page follows until the last one is in.
    await customer.page.getByText(/^Part (\d+) of \1 ·/).waitFor({ timeout: 20_000 });
    const parts = await footage.locator('li.clip').count();
    expect(parts).toBeGreaterThanOrEqual(3);
    const labels = await footage
      .locator('li.clip video')
      .evaluateAll((videos) =>
        videos.map((v) => (v as unknown as { getAttribute(n: string): string }).getAttribute('aria-label')),
      );
    expect(labels.map((l) => l.split(',')[0])).toEqual(labels.map((_, i) => `Part ${i + 1} of ${parts}`));
    expect(await footage.locator('[data-gap]').count()).toBe(0);
    expect(await customer.page.getByText('The footage is incomplete').count()).toBe(0);
    await customer.context.close();
  }, 90_000);

  it("lists a stop whose window crosses midnight on today's stops", async () => {
    const { browser, platform: p } = suite;
    // Move the platform's clock to 00:05 in the home's zone (Amsterdam), and book 23:55–02:05 around it.
    const fiveAfterMidnight = nextLocalTime(p.clock.now(), 'Europe/Amsterdam', 0, 5);
    p.clock.advance(fiveAfterMidnight - p.clock.now());
    const window = {
      start: new Date(fiveAfterMidnight - 10 * 60_000).toISOString(),
      end: new Date(fiveAfterMidnight + 2 * 3_600_000).toISOString(),
    };
    const booked = await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: '/v1/deliveries',
      payload: { homeId: p.owner.homeId, externalId: 'midnight', window, accessPoint: { kind: 'front_door' } },
    });
    expect(booked.statusCode).toBe(201);
    const { id } = booked.json() as { id: string };
    await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: `/v1/deliveries/${id}/assign`,
      payload: { courierId: p.courier.userId },
    });
    const { context, page } = await courierAtStop(browser, p, id);
    await page.getByRole('heading', { name: 'At the stop' }).waitFor();
    await context.close();
  });
});

/** A customer on their dashboard, receiving live updates. */
async function customerWatching(browser: Browser, p: WebPlatform) {
  const customer = await customerAt(browser, p, '/');
  await customer.page.getByText('Live', { exact: true }).waitFor();
  return customer;
}

/** The next instant after `fromMs` at which the wall clock in `zone` reads hour:minute. */
function nextLocalTime(fromMs: number, zone: string, hour: number, minute: number): number {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const wanted = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const start = Math.ceil(fromMs / 60_000) * 60_000;
  for (let t = start; t < start + 2 * 86_400_000; t += 60_000) if (format.format(t) === wanted) return t + 30_000;
  throw new Error('no such time');
}

async function untilOnline(p: WebPlatform): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const row = await p.store.db
      .selectFrom('devices')
      .select('online')
      .where('id', '=', p.camera.id)
      .executeTakeFirst();
    if (row && Number(row.online) === 1) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
