import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.js';
import { arrive, bookDelivery, browserSuite, cantDeliver, courierAtStop, withSession } from './support/platform.js';
import { playVideo } from './support/video.js';

// A courier and a customer, each in their own browser, around one real delivery through the emulated lock and camera.
// The courier's phone reports its position through the Geolocation API, as a real phone does.

/** About 480 m north of the home (52.37, 4.89), with a good fix. */
const FAR_AWAY = { latitude: 52.3743, longitude: 4.89, accuracy: 5 };

describe('a delivery in two browsers', () => {
  const suite = browserSuite();

  it('shows a far-away arrival as denied, with the failing check in plain words', async () => {
    const { browser, platform: p } = suite;
    const deliveryId = await bookDelivery(p, 'far-away');
    const { context, page } = await courierAtStop(browser, p, deliveryId, FAR_AWAY);
    await page.getByRole('button', { name: "I'm here" }).click();
    const geofence = page.locator('[data-check="within_geofence"]');
    await geofence.waitFor();
    expect(await geofence.getAttribute('data-passed')).toBe('false');
    expect(await geofence.textContent()).toMatch(/^✗You are 4\d\d m from the address failed$/);
    await page.getByRole('heading', { name: '1 check(s) failed' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Nothing can be left here yet' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // Nothing opened: the visit is denied, and the courier can say they cannot deliver.
    await cantDeliver(page, 'no_access');
    const delivery = await p.call(p.carrier.apiKey, { method: 'GET', url: `/v1/deliveries/${deliveryId}` });
    expect((delivery.json() as { status: string }).status).not.toBe('delivered');
    await context.close();
  });

  it('lets the customer watch the visit grow live while the courier delivers, then play the clip', async () => {
    const { browser, platform: p } = suite;
    const deliveryId = await bookDelivery(p, 'inside');
    const customer = await browser.newContext();
    await withSession(customer, p, p.owner.token);
    const watch = await customer.newPage();
    await watch.goto(`${p.url}/`);
    await watch.getByText('Live', { exact: true }).waitFor();

    const { context, page: phone } = await courierAtStop(browser, p, deliveryId);
    await arrive(phone);

    await watch.getByRole('link', { name: 'Watch it live' }).click();
    // The page is never reloaded from here on: whatever appears, appears by itself.
    await watch.evaluate(() => Object.assign(globalThis, { notReloaded: true }));
    const timeline = watch.getByRole('list', { name: 'Timeline' });
    await timeline.locator('li[data-kind="visit.opened"]').waitFor();
    const before = await timeline.locator('li').count();

    await phone.getByRole('button', { name: 'Open door' }).click();
    await phone.getByText('Put the parcel inside and close the door.').waitFor({ timeout: 15_000 });
    await timeline.locator('li[data-kind="lock.unlocked"]').waitFor();
    expect(await timeline.locator('li').count()).toBeGreaterThan(before);
    await watch.locator('.recording[data-stale="false"]').waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
    expect(await seriousViolations(watch)).toEqual([]);

    p.lock.openDoor();
    await timeline.locator('li[data-kind="door.opened"]').waitFor();
    p.lock.closeDoor();
    await timeline.locator('li[data-kind="lock.relocked"]').waitFor({ timeout: 10_000 });
    await phone.getByRole('button', { name: 'Done' }).click();
    await phone.getByText('Delivered inside.').waitFor();
    await timeline.locator('li[data-kind="visit.completed"]').waitFor();
    await context.close();

    // The camera renders and uploads its clip after the post-roll; the page shows it the moment it is stored.
    const video = watch.locator('video');
    await video.waitFor({ timeout: 20_000 });
    expect(await watch.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    const ready = await playVideo(video);
    expect(ready.error).toBeNull();
    expect(ready.readyState).toBeGreaterThanOrEqual(2);
    expect(ready.duration).toBeGreaterThan(0);
    expect(await seriousViolations(watch)).toEqual([]);
    await customer.close();
  }, 90_000);
});
