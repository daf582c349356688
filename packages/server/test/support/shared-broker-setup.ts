import mqtt from 'mqtt';

// Vitest global setup (vitest.config.ts): the external test broker (TEST_MQTT_URL, the machine's Mosquitto) is shared
// by every run on this machine and keeps retained messages across them. Devices publish their state and online status
// retained (docs/protocol.md), so each run's emulated devices leave theirs behind, and a platform subscribing later
// receives all of them at once: thousands from earlier runs held up the first hello a test waited for. The run starts
// and ends with no retained device message on that broker; only `threshold/v1/d/…` topics are touched.

const DEVICE_TOPICS = 'threshold/v1/d/#';
/** Retained messages arrive right after the subscription; this long without one means all have come. */
const QUIET_MS = 500;
const LIMIT_MS = 15_000;

async function clearRetainedDeviceMessages(url: string): Promise<number> {
  const client = await mqtt.connectAsync(url, { clientId: `test-retained-sweep-${process.pid}`, clean: true });
  try {
    const retained = new Set<string>();
    let last = Date.now();
    client.on('message', (topic, payload, packet) => {
      if (packet.retain && payload.length > 0) retained.add(topic);
      last = Date.now();
    });
    const start = Date.now();
    await client.subscribeAsync(DEVICE_TOPICS, { qos: 0 });
    last = Date.now();
    while (Date.now() - last < QUIET_MS && Date.now() - start < LIMIT_MS) await new Promise((r) => setTimeout(r, 100));
    // An empty retained publish removes the topic's retained message (MQTT 3.1.1 §3.3.1.3).
    await Promise.all([...retained].map((topic) => client.publishAsync(topic, '', { retain: true, qos: 1 })));
    return retained.size;
  } finally {
    await client.endAsync();
  }
}

export async function setup(): Promise<void> {
  const url = process.env.TEST_MQTT_URL;
  if (url) await clearRetainedDeviceMessages(url);
}

export async function teardown(): Promise<void> {
  const url = process.env.TEST_MQTT_URL;
  if (url) await clearRetainedDeviceMessages(url);
}
