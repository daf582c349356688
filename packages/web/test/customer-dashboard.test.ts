import { describe, expect, it } from 'vitest';
import { seriousViolations, signIn } from './support/browser.js';
import { browserSuite, TEST_PASSWORD } from './support/platform.js';

describe('customer dashboard in a browser', () => {
  const suite = browserSuite();

  it('refuses a wrong password in plain words and stays on the sign-in page', async () => {
    const page = await suite.browser.newPage();
    await signIn(page, suite.platform.url, suite.platform.ownerEmail, 'not the password');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('That email and password do not match');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("signs in and shows the front door's lock and camera online, following the door live", async () => {
    const page = await suite.browser.newPage();
    await signIn(page, suite.platform.url, suite.platform.ownerEmail, TEST_PASSWORD);
    const door = page.getByRole('article', { name: 'Front door' });
    const lock = door.getByRole('region', { name: 'Lock', exact: true });
    const camera = door.getByRole('region', { name: 'Camera', exact: true });
    await lock.getByText('online').waitFor();
    await camera.getByText('online').waitFor();
    expect(await lock.getByText('locked', { exact: true }).count()).toBe(1);
    expect(await lock.getByText('closed', { exact: true }).count()).toBe(1);
    await page.getByText('Live', { exact: true }).waitFor();

    // Someone forces the door in the physical world: the page follows without a reload and raises the alert.
    suite.platform.lock.openDoor();
    await lock.getByText('open', { exact: true }).waitFor({ timeout: 10_000 });
    await page.getByRole('region', { name: 'Notifications' }).getByRole('alert').first().waitFor({ timeout: 10_000 });
    suite.platform.lock.closeDoor();
    await lock.getByText('closed', { exact: true }).waitFor({ timeout: 10_000 });

    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('answers app paths with the app and unknown API paths with a problem', async () => {
    const app = await fetch(`${suite.platform.url}/visits/unknown`);
    expect(app.status).toBe(200);
    expect(app.headers.get('cache-control')).toBe('no-cache');
    expect(await app.text()).toContain('<div id="root">');
    const api = await fetch(`${suite.platform.url}/v1/nothing-here`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const asset = await fetch(`${suite.platform.url}/assets/missing.js`);
    expect(asset.status).toBe(404);
  });

  it('says a page is not found, in words, with the way back; shows storage in GB and no device ids', async () => {
    const page = await suite.browser.newPage();
    await signIn(page, suite.platform.url, suite.platform.ownerEmail, TEST_PASSWORD);
    await page.getByRole('article', { name: 'Front door' }).getByText('online').first().waitFor();
    expect(await page.locator('main').textContent()).not.toContain(suite.platform.lock.id);
    await page.getByText(/^\d+(\.\d)? GB$/).waitFor();
    await page.goto(`${suite.platform.url}/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Go to the start page' }).click();
    await page.getByRole('article', { name: 'Front door' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // The app ships its icon and manifest, and no source maps.
    expect((await fetch(`${suite.platform.url}/manifest.webmanifest`)).status).toBe(200);
    expect((await fetch(`${suite.platform.url}/favicon.svg`)).status).toBe(200);
    const html = await (await fetch(`${suite.platform.url}/`)).text();
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    const js = await (await fetch(`${suite.platform.url}${script}`)).text();
    expect(js).not.toContain('sourceMappingURL');
    await page.close();
  });
});
