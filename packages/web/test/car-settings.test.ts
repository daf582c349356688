import { describe, expect, it } from 'vitest';
import { customer } from '../../server/test/support/app.js';
import { seriousViolations } from './support/browser.js';
import { browserSuite, customerAt, type WebPlatform, withSession } from './support/platform.js';

// The customer's own settings for the car and the garage (docs/car-boot.md "Registering a car", docs/access-points.md
// "Garage"): the owner registers the car from the dashboard, changes and removes it there, and chooses on the
// preferences page whether couriers may enter the garage without a camera recording.

/** A customer who has joined the owner's home as a resident, by invitation; answers their session token. */
async function residentOf(p: WebPlatform): Promise<string> {
  const resident = await customer(p.app, 'resident');
  const invited = await p.call(p.owner.token, {
    method: 'POST',
    url: `/v1/homes/${p.owner.homeId}/members`,
    payload: { email: resident.email, role: 'resident' },
  });
  const { id } = invited.json() as { id: string };
  const accepted = await p.call(resident.token, { method: 'POST', url: `/v1/me/invitations/${id}/accept` });
  expect(accepted.statusCode).toBe(200);
  return resident.token;
}

describe("the owner's car and garage settings", () => {
  const suite = browserSuite();

  it('registers the car through the form, sees it on the dashboard (read-only for a resident), changes and removes it', {
    timeout: 90_000,
  }, async () => {
    const { browser, platform: p } = suite;
    const { context, page } = await customerAt(browser, p, '/');
    page.on('dialog', (dialog) => void dialog.accept());
    const form = page.getByRole('form', { name: 'Register your car' });
    await form.getByLabel('Make and model').fill('Skoda Octavia');
    await form.getByLabel('Colour').fill('Blue');
    await form.getByLabel('Number plate').fill('XY34 ZZZ');
    await form.getByLabel('Sat').check();
    await form.getByLabel('Distance allowed (m)').fill('80');
    await form.getByLabel('Boot height (cm)').fill('50');
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Register car' }).click();

    const card = page.getByRole('article', { name: /Car: Blue Skoda Octavia, XY34 ZZZ/ });
    await card.getByText('In-car delivery on Mon, Tue, Wed, Thu, Fri, Sat.').waitFor();
    const read = await p.call(p.owner.token, { method: 'GET', url: `/v1/homes/${p.owner.homeId}/car` });
    expect(read.json()).toMatchObject({
      make: 'Skoda Octavia',
      colour: 'Blue',
      plate: 'XY34 ZZZ',
      allowedWeekdays: [1, 2, 3, 4, 5, 6],
      parking: { maxDistanceM: 80 },
      boot: { lengthCm: 90, widthCm: 90, heightCm: 50 },
      blocked: false,
    });

    await card.getByRole('button', { name: 'Change', exact: true }).click();
    const change = page.getByRole('form', { name: 'Change your car' });
    await change.getByLabel('Colour').fill('Green');
    await change.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('article', { name: /Car: Green Skoda Octavia, XY34 ZZZ/ }).waitFor();

    // A resident sees the car with its controls shown but disabled.
    const theirs = await browser.newContext();
    await withSession(theirs, p, await residentOf(p));
    const residentPage = await theirs.newPage();
    await residentPage.goto(`${p.url}/`);
    const seen = residentPage.getByRole('article', { name: /Car: Green Skoda Octavia, XY34 ZZZ/ });
    await seen.getByText('Read-only: the home').waitFor();
    expect(await seen.getByRole('button', { name: 'Change', exact: true }).isDisabled()).toBe(true);
    expect(await seen.getByRole('button', { name: 'Remove', exact: true }).isDisabled()).toBe(true);
    await theirs.close();

    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByRole('form', { name: 'Register your car' }).waitFor();
    const gone = await p.call(p.owner.token, { method: 'GET', url: `/v1/homes/${p.owner.homeId}/car` });
    expect(gone.statusCode).toBe(404);
    await context.close();
  });

  it('lets couriers into the garage without a camera recording, kept after a reload', { timeout: 90_000 }, async () => {
    const { browser, platform: p } = suite;
    const made = await p.call(p.owner.token, {
      method: 'POST',
      url: `/v1/homes/${p.owner.homeId}/access-points`,
      payload: { kind: 'garage', name: 'Garage' },
    });
    expect(made.statusCode).toBe(201);
    const garageId = (made.json() as { id: string }).id;
    const { context, page } = await customerAt(browser, p, '/preferences');
    const choice = page.getByLabel('Couriers may enter this garage without a camera recording');
    expect(await choice.isChecked()).toBe(false);
    await choice.check();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.getByRole('status').filter({ hasText: 'Preferences saved.' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    const reloaded = page.getByLabel('Couriers may enter this garage without a camera recording');
    await reloaded.waitFor();
    expect(await reloaded.isChecked()).toBe(true);
    const prefs = await p.call(p.owner.token, { method: 'GET', url: `/v1/homes/${p.owner.homeId}/preferences` });
    expect(prefs.json()).toMatchObject({ unrecordedAccessPointIds: [garageId] });
    await context.close();
  });
});
