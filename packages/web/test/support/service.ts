import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_GRANT_SCHEDULE } from '../../../server/src/demo/demo-service.js';
import { customer } from '../../../server/test/support/app.js';
import { HOME_POSITION, TEST_PASSWORD, type WebPlatform, withSession } from './platform.js';

// A service provider (a cleaning company) with one worker, and the worker's phone (docs/grants.md).

export interface ServiceWorker {
  organisationId: string;
  token: string;
  userId: string;
}

export async function serviceProvider(p: WebPlatform, label: string): Promise<ServiceWorker> {
  const admin = await customer(p.app, `${label}-admin`);
  const org = await p.call(admin.token, {
    method: 'POST',
    url: '/v1/organisations',
    payload: { name: `${label} Ltd`, kind: 'service_provider' },
  });
  const organisationId = (org.json() as { id: string }).id;
  const email = `${label}-worker-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const made = await p.call(admin.token, {
    method: 'POST',
    url: `/v1/organisations/${organisationId}/members`,
    payload: { email, role: 'worker', account: { name: 'Ana Costa', password: TEST_PASSWORD } },
  });
  if (made.statusCode !== 201) throw new Error(`worker not created: ${made.body}`);
  const signIn = await p.app.inject({
    method: 'POST',
    url: '/v1/auth/sign-in',
    payload: { email, password: TEST_PASSWORD },
  });
  const body = signIn.json() as { token: string; user: { id: string } };
  return { organisationId, token: body.token, userId: body.user.id };
}

/** The worker's phone (390 × 844, touch), at the home as the Geolocation API reports it. */
export async function workerPhone(
  browser: Browser,
  p: WebPlatform,
  worker: ServiceWorker,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    geolocation: HOME_POSITION,
    permissions: ['geolocation'],
  });
  await withSession(context, p, worker.token);
  return { context, page: await context.newPage() };
}

/** The demo's grant to the provider (every day, a window holding every moment), made through the API. */
export async function dailyGrant(p: WebPlatform, worker: ServiceWorker): Promise<string> {
  const res = await p.call(p.owner.token, {
    method: 'POST',
    url: `/v1/homes/${p.owner.homeId}/grants`,
    payload: {
      grantee: { kind: 'provider', organisationId: worker.organisationId },
      accessPointIds: [p.owner.accessPointId],
      schedule: { ...DEMO_GRANT_SCHEDULE, firstDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10) },
      maxVisitMinutes: 60,
    },
  });
  if (res.statusCode !== 201) throw new Error(`grant not created: ${res.body}`);
  return (res.json() as { id: string }).id;
}
