// First contentful paint of the sign-in page on a slow phone: starts the platform (as `npm start` does, on free
// ports and a fresh data folder) serving the built app (packages/web/dist), then loads /sign-in five times in a fresh
// Chromium context throttled through CDP (400 kbit/s down and up, 400 ms round trip, CPU 4× slower) and prints the
// median. Build first: `npm run build && npx vite build packages/web`. Run: `node packages/web/scripts/first-paint.mjs`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const RUNS = 5;
const KBIT = 400;
const NETWORK = {
  offline: false,
  latency: 400,
  downloadThroughput: (KBIT * 1000) / 8,
  uploadThroughput: (KBIT * 1000) / 8,
};

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startPlatform(dataDir) {
  const [port, mqtt, control] = [await freePort(), await freePort(), await freePort()];
  const server = spawn(process.execPath, [join(ROOT, 'packages/server/dist/main.js')], {
    env: {
      ...process.env,
      PORT: `${port}`,
      MQTT_PORT: `${mqtt}`,
      DEMO_CONTROL_PORT: `${control}`,
      DATA_DIR: dataDir,
      DEMO: 'true',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ready = await fetch(`${url}/readyz`).catch(() => undefined);
    if (ready?.ok) return { server, url };
    if (Date.now() > deadline) throw new Error('timed out waiting for the platform');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function firstPaint(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${url}/sign-in`, { waitUntil: 'load', timeout: 120_000 });
  const fcp = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    undefined,
    { timeout: 60_000 },
  );
  const value = await fcp.jsonValue();
  await context.close();
  return value;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-first-paint-'));
  const platform = await startPlatform(dataDir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push(await firstPaint(browser, platform.url));
    times.sort((a, b) => a - b);
    console.log(`runs (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
    console.log(`first contentful paint of /sign-in, median of ${RUNS}: ${times[RUNS >> 1].toFixed(0)} ms`);
  } finally {
    await browser.close();
    platform.server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
