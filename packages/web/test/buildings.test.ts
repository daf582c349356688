import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customer } from '../../server/test/support/app.js';
import { addBuilding, type Building, created, LOBBY_AT } from '../../server/test/support/building-world.js';
import { seriousViolations } from './support/browser.js';
import { browserSuite, type WebPlatform, withSession } from './support/platform.js';

// Apartment buildings in the web app (docs/buildings.md). The manager's building page shows the entrances with their
// paired devices, the units as vacant or occupied, lets an admin invite a resident and grant and revoke a carrier's
// window, and lists couriers at the doors by carrier and time — never a resident's delivery. A member reads only.
// The resident turns building delivery off on their dashboard, and sees their lobby delivery named as such. The
// building, its emulated controllers and cameras and its resident are the server's test world (building-world.ts).

describe('apartment buildings in the web app', () => {
  const suite = browserSuite();
  let b: Building;
  const secrets: string[] = [];

  const iso = (ms: number) => new Date(ms).toISOString();
  /** A delivery to the resident through an entrance, assigned to the courier; the courier arrives at `at`. */
  async function arriveAt(p: WebPlatform, entrance: 'lobby' | 'package_room', at: { lat: number; lon: number }) {
    const externalId = `PKG-${entrance}-${Date.now()}`;
    const window = { start: iso(p.clock.now() - 600_000), end: iso(p.clock.now() + 3_600_000) };
    const delivery = await created(p, p.carrier.apiKey, '/v1/deliveries', {
      homeId: b.resident.homeId,
      externalId,
      window,
      building: { entrance },
    });
    expect(delivery.method).toBe(entrance);
    await created(p, p.carrier.apiKey, `/v1/deliveries/${delivery.id}/assign`, { courierId: p.courier.userId });
    const arrived = await created(p, p.courier.token, `/v1/deliveries/${delivery.id}/arrive`, {
      position: { ...at, accuracyMeters: 5 },
    });
    const visit = arrived.visit as { id: string; state: string };
    secrets.push(externalId, delivery.id, visit.id);
    return visit;
  }

  beforeAll(async () => {
    const p = suite.platform;
    b = await addBuilding(p);
    await created(p, b.manager.token, `/v1/buildings/${b.buildingId}/units`, { label: '3B' });
    // One courier let in at the lobby, one turned away far from the package room.
    expect((await arriveAt(p, 'lobby', LOBBY_AT)).state).not.toBe('denied');
    expect((await arriveAt(p, 'package_room', { lat: 52.4, lon: 4.9 })).state).toBe('denied');
    secrets.push(b.resident.homeId, b.resident.email, p.courier.userId);
  }, 90_000);
  afterAll(async () => {
    await b?.stop();
  });

  const managerAt = async (token: string, path: string) => {
    const { browser, platform: p } = suite;
    const context = await browser.newContext();
    await withSession(context, p, token);
    const page = await context.newPage();
    await page.goto(`${p.url}${path}`);
    return { context, page };
  };
  const row = (page: Page, name: string) => page.getByRole('row', { name });

  it("shows the manager the building, lets an admin grant and revoke a carrier's window, and never a resident's delivery", {
    timeout: 60_000,
  }, async () => {
    const p = suite.platform;
    const { context, page } = await managerAt(b.manager.token, '/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Buildings' }).click();
    await page.getByRole('link', { name: 'Canal House' }).click();
    await page.getByRole('heading', { name: 'Canal House', level: 1 }).waitFor();

    const lobby = row(page, 'Entrance Lobby');
    await lobby.getByText('Lobby door').waitFor();
    await lobby.getByText('Controller paired').waitFor();
    await lobby.getByText('Camera paired').waitFor();
    await row(page, 'Entrance Package room').getByRole('cell', { name: 'Package room' }).waitFor();
    await row(page, 'Unit 2A').getByText('Occupied').waitFor();
    expect(await row(page, 'Unit 2A').getByRole('textbox').count()).toBe(0);
    await row(page, 'Unit 3B').getByText('Vacant').waitFor();

    // Couriers at the doors: carrier, entrance, time, outcome and the failed checks' names.
    const activity = page.getByRole('region', { name: 'Entrance activity' });
    const admitted = activity.getByRole('row').filter({ hasText: 'Admitted' });
    expect(await admitted.count()).toBe(1);
    await admitted.getByRole('cell', { name: 'Lobby' }).waitFor();
    await admitted.getByText(p.carrier.organisationId).waitFor();
    const denied = activity.getByRole('row').filter({ hasText: 'Denied' });
    await denied.getByRole('cell', { name: 'Package room' }).waitFor();
    await denied.getByRole('list', { name: 'Failed checks' }).getByText('Within geofence').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Nothing of the resident's: no delivery, parcel, visit, home, unit id, email or courier anywhere on the page.
    const html = await page.content();
    for (const secret of secrets) expect(html).not.toContain(secret);

    // Grant the carrier the package room on weekdays, 07:30–19:00; then revoke it: it stays listed, revoked.
    const grant = page.getByRole('form', { name: 'Let a carrier in' });
    await grant.getByLabel('Carrier organisation id').fill(p.carrier.organisationId);
    await grant.getByLabel('Entrance').selectOption({ label: 'Package room (Package room)' });
    await grant.getByLabel(/^From/).fill('07:30');
    await grant.getByLabel('Until').fill('19:00');
    await grant.getByRole('button', { name: 'Grant access' }).click();
    const granted = page.getByRole('row').filter({ hasText: 'Mon–Fri 07:30–19:00' });
    await granted.getByText('Active').waitFor();
    await granted.getByRole('cell', { name: 'Package room' }).waitFor();
    const listed = async () =>
      (await p.call(b.manager.token, { method: 'GET', url: `/v1/buildings/${b.buildingId}/carrier-access` })).json()
        .items as { windows: { startLocal: string }[]; revokedAt: string | null }[];
    const mine = (await listed()).filter((a) => a.windows[0]!.startLocal === '07:30');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.revokedAt).toBeNull();
    await granted.getByRole('button', { name: 'Revoke' }).click();
    await granted.getByText(/^Revoked/).waitFor();
    expect((await listed()).find((a) => a.windows[0]!.startLocal === '07:30')!.revokedAt).not.toBeNull();

    // An admin invites a resident to the vacant unit.
    const invite = page.getByRole('form', { name: 'Invite a resident to unit 3B' });
    await invite.getByLabel("Resident's email").fill('new-resident@example.test');
    await invite.getByRole('button', { name: 'Invite' }).click();
    await invite.getByRole('status').getByText('Invitation sent to new-resident@example.test').waitFor();
    await context.close();
  });

  it('shows a member of the building manager the building read-only', { timeout: 30_000 }, async () => {
    const p = suite.platform;
    const member = await customer(p.app, 'building-member');
    const invitation = await created(p, b.manager.token, `/v1/organisations/${b.organisationId}/members`, {
      email: member.email,
      role: 'member',
    });
    await created(p, member.token, `/v1/me/invitations/${invitation.id}/accept`);
    const { context, page } = await managerAt(member.token, `/buildings/${b.buildingId}`);
    await page.getByText('You see this building read-only').waitFor();
    await row(page, 'Unit 3B').getByText('Vacant').waitFor();
    await page.getByRole('region', { name: 'Entrance activity' }).getByText('Admitted').waitFor();
    expect(
      await page
        .getByRole('button')
        .filter({ hasText: /Grant|Revoke|Invite/ })
        .count(),
    ).toBe(0);
    expect(await page.getByRole('form').count()).toBe(0);
    await context.close();
  });

  it('lets the resident turn building delivery off, kept across a reload, and names their lobby delivery', {
    timeout: 30_000,
  }, async () => {
    const p = suite.platform;
    const { context, page } = await managerAt(b.resident.token, '/');
    const card = page.getByRole('region', { name: 'Building delivery' });
    await card.getByRole('status').getByText('On', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'Turn building delivery off' }).click();
    await card.getByRole('status').getByText('Off', { exact: true }).waitFor();
    await page.reload();
    await card.getByRole('status').getByText('Off', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Turn building delivery on' }).waitFor();
    const saved = await p.call(b.resident.token, {
      method: 'GET',
      url: `/v1/homes/${b.resident.homeId}/building-delivery`,
    });
    expect(saved.json()).toMatchObject({ allowed: false });

    // Their visits name the way in: the lobby door and the package room.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Visits' }).click();
    await page.getByText('Lobby door').waitFor();
    await page.getByText('Package room').waitFor();
    await context.close();
  });
});
