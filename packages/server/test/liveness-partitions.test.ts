import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { Bus, type BusEvents } from '../src/bus.js';
import type { Gateway } from '../src/gateway/gateway.js';
import { DeviceOwnership, PARTITIONS, partitionOf } from '../src/gateway/ownership.js';
import { startTestGateway } from './support/gateway.js';
import { RawDevice, until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// A device's partition moves to another node and back (docs/decisions.md "Several nodes"): what this node remembered
// of the device while it handled it (its online flag, its heartbeat `seq` floor) is forgotten, so the store's word
// counts again. "The other node" is played by writing the store as it would have.

const ALL = Array.from({ length: PARTITIONS }, (_, p) => p);

describeEachDialect('device liveness when a partition moves', (getStore) => {
  const bus = new Bus<BusEvents>();
  const ownership = new DeviceOwnership();
  /** Seqs of accepted messages, told in each device's order after any earlier refusal. */
  const accepted: number[] = [];
  let gateway: Gateway;
  let url: string;
  let devices: RawDevice[] = [];

  const row = (id: string) =>
    getStore().db.selectFrom('devices').select(['online', 'last_seq']).where('id', '=', id).executeTakeFirst();
  /** What the other node wrote while it handled the device. */
  const otherNodeWrote = (id: string, set: { online?: 0 | 1; last_seq?: number }) =>
    getStore().db.updateTable('devices').set(set).where('id', '=', id).execute();
  const connected = async (kind: 'lock' | 'camera') => {
    const device = new RawDevice(kind);
    devices.push(device);
    await device.connect(url);
    await until(async () => Number((await row(device.id))?.last_seq) === device.seq, 'hello and state');
    return device;
  };

  beforeAll(async () => {
    ownership.grant(ALL, Number.POSITIVE_INFINITY);
    bus.on('device.event', ({ event }) => accepted.push(event.seq));
    gateway = await startTestGateway(getStore(), bus, { ownership });
    url = `mqtt://127.0.0.1:${gateway.brokerPort}`;
  });
  afterEach(async () => {
    await Promise.all(devices.map((d) => d.close()));
    devices = [];
  });
  afterAll(async () => {
    await gateway.stop();
  });

  it('answers and writes online from the store, not from a flag remembered before the partition moved', async () => {
    const lock = await connected('lock');
    const partition = partitionOf(lock.id);
    expect(await gateway.isOnline(lock.id)).toBe(true);

    await ownership.revoke([partition]);
    await otherNodeWrote(lock.id, { online: 0 }); // the other node saw it go offline
    ownership.grant([partition], Number.POSITIVE_INFINITY);
    // Nothing heard since the take-over: the store's word, not the flag this node held before.
    expect(await gateway.isOnline(lock.id)).toBe(false);

    // The device speaks again: this node marks it online (it would not, believing the store already said so).
    await lock.sendState({ door: 'open' });
    await until(async () => (await row(lock.id))?.online === 1, 'online again in the store');
    expect(await gateway.isOnline(lock.id)).toBe(true);
  });

  it('checks the first heartbeat after a take-over against the store, so what the other node accepted is refused', async () => {
    const camera = await connected('camera');
    const partition = partitionOf(camera.id);
    const beat = (frames: number) => camera.send('heartbeat', { session: 'visit-1', frames });
    await beat(0);
    await beat(1);
    await until(() => accepted.includes(camera.seq), 'heartbeats accepted');
    const floor = camera.seq;

    await ownership.revoke([partition]);
    await otherNodeWrote(camera.id, { last_seq: floor + 3 }); // the other node accepted floor+1 … floor+3
    ownership.grant([partition], Number.POSITIVE_INFINITY);

    camera.seq = floor + 1; // floor+2: above what this node accepted, not above what the other one did
    await beat(2);
    camera.seq = floor + 3;
    await camera.sendState(); // floor+4: handled after the heartbeat (one device's messages run in order)
    await until(() => accepted.includes(floor + 4), 'the state after the heartbeat');
    const refusals = await getStore()
      .db.selectFrom('device_rejections')
      .select('reason')
      .where('device_id', '=', camera.id)
      .execute();
    expect(refusals.map((r) => r.reason)).toEqual(['replayed']);
    expect(accepted).not.toContain(floor + 2);
  });
});
