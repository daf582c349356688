import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PushService, startPushService } from '../../server/test/support/notification-sinks.js';
import { until } from '../../server/test/support/raw-device.js';
import { seriousViolations } from './support/browser.js';
import { browserSuite, withSession } from './support/platform.js';

// The demo customer turns on push from the preferences page in Chromium: permission, the service worker (/sw.js),
// PushManager.subscribe with the platform's VAPID key, and the subscription handed to the platform, which then pushes
// an alert to it. Headless Chromium cannot register with a push service here: its PushManager.subscribe answers
// "AbortError: Registration failed - permission denied" even with the notifications permission granted (no Google
// push service offline, and none in headless mode), so PushManager is replaced in the page by a STAND-IN that
// returns a subscription to the test's local push service (server/test/support/notification-sinks.ts) with keys
// made here as a browser makes them. Everything else (page, worker, permission, API, sending) is real.

describe('push notifications in a browser', () => {
  const suite = browserSuite({ env: { PUSH_ALLOW_PRIVATE_ENDPOINTS: 'true' } });
  let push: PushService;
  let context: BrowserContext;

  beforeAll(async () => {
    push = await startPushService();
  });
  afterAll(async () => {
    await context?.close();
    await push?.close();
  });

  /** The stand-in for the browser's push service registration: see the comment at the top. */
  async function standInPushManager(ctx: BrowserContext) {
    const browserSub = push.subscribe();
    await ctx.addInitScript((json) => {
      // No DOM types in the tests' tsconfig: the page's globals are named by the shape used.
      const w = globalThis as unknown as {
        standIn?: object | null;
        subscribedWith?: number[];
        PushManager: { prototype: Record<string, unknown> };
      };
      const proto = w.PushManager.prototype;
      proto.getSubscription = async () => w.standIn ?? null;
      proto.subscribe = async (options: { applicationServerKey: ArrayBuffer | Uint8Array }) => {
        w.subscribedWith = Array.from(new Uint8Array(options.applicationServerKey as ArrayBuffer));
        w.standIn = {
          endpoint: json.endpoint,
          expirationTime: null,
          toJSON: () => ({ ...json, expirationTime: null }),
          unsubscribe: async () => {
            w.standIn = null;
            return true;
          },
        };
        return w.standIn;
      };
    }, browserSub.json);
    return browserSub;
  }

  it('subscribes the demo customer from the preferences page, and an alert reaches the browser subscription', async () => {
    const p = suite.platform;
    context = await suite.browser.newContext();
    await context.grantPermissions(['notifications'], { origin: p.url });
    await withSession(context, p, p.owner.token);
    const browserSub = await standInPushManager(context);
    const page = await context.newPage();
    await page.goto(`${p.url}/preferences`);

    const section = page.getByRole('region', { name: 'Notifications' });
    await section.getByText('This browser does not receive push notifications.').waitFor();
    await section.getByRole('button', { name: 'Turn on push on this browser' }).click();
    await section.getByText('This browser receives push notifications.').waitFor();

    // The real service worker is registered and active, and subscribe was given the platform's VAPID key.
    type Worker = { navigator: { serviceWorker: { ready: Promise<{ active: { scriptURL: string } | null }> } } };
    const scriptUrl = await page.evaluate(
      async () => (await (globalThis as unknown as Worker).navigator.serviceWorker.ready).active?.scriptURL,
    );
    expect(scriptUrl).toBe(`${p.url}/sw.js`);
    const key = (await p.call(undefined, { method: 'GET', url: '/v1/push/vapid-public-key' })).json() as {
      publicKey: string;
    };
    const given = await page.evaluate(() => (globalThis as unknown as { subscribedWith: number[] }).subscribedWith);
    expect(Buffer.from(given).toString('base64url')).toBe(key.publicKey);
    const listed = await p.call(p.owner.token, { method: 'GET', url: '/v1/me/push-subscriptions' });
    expect((listed.json() as { items: { endpoint: string }[] }).items.map((s) => s.endpoint)).toEqual([
      browserSub.json.endpoint,
    ]);

    // Something happens at home: the platform pushes the alert to this browser's subscription.
    p.lock.openDoor();
    const message = await until(
      () => push.messages.find((m) => m.subscriptionId === browserSub.id && m.payload.kind === 'alert'),
      'alert pushed',
      15_000,
    );
    p.lock.closeDoor();
    expect(message.payload.title).toBe('Home: Alert');
    expect(push.errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it('saves channels and quiet hours, and turns push off again', async () => {
    const p = suite.platform;
    const page = context.pages()[0]!;
    const section = page.getByRole('region', { name: 'Notifications' });
    await section.getByRole('checkbox', { name: 'A door is unlocked: email' }).check();
    await section.getByRole('checkbox', { name: 'Hold back everything but alerts during these hours' }).check();
    await section.getByLabel('From').fill('21:30');
    await section.getByRole('button', { name: 'Save notification settings' }).click();
    await section.getByText('Notification settings saved.').waitFor();
    const saved = await p.call(p.owner.token, { method: 'GET', url: '/v1/me/notification-preferences' });
    expect(saved.json()).toMatchObject({
      kinds: { unlock: { email: true } },
      quietHours: { start: '21:30', end: '07:00', timeZone: 'Europe/Amsterdam' },
    });

    await section.getByRole('button', { name: 'Turn off push on this browser' }).click();
    await section.getByText('This browser does not receive push notifications.').waitFor();
    const listed = await p.call(p.owner.token, { method: 'GET', url: '/v1/me/push-subscriptions' });
    expect((listed.json() as { items: unknown[] }).items).toEqual([]);
  }, 30_000);
});
