import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.js';
import { browserSuite, customerAt, TEST_PASSWORD } from './support/platform.js';

// What the customer's app does when what it stands on goes away: the session, then the platform itself.

describe('an ended session, and a platform that stops', () => {
  const suite = browserSuite();

  it('sends an expired or revoked session to sign-in, then back to where the user was', async () => {
    const { browser, platform: p } = suite;
    const signedIn = await p.call(undefined, {
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: { email: p.ownerEmail, password: TEST_PASSWORD },
    });
    const { token } = signedIn.json() as { token: string };
    const customer = await customerAt(browser, p, '/visits');
    await customer.context.clearCookies();
    await customer.context.addCookies([{ name: 'threshold_session', value: token, url: p.url, httpOnly: true }]);
    await customer.page.reload();
    await customer.page.getByRole('heading', { name: 'Visits', level: 1 }).waitFor();

    // The session is revoked elsewhere; the next thing the app asks for is refused.
    const out = await p.call(token, { method: 'POST', url: '/v1/auth/sign-out' });
    expect(out.statusCode).toBeLessThan(300);
    await customer.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Alerts' }).click();
    await customer.page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await customer.page.getByText('Your session has ended').waitFor();
    expect(await customer.page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(await seriousViolations(customer.page)).toEqual([]);

    await customer.page.getByLabel('Email').fill(p.ownerEmail);
    await customer.page.getByLabel('Password').fill(TEST_PASSWORD);
    await customer.page.getByRole('button', { name: 'Sign in' }).click();
    await customer.page.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor();
    expect(new URL(customer.page.url()).pathname).toBe('/alerts');
    await customer.context.close();
  });

  it('stops showing Live as soon as the platform goes away', async () => {
    const { browser, platform: p } = suite;
    const customer = await customerAt(browser, p, '/');
    const indicator = customer.page.locator('.live-indicator');
    await customer.page.getByText('Live', { exact: true }).waitFor();
    expect(await indicator.getAttribute('class')).toContain('live-live');

    // A normal stop, with this browser still holding its live stream.
    const stopping = p.app.close();
    await customer.page.locator('.live-indicator:not(.live-live)').waitFor({ timeout: 5_000 });
    expect(await indicator.textContent()).toMatch(/Offline/);
    await Promise.race([stopping, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    await customer.context.close();
  });
});
