import type { HelloData } from '@threshold/protocol';
import { ColumnNode, type KyselyPlugin, UpdateQueryNode } from 'kysely';
import { expect, it } from 'vitest';
import { Bus, type BusEvents } from '../src/bus.js';
import { insertDevice } from '../src/gateway/device-store.js';
import { createLiveness, type Liveness } from '../src/gateway/liveness.js';
import { silentLog } from '../src/gateway/log.js';
import { systemClock } from '../src/ports.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// A device's online flag whose write failed is written again (liveness.ts), unless the device's partition moved to
// another node meanwhile: then the other node's word is newer, and this node's retry must not overwrite it.

const at = '2026-12-03T08:00:00.000Z';
const hello = { kind: 'lock', publicKey: 'pk-lock', firmware: '1.0.0', claimHash: 'c' } as HelloData;

describeEachDialect('device online flags written again after a failure', (getStore) => {
  let n = 0;
  /** Fails the next `failures` writes of online flags alone (a hello's accept sets the flag with its `last_seq`). */
  const failing = (failures: number) => {
    let left = failures;
    const plugin: KyselyPlugin = {
      transformQuery({ node }) {
        if (left > 0 && UpdateQueryNode.is(node)) {
          const columns = (node.updates ?? []).map((u) => (ColumnNode.is(u.column) ? u.column.column.name : ''));
          if (columns.includes('online') && !columns.includes('last_seq')) {
            left -= 1;
            throw new Error('the store is away (test)');
          }
        }
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    return { db: getStore().db.withPlugin(plugin), left: () => left };
  };
  const online = async (id: string) =>
    (await getStore().db.selectFrom('devices').select('online').where('id', '=', id).executeTakeFirstOrThrow())
      .online === 1;

  /** A device the store holds online, and a liveness that finds it without a connection and marks it offline. */
  async function droppedDevice(
    failures: number,
  ): Promise<{ id: string; liveness: Liveness; statuses: boolean[]; left: () => number }> {
    const id = `lk-retry-${++n}`;
    await insertDevice(getStore().db, { id, hello, seq: 1, health: {}, at });
    expect(await online(id)).toBe(true);
    const bus = new Bus<BusEvents>();
    const statuses: boolean[] = [];
    bus.on('device.status', (s) => statuses.push(s.online));
    const store = failing(failures);
    const liveness = createLiveness({
      db: store.db,
      dialect: getStore().dialect,
      bus,
      clock: systemClock,
      log: silentLog,
      connected: () => false,
      graceMs: 60_000,
      sweepMs: 60_000,
    });
    liveness.heard(id, true); // heard, but it holds no connection: offline
    await liveness.flushed();
    expect(store.left()).toBe(failures - 1); // the first attempt failed
    return { id, liveness, statuses, left: store.left };
  }

  it('writes the flag again until it lands, and tells the bus once', async () => {
    const { id, statuses, left } = await droppedDevice(2);
    await until(async () => !(await online(id)), 'offline in the store', 5000);
    expect(left()).toBe(0);
    expect(statuses).toEqual([false]);
  });

  it('drops a transition waiting to be written again when the device is forgotten', async () => {
    const { id, liveness, statuses } = await droppedDevice(1);
    liveness.forget((deviceId) => deviceId === id);
    // Well past the first retry (0.1 s).
    await new Promise((resolve) => setTimeout(resolve, 400));
    await liveness.flushed();
    expect(await online(id)).toBe(true);
    expect(statuses).toEqual([]);
  });
});
