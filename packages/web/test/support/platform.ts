import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest, openStore, type Store } from '@threshold/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  type PlatformOptions,
  type Platform as ServerPlatform,
  startPlatform,
} from '../../../server/test/support/platform.js';
import { launchBrowser } from './browser.js';

// The server's whole-platform harness (store, broker, gateway, jobs, visit services, live updates over SSE, HTTP on a
// real port, emulated lock and camera paired to the front door, a carrier and a courier); this adds what a browser
// test needs on top: the URL and helpers to book a delivery and to sign a browser context in.

/** The password the server's test accounts are created with (packages/server/test/support/app.ts). */
export const TEST_PASSWORD = 'correct horse battery';

export interface WebPlatform extends ServerPlatform {
  url: string;
  ownerEmail: string;
  stop(): Promise<void>;
}

export async function startWebPlatform(options: PlatformOptions = {}): Promise<WebPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-web-'));
  const store: Store = await openStore({ dataDir });
  const migrated = await migrateToLatest(store.db, store.schema);
  if (!migrated.ok) throw new Error(migrated.error.message);
  const platform = await startPlatform(store, options);
  const address = platform.app.server.address() as { port: number };
  const me = await platform.call(platform.owner.token, { method: 'GET', url: '/v1/me' });
  return Object.assign(platform, {
    url: `http://127.0.0.1:${address.port}`,
    ownerEmail: (me.json() as { user: { email: string } }).user.email,
    async stop() {
      await platform.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** Books a delivery to the front door for a window around now and assigns it to the courier; answers its id. */
export async function bookDelivery(p: WebPlatform, ref: string): Promise<string> {
  const now = Date.now();
  const window = { start: new Date(now - 5 * 60_000).toISOString(), end: new Date(now + 2 * 3_600_000).toISOString() };
  const booked = await p.call(p.carrier.apiKey, {
    method: 'POST',
    url: '/v1/deliveries',
    payload: { homeId: p.owner.homeId, externalId: ref, window, accessPoint: { kind: 'front_door' } },
  });
  if (booked.statusCode !== 201) throw new Error(`booking failed: ${booked.body}`);
  const { id } = booked.json() as { id: string };
  const assigned = await p.call(p.carrier.apiKey, {
    method: 'POST',
    url: `/v1/deliveries/${id}/assign`,
    payload: { courierId: p.courier.userId },
  });
  if (assigned.statusCode !== 200) throw new Error(`assignment failed: ${assigned.body}`);
  return id;
}

/** Where the test home is (packages/server/test/support/app.ts `aHome`). */
export const HOME_POSITION = { latitude: 52.37, longitude: 4.89, accuracy: 5 };

/** A courier's phone at a position the browser reports through the Geolocation API, as a real phone would. */
export async function courierPhone(
  browser: Browser,
  p: WebPlatform,
  geolocation: { latitude: number; longitude: number; accuracy: number } | null = HOME_POSITION,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    ...(geolocation ? { geolocation, permissions: ['geolocation'] } : {}),
  });
  await withSession(context, p, p.courier.token);
  return { context, page: await context.newPage() };
}

/** The courier's phone on the page of one stop, reached from today's list. */
export async function courierAtStop(
  browser: Browser,
  p: WebPlatform,
  deliveryId: string,
  geolocation?: { latitude: number; longitude: number; accuracy: number } | null,
): Promise<{ context: BrowserContext; page: Page }> {
  const phone = await courierPhone(browser, p, geolocation);
  await phone.page.goto(`${p.url}/`);
  await phone.page.getByRole('heading', { name: "Today's stops" }).waitFor();
  await phone.page.locator(`a[href="/stops/${deliveryId}"]`).first().click();
  await phone.page.getByRole('heading', { name: 'At the stop' }).waitFor();
  return phone;
}

/** The courier says "I'm here" and waits for the verdict of the checks (`failed` of them, 0 for all passed). */
export async function arrive(page: Page, failed = 0): Promise<void> {
  await page.getByRole('button', { name: "I'm here" }).click();
  await page.getByRole('heading', { name: failed === 0 ? 'All checks passed' : `${failed} check(s) failed` }).waitFor();
}

/** The courier gives up on the stop with a reason (the option's value) and confirms. */
export async function cantDeliver(page: Page, reason: string): Promise<void> {
  await page.getByLabel('Reason').selectOption(reason);
  await page.getByRole('button', { name: "Can't deliver" }).click();
  await page.getByRole('button', { name: "Yes, I can't deliver" }).click();
  await page.getByText('Marked as not delivered.').waitFor();
}

/** A customer's browser, signed in, on `path`. */
export async function customerAt(
  browser: Browser,
  p: WebPlatform,
  path: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await withSession(context, p, p.owner.token);
  const page = await context.newPage();
  await page.goto(`${p.url}${path}`);
  return { context, page };
}

/** Signs a browser context in with an existing session token, as the sign-in response's cookie would. */
export async function withSession(context: BrowserContext, p: Pick<WebPlatform, 'url'>, token: string): Promise<void> {
  await context.addCookies([{ name: 'threshold_session', value: token, url: p.url, httpOnly: true, sameSite: 'Lax' }]);
}

/** A browser and a platform for one test file, started before its tests and stopped after them. */
export function browserSuite(options: PlatformOptions = {}): { browser: Browser; platform: WebPlatform } {
  const suite = {} as { browser: Browser; platform: WebPlatform };
  beforeAll(async () => {
    suite.browser = await launchBrowser();
    suite.platform = await startWebPlatform(options);
  }, 120_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.platform?.stop();
  }, 60_000);
  return suite;
}
