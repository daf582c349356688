import { parseEvent } from '@threshold/protocol';
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCli } from '../src/cli-args.js';
import { startMassFleet } from '../src/mass-fleet.js';
import { startBroker } from './support/broker.js';

// `npm run devices -- --count N` (docs/devices.md, "A large fleet"): generated devices, a bounded ramp, camera load
// heartbeats, and devices cut off the network without a goodbye.

describe('devices --count', () => {
  it('reads the fleet options with defaults and bounds', () => {
    expect(parseCli(['--count', '10000', '--procs', '4'], {})).toEqual({
      ok: true,
      value: {
        command: 'fleet',
        count: 10_000,
        procs: 4,
        rampPerSecond: 500,
        heartbeatMs: 10_000,
        mqttUrl: 'mqtt://127.0.0.1:1884',
        platformUrl: 'http://127.0.0.1:8080',
      },
    });
    expect(parseCli(['--count', '0'], {}).ok).toBe(false);
    expect(parseCli(['--count', '10', '--procs', '65'], {}).ok).toBe(false);
    expect(parseCli(['--count', 'many'], {}).ok).toBe(false);
  });

  let broker: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    broker = await startBroker();
  });
  afterAll(async () => broker.close());

  it('starts locks and cameras, whose cameras beat, and cuts devices off without a goodbye', async () => {
    const watcher = await mqtt.connectAsync(broker.url, { clientId: 'watcher' });
    const beats = new Map<string, number>();
    const statuses: string[] = [];
    watcher.on('message', (topic, payload) => {
      if (topic.endsWith('/status')) statuses.push(`${topic.split('/')[3]}:${payload.toString()}`);
      const event = topic.endsWith('/evt') ? parseEvent(payload) : null;
      if (event?.ok && event.value.type === 'heartbeat') {
        beats.set(event.value.device, (beats.get(event.value.device) ?? 0) + 1);
      }
    });
    await watcher.subscribeAsync(['threshold/v1/d/+/evt', 'threshold/v1/d/+/status']);
    const fleet = startMassFleet({
      count: 6,
      mqttUrl: broker.url,
      platformUrl: 'http://127.0.0.1:9',
      rampPerSecond: 40,
      heartbeatMs: 50,
    });
    try {
      await fleet.started;
      const deadline = Date.now() + 5000;
      while (fleet.connected() < 6 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(fleet.devices.map((d) => d.kind).sort()).toEqual(['camera', 'camera', 'camera', 'lock', 'lock', 'lock']);
      const cameras = fleet.devices.filter((d) => d.kind === 'camera').map((d) => d.id);
      while ([...beats.keys()].length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect([...beats.keys()].sort()).toEqual(cameras.sort());

      const cut = fleet.cut(2);
      expect(cut).toHaveLength(2);
      while (fleet.connected() > 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(fleet.connected()).toBe(4);
      // Off the network, not a goodbye: the broker publishes their last will.
      while (statuses.filter((s) => s.endsWith(':offline')).length < 2 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(statuses.filter((s) => s.endsWith(':offline')).sort()).toEqual(cut.map((id) => `${id}:offline`).sort());
    } finally {
      await fleet.stop();
      await watcher.endAsync();
    }
  });
});
