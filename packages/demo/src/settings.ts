import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Where the demo finds the platform and the demo world. Read once, from the environment (docs/api.md,
// "Configuration" names the server's side of the same variables).

/** The demo accounts `npm start` prints in its banner (packages/server/src/demo/demo-accounts.ts). */
export const DEMO_PEOPLE = {
  customer: { email: 'customer@demo.threshold.test', password: 'demo-customer-pass' },
  courier: { email: 'courier@demo.threshold.test', password: 'demo-courier-pass' },
  worker: { email: 'worker@demo.threshold.test', password: 'demo-worker-pass' },
  operator: { email: 'lockers@demo.threshold.test', password: 'demo-lockers-pass' },
  manager: { email: 'building@demo.threshold.test', password: 'demo-building-pass' },
} as const;

export interface Settings {
  apiUrl: string;
  devicesUrl: string;
  /** The carrier's API key: `THRESHOLD_API_KEY`, else `carrierApiKey` of `DATA_DIR/demo/demo.json`. */
  apiKey: string | undefined;
  /** The demo home named in demo.json, when there is one; otherwise the customer's first home. */
  homeId: string | undefined;
  /** The demo cleaning company's weekly grant named in demo.json, when there is one. */
  grantId: string | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

type DemoFile = { carrierApiKey?: string; homeId?: string; grantId?: string };

function demoFile(env: Env): DemoFile {
  const file = join(resolve(env.DATA_DIR?.trim() || './data'), 'demo', 'demo.json');
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DemoFile;
  } catch {
    return {};
  }
}

export function loadSettings(env: Env = process.env): Readonly<Settings> {
  const demo = demoFile(env);
  return Object.freeze({
    apiUrl: env.THRESHOLD_URL?.trim() || 'http://127.0.0.1:8080',
    devicesUrl: env.THRESHOLD_DEVICES_URL?.trim() || 'http://127.0.0.1:8091',
    apiKey: env.THRESHOLD_API_KEY?.trim() || demo.carrierApiKey,
    homeId: demo.homeId,
    grantId: demo.grantId,
  });
}
