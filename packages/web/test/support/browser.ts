import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

// The browser tests drive Debian's Chromium with playwright-core against the built app (packages/web/dist), served
// by a real platform. Both are made ready here, once per machine, under a lock so parallel test files do not race.

export const CHROMIUM = '/usr/bin/chromium';
const WEB = fileURLToPath(new URL('../..', import.meta.url));
const LOCK = '/tmp/threshold-web-test.lock';

function locked(command: string): void {
  execFileSync('flock', [LOCK, 'sh', '-c', command], { stdio: 'inherit', timeout: 600_000 });
}

/** Installs Chromium from Debian when it is missing (apt-get update first if the package lists are empty). */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  locked(
    `export DEBIAN_FRONTEND=noninteractive; test -x ${CHROMIUM} || { apt-get install -y chromium >/dev/null 2>&1 || ` +
      `{ apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }; }`,
  );
  if (!existsSync(CHROMIUM)) throw new Error(`could not install ${CHROMIUM}`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the app when dist is missing or older than its sources (`npm test` builds it first anyway). */
export function ensureWebBuilt(): void {
  const index = join(WEB, 'dist', 'index.html');
  const sources = Math.max(newestMtime(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const vite = join(WEB, '..', '..', 'node_modules', '.bin', 'vite');
  locked(`"${vite}" build "${WEB}" --logLevel error`);
}

export async function launchBrowser(): Promise<Browser> {
  ensureChromium();
  ensureWebBuilt();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2.x A and AA rules) in the page; answers the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated from outside the page: the app's Content-Security-Policy (script-src 'self') rightly refuses an inline
  // <script>, which is what addScriptTag would add.
  await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
    });
    return result.violations as Array<{
      id: string;
      impact: string | null;
      help: string;
      nodes: Array<{ target: string[] }>;
    }>;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
