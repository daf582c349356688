import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { compartmentDoorOfDevice } from '../../server/src/services/lockers/bank-events.js';
import { customer } from '../../server/test/support/app.js';
import {
  type LockerOperator,
  lockerOperator,
  lockerSite,
  type SiteSetup,
} from '../../server/test/support/locker-world.js';
import { qrPath } from '../src/ui/qr-path.js';
import { seriousViolations } from './support/browser.js';
import { browserSuite, customerAt, type WebPlatform, withSession } from './support/platform.js';

// Parcel lockers in the web app (docs/lockers.md). The customer's dashboard follows a parcel through reserve → drop
// → code → collected, with the services restarted in the middle, and shows at each step the status the platform
// holds; the pickup code it shows once is the one that opens the compartment. The operator's site page shows the
// compartments' real states, lets an admin open one at once, makes a request for many wait for a second admin, and
// offers a member nothing to press. The locker bank is not an MQTT device yet: door reports are fed as the
// gateway will feed them (compartmentDoorOfDevice), as packages/server/test/lockers.test.ts does.

interface Reservation {
  id: string;
  status: string;
  siteId: string;
  expiresAt: string | null;
  compartment: { id: string; label: string };
  lockedOut: boolean;
}

describe('parcel lockers in the web app', () => {
  const suite = browserSuite();
  let op: LockerOperator;
  let site: SiteSetup;
  let bookings = 0;

  beforeAll(async () => {
    op = await lockerOperator(suite.platform.app, 'web');
    // N1 is M, N2 and N3 are S: an S parcel takes N2 first. No camera watches the site, so nothing waits on one.
    site = await lockerSite(suite.platform.app, op, 'Near', 0.001, ['M', 'S', 'S'], false);
  }, 60_000);

  const ok = async (p: WebPlatform, who: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await p.call(who, { method, url, ...(payload ? { payload } : {}) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json() as Record<string, unknown>;
  };

  /** Books an S locker parcel for the test home and assigns the courier; answers its reservation. */
  const book = async (p: WebPlatform): Promise<Reservation> => {
    const now = Date.now();
    const window = { start: new Date(now - 300_000).toISOString(), end: new Date(now + 7_200_000).toISOString() };
    const delivery = await ok(p, p.carrier.apiKey, 'POST', '/v1/deliveries', {
      homeId: p.owner.homeId,
      externalId: `locker-web-${++bookings}-${now}`,
      window,
      locker: { size: 'S' },
    });
    await ok(p, p.carrier.apiKey, 'POST', `/v1/deliveries/${delivery.id}/assign`, { courierId: p.courier.userId });
    return (await ok(p, p.carrier.apiKey, 'GET', `/v1/deliveries/${delivery.id}/locker`)) as unknown as Reservation;
  };

  const reservation = async (p: WebPlatform, id: string) =>
    (await ok(p, p.owner.token, 'GET', `/v1/locker-reservations/${id}`).catch(() =>
      ok(p, p.carrier.apiKey, 'GET', `/v1/locker-reservations/${id}`),
    )) as unknown as Reservation;

  const door = async (p: WebPlatform, label: string, state: 'open' | 'closed' | 'jammed') => {
    const c = site.compartments.find((x) => x.label === label)!;
    const reported = await compartmentDoorOfDevice({ ...p.app.services }, site.deviceId, c.position, state);
    expect(reported.ok).toBe(true);
  };

  /** The courier opens, the bank reports the door opened and closed, the courier confirms: stored. */
  const drop = async (p: WebPlatform, r: Reservation) => {
    await ok(p, p.courier.token, 'POST', `/v1/locker-reservations/${r.id}/open`);
    await door(p, r.compartment.label, 'open');
    await door(p, r.compartment.label, 'closed');
    await ok(p, p.courier.token, 'POST', `/v1/locker-reservations/${r.id}/drop`);
  };

  /** The parcel's entry on a freshly loaded dashboard. */
  const parcelOnDashboard = async (page: Page, label: string) => {
    await page.reload();
    const parcels = page.getByRole('region', { name: 'Parcels in lockers' });
    await parcels.waitFor();
    return parcels.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Locker ${label}` }) });
  };

  it("shows the customer's parcel as it really is, from reservation to collection", { timeout: 90_000 }, async () => {
    const { browser, platform: p } = suite;
    const r = await book(p);
    expect(r).toMatchObject({ status: 'reserved', siteId: site.siteId, compartment: { label: 'N2' } });
    const { context, page } = await customerAt(browser, p, '/');

    let parcel = await parcelOnDashboard(page, 'N2');
    await parcel.getByText('On its way to the locker').waitFor();
    expect(await parcel.getByRole('button', { name: /pickup code/ }).count()).toBe(0);

    await ok(p, p.courier.token, 'POST', `/v1/locker-reservations/${r.id}/open`);
    parcel = await parcelOnDashboard(page, 'N2');
    await parcel.getByText('Being put in the locker').waitFor();
    expect((await reservation(p, r.id)).status).toBe('dropping');

    await door(p, 'N2', 'open');
    await door(p, 'N2', 'closed');
    await ok(p, p.courier.token, 'POST', `/v1/locker-reservations/${r.id}/drop`);
    // A new process: the page still says what the store holds.
    await p.restartServices();
    const stored = await reservation(p, r.id);
    expect(stored.status).toBe('stored');
    parcel = await parcelOnDashboard(page, 'N2');
    await parcel.getByText('Waiting for you').waitFor();
    await parcel.getByText('Near', { exact: true }).waitFor();
    await parcel.getByText('Mo-Su 00:00-24:00').waitFor();
    expect(await parcel.getByText('Collect by').count()).toBe(1);

    // A vacation hold two days past the deadline moves it, and the page shows the platform's new deadline.
    const later = new Date(Date.parse(stored.expiresAt!) + 2 * 86_400_000);
    const day = `${later.getFullYear()}-${String(later.getMonth() + 1).padStart(2, '0')}-${String(later.getDate()).padStart(2, '0')}`;
    await parcel.getByLabel('Away? Keep it until').fill(day);
    await parcel.getByRole('button', { name: 'Hold the parcel' }).click();
    await parcel.getByRole('status').filter({ hasText: 'Held: collect it by' }).waitFor();
    const held = await reservation(p, r.id);
    expect(Date.parse(held.expiresAt!)).toBe(later.getTime());

    // The code, shown once with its QR and the warning; it is the code that opens N2.
    await parcel.getByRole('button', { name: 'Get pickup code' }).click();
    const panel = parcel.getByRole('region', { name: 'Pickup code for locker N2' });
    await panel.getByText('will not be shown again').waitFor();
    const code = (await panel.locator('.pickup-code-digits').textContent())!.trim();
    expect(code).toMatch(/^\d{8}$/);
    const qr = panel.getByRole('img', { name: /QR code to scan at the locker/ });
    expect(await qr.locator('path').getAttribute('d')).toBe(qrPath(`threshold-locker:v1:${site.siteId}:N2:${code}`).d);
    expect(await seriousViolations(page)).toEqual([]);

    // Never again: a reload shows no code, only that one was given.
    parcel = await parcelOnDashboard(page, 'N2');
    await parcel.getByText('A code was already given').waitFor();
    expect(await page.getByText(code).count()).toBe(0);

    const opened = await p.call(undefined, {
      method: 'POST',
      url: `/v1/locker-sites/${site.siteId}/pickup`,
      payload: { compartment: 'N2', code },
    });
    expect(opened.statusCode).toBe(200);
    parcel = await parcelOnDashboard(page, 'N2');
    await parcel.getByText('Opened with your code').waitFor();
    expect(await parcel.getByRole('button', { name: /pickup code/ }).count()).toBe(0);

    await door(p, 'N2', 'open');
    await door(p, 'N2', 'closed');
    expect((await reservation(p, r.id)).status).toBe('collected');
    parcel = await parcelOnDashboard(page, 'N2');
    await parcel.getByText('Collected').waitFor();
    expect(await parcel.getByText('Collect by').count()).toBe(0);
    expect(await parcel.getByRole('form').count()).toBe(0);
    await context.close();
  });

  it('shows the operator the real compartment states, and one opening at once, many only with a second admin', {
    timeout: 90_000,
  }, async () => {
    const { browser, platform: p } = suite;
    // A parcel locked out after five wrong codes, and a stuck door.
    const r = await book(p);
    await drop(p, r);
    for (let i = 0; i < 5; i++) {
      await p.call(undefined, {
        method: 'POST',
        url: `/v1/locker-sites/${site.siteId}/pickup`,
        payload: { compartment: r.compartment.label, code: '00000000' },
      });
    }
    expect((await reservation(p, r.id)).lockedOut).toBe(true);
    await door(p, 'N3', 'jammed');
    expect(r.compartment.label).toBe('N2');

    const context = await browser.newContext();
    await withSession(context, p, op.admin.token);
    const page = await context.newPage();
    await page.goto(`${p.url}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Locker sites' }).click();
    await page.getByRole('link', { name: 'Near' }).click();
    await page.getByRole('heading', { name: 'Near', level: 1 }).waitFor();

    const row = (label: string) => page.getByRole('row', { name: `Compartment ${label}` });
    await row('N1').getByText('Free').waitFor();
    await row('N2').getByText('Locked out').waitFor();
    await row('N3').getByText('Stuck').waitFor();
    await row('N3').getByText('Jammed').waitFor();
    const free = page.getByRole('region', { name: 'Free by size' });
    expect(await free.getByRole('term').allTextContents()).toEqual(['S', 'M', 'L', 'XL']);
    expect(await free.getByRole('definition').allTextContents()).toEqual(['0 free', '1 free', '0 free', '0 free']);
    await page.getByText('Locked out after wrong codes').first().waitFor();
    await page.getByText('Door stuck').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // One compartment opens at once; the bank is not connected, and the page says so rather than "opened".
    await row('N1').getByRole('checkbox').check();
    await page.getByLabel('Reason').fill('Customer reports the door will not open');
    await page.getByRole('button', { name: 'Open the compartment' }).click();
    const outcome = page.getByRole('status').filter({ hasText: 'Opening N1' });
    await outcome.getByText('0 of 1 open command reached the bank').waitFor();

    // Two wait for another admin.
    await row('N1').getByRole('checkbox').check();
    await row('N2').getByRole('checkbox').check();
    await page.getByLabel('Reason').fill('Inspection of the bank');
    await page.getByRole('button', { name: 'Ask to open 2 compartments' }).click();
    const pending = page.getByRole('status').filter({ hasText: 'Needs a second admin' });
    await pending.getByText('Nothing is open yet').waitFor();
    const link = (await pending.locator('p.mono').textContent())!.trim();
    const requestId = new URL(link).searchParams.get('approve')!;
    expect(requestId).toMatch(/^lko_/);

    // The one who asked cannot approve; the platform's refusal is shown.
    await page.goto(link);
    await page.getByRole('button', { name: 'Approve and open', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'another person than the one who asked' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Opening N1, N2' }).count()).toBe(0);

    // The second admin approves from the link.
    const second = await browser.newContext();
    await withSession(second, p, op.second.token);
    const approver = await second.newPage();
    await approver.goto(link);
    await approver.getByRole('button', { name: 'Approve and open', exact: true }).click();
    await approver.getByRole('status').filter({ hasText: 'Opening N1, N2' }).waitFor();

    // An admin lifts the lock-out: N2 still holds its parcel, no longer locked out.
    await page.goto(`${p.url}/lockers/${site.siteId}`);
    await page.getByRole('button', { name: 'Lift the lock-out of N2' }).click();
    await row('N2').getByText('Held for a parcel').waitFor();
    expect((await reservation(p, r.id)).lockedOut).toBe(false);
    await context.close();
    await second.close();
  });

  it('lists the requests waiting for a second admin: the requester sees theirs waiting, another admin approves', {
    timeout: 90_000,
  }, async () => {
    const { browser, platform: p } = suite;
    const requester = await browser.newContext();
    await withSession(requester, p, op.admin.token);
    const page = await requester.newPage();
    await page.goto(`${p.url}/lockers/${site.siteId}`);
    const row = (label: string) => page.getByRole('row', { name: `Compartment ${label}` });
    await row('N1').getByRole('checkbox').check();
    await row('N2').getByRole('checkbox').check();
    await page.getByLabel('Reason').fill('Bank firmware check');
    await page.getByRole('button', { name: 'Ask to open 2 compartments' }).click();

    // The one who asked sees it listed as waiting, with nothing to press.
    const waiting = page.getByRole('region', { name: 'Waiting for a second admin' });
    // Filtered by its reason: another test's request for the same compartments may be waiting on this site too.
    const mine = waiting
      .getByRole('listitem', { name: 'Request to open N1, N2' })
      .filter({ hasText: 'Bank firmware check' });
    await mine.getByText('Waiting for another admin to approve').waitFor();
    await mine.getByText('Bank firmware check').waitFor();
    expect(await mine.getByRole('button').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Another admin finds it on the site page, reads what it opens and approves it there.
    const second = await browser.newContext();
    await withSession(second, p, op.second.token);
    const approver = await second.newPage();
    await approver.goto(`${p.url}/lockers/${site.siteId}`);
    const theirs = approver
      .getByRole('region', { name: 'Waiting for a second admin' })
      .getByRole('listitem', { name: 'Request to open N1, N2' })
      .filter({ hasText: 'Bank firmware check' });
    await theirs.getByRole('button', { name: 'Approve and open N1, N2' }).click();
    await approver.getByRole('status').filter({ hasText: 'Opening N1, N2' }).waitFor();
    const listed = await ok(p, op.admin.token, 'GET', `/v1/locker-sites/${site.siteId}/open-requests`);
    const approved = (listed.items as { reason: string; status: string; approvedBy: string | null }[]).find(
      (r) => r.reason === 'Bank firmware check',
    );
    expect(approved).toMatchObject({ status: 'opened', approvedBy: op.second.userId });

    // The requester's page drops it from the waiting list once the platform holds it opened.
    await page.reload();
    await waiting.getByText('No opening of several compartments is waiting').waitFor();
    await requester.close();
    await second.close();
  });

  it('shows a member of the operator the site read-only, on a phone', { timeout: 60_000 }, async () => {
    const { browser, platform: p } = suite;
    const member = await customer(p.app, 'op-member');
    const invitation = await ok(p, op.admin.token, 'POST', `/v1/organisations/${op.organisationId}/members`, {
      email: member.email,
      role: 'member',
    });
    await ok(p, member.token, 'POST', `/v1/me/invitations/${invitation.id}/accept`);
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    await withSession(context, p, member.token);
    const page = await context.newPage();
    await page.goto(`${p.url}/lockers/${site.siteId}`);
    await page.getByRole('row', { name: 'Compartment N1' }).waitFor();
    await page.getByText('You see this site read-only').waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Open|Approve|Lift/ }).count()).toBe(0);
    // Nothing wider than the phone's screen.
    const overflow = await page.evaluate(() => {
      const doc = (
        globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
      ).document.documentElement;
      return doc.scrollWidth - doc.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    // Someone outside the operator is told the site does not exist.
    const outsider = await p.call(p.owner.token, { method: 'GET', url: `/v1/locker-sites/${site.siteId}` });
    expect(outsider.statusCode).toBe(404);
    await context.close();
  });
});
