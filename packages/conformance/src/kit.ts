import { deviceKindOf, type PlatformSigner } from '@threshold/protocol';
import { type KitBroker, startKitBroker } from './broker.js';
import { CHECKS } from './checks/index.js';
import { PlatformLink } from './link.js';
import { freshPlatformKey } from './platform-key.js';
import { makeReport, type Report } from './report.js';
import { runChecks } from './runner.js';
import { startUploadSink, type UploadSink } from './uploads.js';

export interface HostPort {
  host: string;
  /** 0 picks a free port. */
  port: number;
}

export interface KitOptions {
  /** The device under test. */
  deviceId: string;
  /** Run the kit's own broker here (it can then check CONNECT and reconnection), or use an external broker. */
  mqtt: { listen: HostPort } | { url: string };
  /** Where the kit takes clip uploads: the device's platform URL. */
  http: HostPort;
  now?: () => number;
}

export interface RunOptions {
  /** The claim code printed on the device, to pair it (docs/protocol.md §6). */
  claimCode: string | null;
  /** The platform key to pair with; a fresh one by default. */
  signer?: PlatformSigner;
  /** How long to wait for the device's first `hello`. */
  waitMs?: number;
  /** The checks' time budget, all together. */
  budgetMs?: number;
}

export interface Kit {
  /** The broker URL to point the device at. */
  mqttUrl: string;
  /** The platform URL to point the device at (clip uploads). */
  platformUrl: string;
  run(o: RunOptions): Promise<Report>;
  close(): Promise<void>;
}

export const DEFAULT_WAIT_MS = 60_000;
/** Every check together stays under this, so a run never takes a minute once the device is there. */
export const DEFAULT_BUDGET_MS = 50_000;

/**
 * The conformance kit stands where the platform stands: a broker (its own, or an external one), a platform client
 * holding its own platform key, and the clip upload endpoint. Start it, point the device at {@link Kit.mqttUrl} and
 * {@link Kit.platformUrl}, then {@link Kit.run} waits for the device's hello and drives it through every check.
 */
export async function startKit(o: KitOptions): Promise<Kit> {
  const kind = deviceKindOf(o.deviceId);
  if (kind === null) throw new TypeError(`${o.deviceId} is not a device id (docs/protocol.md §1)`);
  const now = o.now ?? Date.now;
  const closers: Array<() => Promise<void>> = [];
  try {
    let broker: KitBroker | null = null;
    if ('listen' in o.mqtt) {
      broker = await startKitBroker({ ...o.mqtt.listen, now });
      closers.push(broker.close);
    }
    const mqttUrl = broker?.url ?? (o.mqtt as { url: string }).url;
    const uploads: UploadSink = await startUploadSink({ ...o.http, now, deviceId: () => o.deviceId });
    closers.push(uploads.close);
    const auth = broker?.platform;
    const link = await PlatformLink.connect({ url: mqttUrl, deviceId: o.deviceId, now, ...(auth ? { auth } : {}) });
    closers.push(() => link.close());
    const close = async () => {
      for (const closer of closers.reverse()) await closer().catch(() => {});
    };
    return {
      mqttUrl: publicUrl(mqttUrl),
      platformUrl: uploads.url,
      close,
      async run(r) {
        const started = now();
        const signer = r.signer ?? freshPlatformKey();
        const base = {
          deviceId: o.deviceId,
          mqttUrl: publicUrl(mqttUrl),
          platformUrl: uploads.url,
          kind,
          kid: signer.kid,
        };
        const waitMs = r.waitMs ?? DEFAULT_WAIT_MS;
        const hello = await link.waitForEvent('hello', 'hello', () => true, waitMs).catch(() => null);
        if (hello === null) {
          const message = `no valid hello within ${waitMs / 1000} s: is the device pointed at ${publicUrl(mqttUrl)}?`;
          const problems = link.problems.length > 0 ? ` (seen: ${link.problems.slice(0, 3).join('; ')})` : '';
          const result = {
            id: 'hello',
            title: 'the device says hello',
            verdict: 'fail' as const,
            notes: [],
            ms: waitMs,
          };
          return makeReport({
            ...base,
            firmware: null,
            results: [{ ...result, message: message + problems }],
            ms: now() - started,
          });
        }
        const deadline = Date.now() + (r.budgetMs ?? DEFAULT_BUDGET_MS);
        const ctx = { deviceId: o.deviceId, kind, link, signer, claimCode: r.claimCode, now, broker, uploads };
        const results = await runChecks(CHECKS, { ...ctx, facts: { paired: false } }, deadline);
        return makeReport({ ...base, firmware: hello.data.firmware, results, ms: now() - started });
      },
    };
  } catch (e) {
    for (const closer of closers.reverse()) await closer().catch(() => {});
    throw e;
  }
}

/** The broker URL without the kit's own credentials. */
function publicUrl(url: string): string {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  return u.toString().replace(/\/$/, '');
}
