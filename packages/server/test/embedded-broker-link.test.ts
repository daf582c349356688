import mqtt from 'mqtt';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Bus, type BusEvents } from '../src/bus.js';
import type { Gateway } from '../src/gateway/gateway.js';
import { startTestGateway } from './support/gateway.js';
import { RawDevice, until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// The platform is linked to its embedded broker in process (broker.ts `link`): device messages reach it and its
// commands reach devices without an MQTT client of its own, so no client can connect as the platform at all.

describeEachDialect('the platform linked to its embedded broker in process', (getStore) => {
  const bus = new Bus<BusEvents>();
  const events: string[] = [];
  let gateway: Gateway;
  let url: string;

  beforeAll(async () => {
    bus.on('device.event', ({ deviceId, event }) => events.push(`${deviceId}:${event.type}`));
    gateway = await startTestGateway(getStore(), bus);
    url = `mqtt://127.0.0.1:${gateway.brokerPort}`;
  });
  afterAll(async () => {
    await gateway.stop();
  });

  it('hears a device and is ready without a client of its own', async () => {
    expect(gateway.connected).toBe(true);
    const lock = new RawDevice('lock');
    await lock.connect(url);
    try {
      await until(() => events.includes(`${lock.id}:hello`), 'the hello on the bus');
      expect(await gateway.isOnline(lock.id)).toBe(true);
    } finally {
      await lock.close();
    }
  });

  it('refuses a client that names itself the platform, whatever its password', async () => {
    for (const password of ['', 'guess', 'x'.repeat(43)]) {
      const client = mqtt.connect(url, {
        clientId: `threshold-platform-${password.length}`,
        username: 'threshold-platform',
        password,
        reconnectPeriod: 0,
        connectTimeout: 5000,
      });
      const outcome = await new Promise<string>((resolve) => {
        client.once('connect', () => resolve('connected'));
        client.once('error', (error) => resolve(error.message));
        client.once('close', () => resolve('closed'));
      });
      client.end(true);
      expect(outcome).not.toBe('connected');
    }
  });
});
