import { createServer, type Server } from 'node:net';
import { topics } from '@threshold/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bus } from '../src/bus.js';
import type { Gateway } from '../src/gateway/gateway.js';
import { DeviceOwnership, PARTITIONS } from '../src/gateway/ownership.js';
import { startTestGateway } from './support/gateway.js';
import { RawDevice, until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// A broker gives a subscriber every retained message again (MQTT 3.1.1 §3.3.1.3): a node that starts, or whose
// broker restarted, receives each device's retained `state`, whose seq the store already accepted. That is not a
// replay and is not recorded; a message sent again by the device is, even published with the retain flag
// (docs/decisions.md "Retained messages on subscribe"). Against a standalone aedes (the embedded broker's library) and
// Mosquitto when TEST_MQTT_URL is set.

const mqttUrl = process.env.TEST_MQTT_URL;

interface BrokerUnderTest {
  url: string;
  close(): Promise<void>;
}

async function standaloneAedes(): Promise<BrokerUnderTest> {
  const { Aedes } = await import('aedes');
  const broker = await Aedes.createBroker();
  const server: Server = createServer((socket) => broker.handle(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `mqtt://127.0.0.1:${address.port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => broker.close(() => resolve()));
    },
  };
}

function suite(name: string, open: () => Promise<BrokerUnderTest>): void {
  describeEachDialect(`retained messages on subscribe [${name}]`, (getStore) => {
    let broker: BrokerUnderTest;
    let gateway: Gateway | undefined;
    const device = new RawDevice('lock');
    /** Seqs of this device's messages the nodes accepted, told in the device's order after any earlier refusal. */
    const accepted: number[] = [];

    /** A node owning every partition: a plain subscription, as with several nodes (gateway/ownership.ts). */
    const node = () => {
      const ownership = new DeviceOwnership();
      ownership.grant(
        Array.from({ length: PARTITIONS }, (_, p) => p),
        Number.POSITIVE_INFINITY,
      );
      const bus = new Bus();
      bus.on('device.event', ({ deviceId, event }) => {
        if (deviceId === device.id) accepted.push(event.seq);
      });
      return startTestGateway(getStore(), bus, { mqtt: { url: broker.url, host: '127.0.0.1', port: 0 }, ownership });
    };
    const refusals = async () =>
      (
        await getStore()
          .db.selectFrom('device_rejections')
          .select('reason')
          .where('device_id', '=', device.id)
          .execute()
      ).map((r) => r.reason);
    /** Sends a fresh event and waits until it is accepted: everything the node received before it is handled. */
    const settled = async () => {
      await device.send('door', { door: 'closed' });
      await until(() => accepted.includes(device.seq), `seq ${device.seq} accepted`);
    };

    beforeAll(async () => {
      broker = await open();
      gateway = await node();
    });
    afterAll(async () => {
      await device.close();
      await gateway?.stop();
      await broker?.close();
    });

    let oldState = '';
    let oldEvent = '';

    it('drops, unrecorded, the retained state a node receives when it subscribes', async () => {
      await device.connect(broker.url);
      oldState = await device.send('state', device.lockState({ door: 'open' }), { retain: true });
      oldEvent = await device.send('door', { door: 'open' });
      await until(() => accepted.includes(device.seq), 'hello, states and event accepted');

      await gateway!.stop(); // a restart of the node: its new client receives the retained state again
      gateway = await node();
      await settled();
      expect(await refusals()).toEqual([]);
    });

    it('still refuses and records a device sending an old seq again, with the retain flag or without', async () => {
      await device.publish(topics.state(device.id), oldState, true);
      await device.publish(topics.evt(device.id), oldEvent);
      await settled();
      expect(await refusals()).toEqual(['replayed', 'replayed']);
    });
  });
}

suite('aedes', standaloneAedes);
if (mqttUrl) suite('mosquitto', async () => ({ url: mqttUrl, close: async () => {} }));
else describe.skip('retained messages on subscribe [mosquitto] (needs TEST_MQTT_URL, an external broker)', () => {});
