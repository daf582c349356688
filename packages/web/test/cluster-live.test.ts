import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type ClusterDoors, setUpClusterDoors } from '../../server/test/support/cluster-doors.js';
import {
  type ClusterNodeProcess,
  createTestDatabase,
  startNode,
  stopNode,
  type TestDatabase,
} from '../../server/test/support/cluster-nodes.js';
import { launchBrowser } from './support/browser.js';
import { arriveThrough, courierStep } from './support/cluster.js';
import { withSession } from './support/platform.js';

// Two real platform nodes on one PostgreSQL and one Mosquitto (docs/operations.md "Several nodes"), the emulated lock
// and camera of one front door on that broker. The customer watches in a real browser served by node B while the
// courier's visit goes through node A's API: every step reaches B's page only through the fan-out between nodes
// (cluster/bus-bridge.ts), and the page is never reloaded. Then node A is killed.

const pgUrl = process.env.TEST_DATABASE_URL;
const mqttUrl = process.env.TEST_MQTT_URL;
const SKIP = 'needs TEST_DATABASE_URL (PostgreSQL) and TEST_MQTT_URL (an external broker such as Mosquitto)';
/** One step's bound: a fan-out between nodes, waited for generously on a loaded machine. */
const STEP_MS = 15_000;
/** After a node dies its devices move to the others: lease ttl 5 s + heartbeats (docs/operations.md), generously. */
const MOVE_MS = 30_000;

/** The visit's headlines, in the only order its states can follow (web customer/visits/visit-story.ts). */
const HEADLINES = [
  'In progress: Courier at the door',
  'In progress: Starting the camera',
  'In progress: Recording, unlocking',
  'In progress: Unlocked',
  'In progress: Door open',
  'In progress: Door closed, unlocked',
  'In progress: Locked again',
  'Delivered inside',
];

/** What of the page's DOM the recorder uses (the tests compile without the DOM's types). */
interface PageDom {
  document: { body: unknown; getElementById(id: string): { textContent: string | null } | null };
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void };
}

/** Notes every headline the visit page shows, as it shows it (a MutationObserver: nothing between polls is missed). */
function recordHeadlines(page: Page): Promise<void> {
  return page.evaluate(() => {
    const { document, MutationObserver } = globalThis as unknown as PageDom;
    const seen: string[] = [];
    const note = () => {
      const text = document.getElementById('summary-heading')?.textContent ?? null;
      if (text !== null && seen.at(-1) !== text) seen.push(text);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    note();
    Object.assign(globalThis, { headlinesSeen: seen });
  });
}

const headlinesSeen = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { headlinesSeen?: string[] }).headlinesSeen ?? []);
const notReloaded = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded === true);

describe.skipIf(!pgUrl || !mqttUrl)(`a browser on node B follows a visit driven on node A (${SKIP})`, () => {
  let db: TestDatabase | undefined;
  let browser: Browser | undefined;
  let world: ClusterDoors | undefined;
  const nodes: ClusterNodeProcess[] = [];

  afterAll(async () => {
    await browser?.close();
    await world?.stop();
    for (const node of nodes) await stopNode(node, 'SIGKILL');
    await db?.drop();
  }, 30_000);

  it('shows each step live, without a reload, and still tells the truth once node A is gone', async () => {
    db = await createTestDatabase(pgUrl!);
    // Node A first: it migrates the fresh database, which node B then finds ready.
    const [launched, a] = await Promise.all([launchBrowser(), startNode('node-a', db, mqttUrl!)]);
    browser = launched;
    nodes.push(a);
    // Node B starts while the home, its devices and the carrier are made through node A.
    const [b, made] = await Promise.all([startNode('node-b', db, mqttUrl!), setUpClusterDoors(a.base, mqttUrl!, 1)]);
    nodes.push(b);
    world = made;
    const door = world.doors[0]!;

    // The customer's browser, signed in on node B, on the home's dashboard and live.
    const context = await browser.newContext();
    await withSession(context, { url: b.base }, world.owner.token);
    const page = await context.newPage();
    await page.goto(`${b.base}/`);
    await page.getByText('Live', { exact: true }).waitFor({ timeout: STEP_MS });
    await page.evaluate(() => Object.assign(globalThis, { notReloaded: true }));

    // The courier arrives through node A: B's dashboard announces it, and the customer follows the link.
    const visitId = await arriveThrough(a.base, world, door, 'cluster-live-browser');
    const banner = page.getByRole('status').filter({ hasText: 'Visit in progress: Courier at the door.' });
    await banner.getByRole('link', { name: 'Watch it live' }).click({ timeout: STEP_MS });
    await page.getByRole('heading', { name: HEADLINES[0] }).waitFor({ timeout: STEP_MS });
    await recordHeadlines(page);
    const timeline = page.getByRole('list', { name: 'Timeline' });
    const entry = (kind: string) => timeline.locator(`li[data-kind="${kind}"]`).waitFor({ timeout: STEP_MS });

    // Unlocking: the camera is told to record and confirms, and only then come the capability and the unlock.
    const unlock = await courierStep(a.base, world, visitId, 'unlock');
    expect(unlock.body.unlocked).toBe(true);
    for (const kind of ['unlock.requested', 'recording.requested', 'recording.confirmed', 'capability.issued'])
      await entry(kind);
    await entry('lock.unlocked');
    await page.getByRole('heading', { name: HEADLINES[3] }).waitFor({ timeout: STEP_MS });
    await page.locator('.recording[data-stale="false"]').waitFor({ timeout: STEP_MS });

    // The courier's hands on the door, then "Done" through node A.
    door.lock.openDoor();
    await entry('door.opened');
    door.lock.closeDoor();
    await entry('lock.relocked');
    await page.getByRole('heading', { name: HEADLINES[6] }).waitFor({ timeout: STEP_MS });
    expect((await courierStep(a.base, world, visitId, 'complete')).status).toBe(200);
    await page.getByRole('heading', { name: 'Delivered inside' }).waitFor({ timeout: STEP_MS });
    await entry('visit.completed');

    // Never a step out of order, never a headline of something that had not happened yet, never a reload.
    const order = (await headlinesSeen(page)).map((h) => HEADLINES.indexOf(h));
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(order.at(-1)).toBe(HEADLINES.length - 1);
    expect(await notReloaded(page)).toBe(true);

    // Node A dies. B's page stays live and keeps the visit as it ended; the door, now handled by B alone, is forced
    // open in the physical world: B's page says so (and raises the alert), then says it closed.
    await stopNode(a, 'SIGKILL');
    nodes.splice(nodes.indexOf(a), 1);
    await page.getByRole('link', { name: 'Home', exact: true }).first().click();
    const lock = page.getByRole('article', { name: 'Front door' }).getByRole('region', { name: 'Lock', exact: true });
    await lock.getByText('closed', { exact: true }).waitFor({ timeout: STEP_MS });
    door.lock.openDoor();
    await lock.getByText('open', { exact: true }).waitFor({ timeout: MOVE_MS });
    await page.getByRole('region', { name: 'Notifications' }).getByRole('alert').first().waitFor({ timeout: STEP_MS });
    door.lock.closeDoor();
    await lock.getByText('closed', { exact: true }).waitFor({ timeout: MOVE_MS });
    expect(await lock.getByText('online', { exact: true }).count()).toBe(1);
    expect(await page.getByText('Live', { exact: true }).count()).toBe(1);
    expect(await notReloaded(page)).toBe(true);
    await context.close();
  }, 150_000);
});
