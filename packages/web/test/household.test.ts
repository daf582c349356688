import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.js';
import { browserSuite, customerAt, TEST_PASSWORD, withSession } from './support/platform.js';

// A home's household: the owner invites someone by email from the preferences page; the invited customer accepts
// from their own dashboard and then sees the home, read-only.

describe('household members', () => {
  const suite = browserSuite();

  it('the owner invites a resident, who accepts in the page and sees the home', async () => {
    const { browser, platform: p } = suite;
    const email = `resident-${Date.now()}@example.test`;
    const signedUp = await p.call(undefined, {
      method: 'POST',
      url: '/v1/auth/sign-up',
      payload: { email, name: 'Robin Resident', password: TEST_PASSWORD },
    });
    expect(signedUp.statusCode).toBe(201);
    const { token } = signedUp.json() as { token: string };

    const owner = await customerAt(browser, p, '/preferences');
    const household = owner.page.getByRole('region', { name: 'Household' });
    await household.getByLabel('Invite by email').fill(email);
    await household.getByRole('button', { name: 'Invite as resident' }).click();
    await household.getByText(`Invitation sent to ${email}`).waitFor();
    expect(await seriousViolations(owner.page)).toEqual([]);

    const context = await browser.newContext();
    await withSession(context, p, token);
    const page = await context.newPage();
    await page.goto(`${p.url}/`);
    const banner = page.getByRole('region', { name: 'Invitations' });
    await banner.getByText(/invited you to/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await banner.getByRole('button', { name: 'Accept' }).click();
    const homes = await p.call(p.owner.token, { method: 'GET', url: `/v1/homes/${p.owner.homeId}` });
    const { name } = homes.json() as { name: string };
    await page.getByRole('heading', { name, level: 1 }).waitFor();

    // The resident sees the household without the owner's invite form.
    await page.goto(`${p.url}/preferences`);
    const theirs = page.getByRole('region', { name: 'Household' });
    await theirs.getByText(/read-only/).waitFor();
    expect(await theirs.getByRole('button', { name: 'Invite as resident' }).count()).toBe(0);
    // The preferences are shown, their controls disabled: the platform would refuse a resident's change anyway.
    await page.getByText('Read-only: the home').waitFor();
    expect(await page.locator('fieldset.read-only button[type="submit"]').isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await owner.page.reload();
    await owner.page.getByRole('region', { name: 'Household' }).getByText(email, { exact: false }).waitFor();
    await context.close();
    await owner.context.close();
  });
});
