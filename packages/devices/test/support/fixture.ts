import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeviceKind } from '@threshold/protocol';
import { afterEach, beforeEach } from 'vitest';
import { type DeviceIdentity, provision } from '../../src/identity.js';
import { type HandleFor, type StartOptions, startDevice } from '../../src/start-device.js';
import { startBroker } from './broker.js';
import { TestPlatformDouble } from './platform-double.js';

/** A broker, a platform double and a scratch folder; `boot` starts devices that are all stopped by `close`. */
export async function fixture(platformUrl = 'http://127.0.0.1:9') {
  const broker = await startBroker();
  const platform = await TestPlatformDouble.connect(broker.url);
  const dir = mkdtempSync(join(tmpdir(), 'threshold-devices-'));
  const running = new Set<{ stop(): Promise<void> }>();
  const boot = async <K extends DeviceKind>(
    identity: DeviceIdentity<K>,
    extra: Partial<StartOptions> = {},
  ): Promise<HandleFor<K>> => {
    const statePath = join(dir, `${identity.id}.state.json`);
    const handle = await startDevice(identity, { mqttUrl: broker.url, platformUrl, statePath, ...extra });
    running.add(handle);
    const stop = handle.stop.bind(handle);
    handle.stop = async () => {
      running.delete(handle);
      await stop();
    };
    return handle;
  };
  /** Boots a device and waits until its retained state is on the broker. */
  const online = async <K extends DeviceKind>(identity: DeviceIdentity<K>, extra: Partial<StartOptions> = {}) => {
    const handle = await boot(identity, extra);
    await platform.waitFor((s) => s.deviceId === identity.id && s.channel === 'state');
    return handle;
  };
  /** Boots and pairs a device with the platform double's key. */
  const paired = async <K extends DeviceKind>(identity: DeviceIdentity<K>, extra: Partial<StartOptions> = {}) => {
    const handle = await online(identity, extra);
    const ack = await platform.waitForAck(identity.id, await platform.pair(identity));
    if (ack.status !== 'ok') throw new Error(`pairing refused: ${ack.reason}`);
    return handle;
  };
  const close = async () => {
    await Promise.all([...running].map((h) => h.stop()));
    await platform.close();
    await broker.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { broker, platform, dir, boot, online, paired, close, provision };
}

export type Fixture = Awaited<ReturnType<typeof fixture>>;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One fresh fixture per test: the returned object is filled in before each test and closed after it. */
export function useFixture(platformUrl?: () => string): Fixture {
  const holder = {} as Fixture;
  beforeEach(async () => {
    Object.assign(holder, await fixture(platformUrl?.()));
  });
  afterEach(() => holder.close());
  return holder;
}
