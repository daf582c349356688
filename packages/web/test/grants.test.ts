import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.js';
import { browserSuite, customerAt } from './support/platform.js';
import { serviceProvider, workerPhone } from './support/service.js';

// People with access: the customer draws a weekly window on the week grid, the provider's worker checks in on a
// phone, opens the door, checks out once it relocked; the customer watches the visit live and reads its verdict.

const ZONE = 'Europe/Amsterdam';

/** Today's weekday and the current hour at the test home, as the week grid labels its cells ("Wed 09:00"). */
function homeNow() {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    weekday: 'short',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(Date.now());
  const day = parts.find((p) => p.type === 'weekday')!.value;
  const hour = Number(parts.find((p) => p.type === 'hour')!.value);
  return { day, hour };
}

const cell = (page: Page, day: string, hour: number) =>
  page.getByRole('button', { name: `${day} ${String(hour).padStart(2, '0')}:00`, exact: true });

async function drag(page: Page, from: ReturnType<typeof cell>, to: ReturnType<typeof cell>) {
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await to.scrollIntoViewIfNeeded();
  const b = (await to.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
  await page.mouse.up();
}

describe('people with access: a weekly grant, a worker at the door, the verdict', () => {
  const suite = browserSuite();

  it('the customer draws a weekly window, the worker checks in on a phone, the customer sees the visit live and its verdict', async () => {
    const { browser, platform: p } = suite;
    const worker = await serviceProvider(p, 'brightside');
    const customer = await customerAt(browser, p, '/access');
    const page = customer.page;
    await page.getByRole('heading', { name: 'People with access' }).waitFor();

    // Today, from this hour to the next (one hour when it is 23:00 already): the window holds now.
    const { day, hour } = homeNow();
    const last = Math.min(hour + 1, 23);
    await drag(page, cell(page, day, hour), cell(page, day, last));
    const from = `${String(hour).padStart(2, '0')}:00`;
    expect(await page.getByText(`Every ${day}, ${from}–`).textContent()).toContain(`(${last - hour + 1} h)`);
    expect(await cell(page, day, hour).getAttribute('aria-pressed')).toBe('true');
    await page.getByLabel("Provider's organisation id").fill(worker.organisationId);
    await page.getByRole('button', { name: 'Give access' }).click();
    await page.getByText('Access given.').waitFor();
    const card = page.getByRole('listitem').filter({ hasText: `Provider ${worker.organisationId}` });
    await card.getByText('Next windows (home time').waitFor();
    await card.getByText('No visit yet.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const phone = await workerPhone(browser, p, worker);
    await phone.page.goto(`${p.url}/`);
    await phone.page.getByRole('heading', { name: "Today's windows" }).waitFor();
    await phone.page
      .getByRole('link', { name: /^Home: / })
      .first()
      .click();
    await phone.page.getByRole('heading', { name: 'At the home' }).waitFor();
    await phone.page.getByRole('button', { name: "I'm here" }).click();
    await phone.page.getByRole('heading', { name: 'All checks passed' }).waitFor();
    await card.getByText('Checked in at the door').waitFor({ timeout: 10_000 });

    await phone.page.getByRole('button', { name: 'Open the door' }).click();
    await phone.page.getByText('Go in or out, then close the door.').waitFor({ timeout: 15_000 });
    const checkOut = phone.page.getByRole('button', { name: 'Check out' });
    expect(await checkOut.isDisabled()).toBe(true);
    await phone.page.getByText('You can check out once the door has locked again').waitFor();
    p.lock.openDoor();
    await card.getByText('Inside: the door is open').waitFor({ timeout: 10_000 });
    p.lock.closeDoor();
    await phone.page.getByRole('button', { name: 'Open the door again' }).waitFor({ timeout: 15_000 });
    expect(await checkOut.isDisabled()).toBe(false);
    expect(await seriousViolations(phone.page)).toEqual([]);
    await checkOut.click();
    await phone.page.getByText('Checked out. Thank you').waitFor();
    await phone.page.getByRole('heading', { name: 'Every expectation kept' }).waitFor();

    await card.getByText('Every expectation kept').waitFor({ timeout: 10_000 });
    await card.getByText('Came and left within the agreed window').waitFor();
    await card.getByText('The camera recorded every entry').waitFor();
    await phone.context.close();
    await customer.context.close();
  }, 120_000);
});
