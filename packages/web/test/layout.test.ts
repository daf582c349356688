import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.js';
import { claimOnDeniedVisit, supportPerson } from './support/claims.js';
import { bookDelivery, browserSuite, withSession } from './support/platform.js';
import { dailyGrant, serviceProvider } from './support/service.js';

// Five pages with axe each take a while on a shared machine: each width has a minute.
// Every page, from a 360 px phone to a desktop: nothing wider than the screen, a heading to land on, and no serious
// or critical accessibility violation.

const WIDTHS = [360, 768, 1280];
const CUSTOMER_PAGES = ['/', '/visits', '/alerts', '/access', '/preferences', '/pair'];

/** How much wider than the viewport the page is, if it is: a layout that breaks at this width. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const doc = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document;
    const { scrollWidth, clientWidth } = doc.documentElement;
    return scrollWidth > clientWidth ? [`page is ${scrollWidth} px wide in a ${clientWidth} px viewport`] : [];
  });
}

async function checkPage(page: Page, url: string): Promise<{ overflow: string[]; violations: unknown[] }> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  return { overflow: await overflowing(page), violations: await seriousViolations(page) };
}

describe('layout and accessibility of every page', () => {
  const suite = browserSuite();

  it.each(WIDTHS)(
    'customer pages at %i px',
    async (width) => {
      const context = await suite.browser.newContext({ viewport: { width, height: 800 } });
      await withSession(context, suite.platform, suite.platform.owner.token);
      const page = await context.newPage();
      const problems: Record<string, unknown> = {};
      for (const path of CUSTOMER_PAGES) {
        const found = await checkPage(page, `${suite.platform.url}${path}`);
        if (found.overflow.length > 0 || found.violations.length > 0) problems[path] = found;
      }
      expect(problems).toEqual({});
      await context.close();
    },
    60_000,
  );

  it.each(WIDTHS)(
    'courier pages at %i px',
    async (width) => {
      const deliveryId = await bookDelivery(suite.platform, `layout-${width}`);
      const context = await suite.browser.newContext({ viewport: { width, height: 800 } });
      await withSession(context, suite.platform, suite.platform.courier.token);
      const page = await context.newPage();
      const problems: Record<string, unknown> = {};
      for (const path of ['/', `/stops/${deliveryId}`]) {
        const found = await checkPage(page, `${suite.platform.url}${path}`);
        if (found.overflow.length > 0 || found.violations.length > 0) problems[path] = found;
      }
      expect(problems).toEqual({});
      await context.close();
    },
    60_000,
  );

  it.each(WIDTHS)(
    'claim pages (customer and support console) at %i px',
    async (width) => {
      const p = suite.platform;
      const claimId = await claimOnDeniedVisit(p, `layout-claim-${width}`);
      const support = await supportPerson(p, `layout-support-${width}`);
      const problems: Record<string, unknown> = {};
      for (const [token, paths] of [
        [p.owner.token, [`/claims/${claimId}`]],
        [support.token, ['/support', `/support/claims/${claimId}`]],
      ] as const) {
        const context = await suite.browser.newContext({ viewport: { width, height: 800 } });
        await withSession(context, p, token);
        const page = await context.newPage();
        for (const path of paths) {
          const found = await checkPage(page, `${p.url}${path}`);
          if (found.overflow.length > 0 || found.violations.length > 0) problems[path] = found;
        }
        await context.close();
      }
      expect(problems).toEqual({});
    },
    60_000,
  );

  it.each(WIDTHS)(
    'worker pages at %i px',
    async (width) => {
      const worker = await serviceProvider(suite.platform, `layout-${width}`);
      const grantId = await dailyGrant(suite.platform, worker);
      const context = await suite.browser.newContext({ viewport: { width, height: 800 } });
      await withSession(context, suite.platform, worker.token);
      const page = await context.newPage();
      const problems: Record<string, unknown> = {};
      for (const path of ['/', `/windows/${grantId}`]) {
        const found = await checkPage(page, `${suite.platform.url}${path}`);
        if (found.overflow.length > 0 || found.violations.length > 0) problems[path] = found;
      }
      expect(problems).toEqual({});
      await context.close();
    },
    60_000,
  );
});
