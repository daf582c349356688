// Writes docs/screenshots/{dashboard,visit,courier}.png from the real app: starts the platform with its demo (as
// `npm start` does, on free ports and a fresh data folder), books a delivery as the demo carrier, and drives a
// customer's browser and a courier's phone through it. Run with `npm run screenshots` (it builds first).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const OUT = join(ROOT, 'docs', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';
// The fixed demo accounts (packages/server/src/demo/demo-accounts.ts).
const CUSTOMER = { email: 'customer@demo.threshold.test', password: 'demo-customer-pass' };
const COURIER = { email: 'courier@demo.threshold.test', password: 'demo-courier-pass' };

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function until(what, check, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function startDemoPlatform(dataDir) {
  const [port, mqtt, control] = [await freePort(), await freePort(), await freePort()];
  const env = { ...process.env, PORT: `${port}`, MQTT_PORT: `${mqtt}`, DEMO_CONTROL_PORT: `${control}` };
  const server = spawn(process.execPath, [join(ROOT, 'packages/server/dist/main.js')], {
    env: { ...env, DATA_DIR: dataDir, DEMO: 'true', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const demoFile = join(dataDir, 'demo', 'demo.json');
  await until('the platform', async () => (await fetch(`${url}/readyz`)).ok && existsSync(demoFile));
  return { server, url, control: `http://127.0.0.1:${control}`, world: JSON.parse(readFileSync(demoFile, 'utf8')) };
}

async function carrier(url, key, path, body) {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { authorization: `ApiKey ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function bookDelivery({ url, world }) {
  const now = Date.now();
  const window = { start: new Date(now - 10 * 60_000).toISOString(), end: new Date(now + 2 * 3_600_000).toISOString() };
  const delivery = await carrier(url, world.carrierApiKey, '/v1/deliveries', {
    homeId: world.homeId,
    externalId: `screenshot-${now}`,
    window,
    accessPoint: { kind: 'front_door' },
  });
  await carrier(url, world.carrierApiKey, `/v1/deliveries/${delivery.id}/assign`, { courierId: world.courierId });
}

async function signIn(page, url, account) {
  await page.goto(url);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const door = (platform, action) =>
  fetch(`${platform.control}/devices/${platform.lockId}/door/${action}`, { method: 'POST' });

async function shoot(platform, browser) {
  const desk = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await signIn(desk, platform.url, CUSTOMER);
  await desk.getByRole('region', { name: 'Camera', exact: true }).getByText('online').waitFor({ timeout: 20_000 });
  await desk.screenshot({ path: join(OUT, 'dashboard.png') });

  // The demo home starts doorstep-only, as every home does: the customer opens the front door to in-home delivery.
  await desk.getByRole('link', { name: 'Preferences' }).click();
  await desk.getByRole('checkbox', { name: 'Front door' }).check();
  await desk.getByRole('button', { name: 'Save preferences' }).click();
  await desk.getByText('Preferences saved.').waitFor();
  await bookDelivery(platform);
  await desk.getByRole('link', { name: 'Home', exact: true }).click();

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await signIn(phone, platform.url, COURIER);
  await phone.getByRole('link', { name: /^Stop 1:/ }).click();
  await phone.getByRole('button', { name: 'demo: enter position' }).click();
  await phone.getByRole('button', { name: "I'm here (demo position)" }).click();
  await phone
    .getByRole('heading', { name: 'All checks passed' })
    .waitFor()
    .catch(async (error) => {
      await phone.screenshot({ path: join(tmpdir(), 'threshold-courier-failed.png'), fullPage: true });
      throw new Error(`the checks did not pass; see ${join(tmpdir(), 'threshold-courier-failed.png')}`, {
        cause: error,
      });
    });
  // The step screen as the courier sees it: the first screen of the phone, with the one next action on it.
  await phone.getByRole('button', { name: 'Open door' }).waitFor();
  await phone.screenshot({ path: join(OUT, 'courier.png') });

  await desk.reload();
  await desk.getByRole('link', { name: 'Watch it live' }).click();
  const visitUrl = desk.url();
  await phone.getByRole('button', { name: 'Open door' }).click();
  await phone.getByText('Put the parcel inside').waitFor({ timeout: 20_000 });
  await door(platform, 'open');
  await door(platform, 'close');
  await phone.getByRole('button', { name: 'Done' }).click({ timeout: 20_000 });
  // The clip lands after the post-roll and rendering; reloading works with or without live updates.
  await until(
    'the clip',
    async () => {
      await desk.goto(visitUrl);
      await desk.getByRole('heading', { name: 'Timeline' }).waitFor();
      await desk.locator('video').first().waitFor({ timeout: 20_000 });
      return (await desk.locator('video').count()) > 0;
    },
    90_000,
  );
  await desk
    .locator('video')
    .first()
    .evaluate(
      (v) =>
        new Promise((resolve) => {
          v.muted = true;
          v.addEventListener('seeked', resolve, { once: true });
          v.currentTime = Math.min(1, v.duration || 1);
        }),
    );
  await desk.screenshot({ path: join(OUT, 'visit.png'), fullPage: true });
}

async function main() {
  if (!existsSync(CHROMIUM))
    execFileSync('sh', ['-c', 'apt-get install -y chromium || (apt-get update && apt-get install -y chromium)'], {
      stdio: 'inherit',
    });
  mkdirSync(OUT, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-screenshots-'));
  const platform = await startDemoPlatform(dataDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const devices = await until('the demo devices', async () => (await fetch(`${platform.control}/devices`)).json());
    platform.lockId = devices.find((d) => d.kind === 'lock').id;
    await shoot(platform, browser);
    console.log(`wrote ${OUT}/{dashboard,visit,courier}.png`);
  } finally {
    await browser.close();
    platform.server.kill('SIGTERM');
    await new Promise((r) => platform.server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
