import type { HelloData } from '@threshold/protocol';
import { expect, it } from 'vitest';
import { groupCommitAccept } from '../src/gateway/accept-batch.js';
import { type DeviceUpdate, insertDevice } from '../src/gateway/device-store.js';
import type { DeviceHealth } from '../src/gateway/health.js';
import type { Db } from '../src/store/db.js';
import { describeEachDialect } from './support/stores.js';

const at = '2026-11-25T09:00:00.000Z';
const hello = (kind: 'lock' | 'camera'): HelloData =>
  ({ kind, publicKey: `pk-${kind}`, firmware: '1.0.0', claimHash: 'c' }) as HelloData;

const update = (id: string, seq: number, health: DeviceHealth = { battery: seq }): DeviceUpdate => ({
  id,
  seq,
  health,
  at,
});

describeEachDialect('device messages committed in groups', (getStore) => {
  let n = 0;
  async function devices(count: number): Promise<string[]> {
    const ids = Array.from({ length: count }, () => `dev_${++n}`);
    for (const id of ids) {
      await insertDevice(getStore().db, { id, hello: hello('lock'), seq: 1, health: {}, at });
    }
    return ids;
  }
  const stored = (id: string) =>
    getStore().db.selectFrom('devices').select(['last_seq', 'health']).where('id', '=', id).executeTakeFirstOrThrow();

  it('accepts the messages of one turn together, each newer than the last', async () => {
    const [a, b] = (await devices(2)) as [string, string];
    const accept = groupCommitAccept(getStore().db, getStore().dialect);
    expect(await Promise.all([accept(update(b, 5)), accept(update(a, 2)), accept(update(b, 6))])).toEqual([
      true,
      true,
      true,
    ]);
    expect(Number((await stored(a)).last_seq)).toBe(2);
    expect(Number((await stored(b)).last_seq)).toBe(6);
    expect(JSON.parse((await stored(b)).health)).toEqual({ battery: 6 });
  });

  it('refuses a replay, in the same group or a later one', async () => {
    const [a] = (await devices(1)) as [string];
    const accept = groupCommitAccept(getStore().db, getStore().dialect);
    expect(await Promise.all([accept(update(a, 3)), accept(update(a, 3)), accept(update(a, 2))])).toEqual([
      true,
      false,
      false,
    ]);
    expect(await accept(update(a, 3))).toBe(false);
    expect(await accept(update(a, 1))).toBe(false);
    expect(await accept(update(a, 4))).toBe(true);
    expect(Number((await stored(a)).last_seq)).toBe(4);
  });

  it('refuses an unknown device', async () => {
    const accept = groupCommitAccept(getStore().db, getStore().dialect);
    expect(await Promise.all([accept(update('dev_none', 9)), accept(update('dev_none', 10))])).toEqual([false, false]);
  });

  it('keeps the others of a group when one message cannot be written', async () => {
    const [a, b] = (await devices(2)) as [string, string];
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const accept = groupCommitAccept(getStore().db, getStore().dialect);
    const results = await Promise.allSettled([
      accept(update(a, 7)),
      accept(update(b, 7, circular as DeviceHealth)),
      accept(update(a, 8)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(Number((await stored(a)).last_seq)).toBe(8);
    expect(Number((await stored(b)).last_seq)).toBe(1);
  });

  /** The same store, counting the statements that update `devices`. */
  function countingDevicesUpdates(): { db: Db; updates: () => number } {
    let updates = 0;
    const db = getStore().db.withPlugin({
      transformQuery(args) {
        const node = args.node as { kind: string; table?: { table?: { identifier?: { name?: string } } } };
        if (node.kind === 'UpdateQueryNode' && node.table?.table?.identifier?.name === 'devices') updates++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    return { db, updates: () => updates };
  }

  it("writes one device's consecutive messages as one guarded update, later fields winning", async () => {
    const [a] = (await devices(1)) as [string];
    const { db, updates } = countingDevicesUpdates();
    const accept = groupCommitAccept(db, getStore().dialect);
    const group = [
      accept(update(a, 3, { battery: 50, bolt: 'locked' })),
      accept({ ...update(a, 4, { battery: 49 }), state: { n: 4 } }),
      accept(update(a, 6, { bolt: 'unlocked' })),
    ];
    expect(await Promise.all(group)).toEqual([true, true, true]);
    expect(updates()).toBe(1);
    const row = await getStore()
      .db.selectFrom('devices')
      .select(['last_seq', 'health', 'state'])
      .where('id', '=', a)
      .executeTakeFirstOrThrow();
    expect(Number(row.last_seq)).toBe(6);
    expect(JSON.parse(row.health)).toEqual({ battery: 49, bolt: 'unlocked' });
    expect(JSON.parse(String(row.state))).toEqual({ n: 4 });
    // Each of the three is a replay now, alone or as a run.
    expect(await Promise.all([accept(update(a, 4)), accept(update(a, 6))])).toEqual([false, false]);
    expect(await accept(update(a, 3))).toBe(false);
  });

  it('gives every message of a run written as one update the row it left', async () => {
    const [a] = (await devices(1)) as [string];
    const { db, updates } = countingDevicesUpdates();
    const accept = groupCommitAccept(db, getStore().dialect);
    const heard: number[] = [];
    const hearing = (seq: number): DeviceUpdate => ({
      ...update(a, seq),
      returned: (row) => heard.push(Number(row.last_seq)),
    });
    expect(await Promise.all([accept(hearing(3)), accept(hearing(4)), accept(hearing(5))])).toEqual([true, true, true]);
    expect(updates()).toBe(1);
    expect(heard).toEqual([5, 5, 5]);
  });

  it('judges each message of a run on its own when one of them is a replay', async () => {
    const [a] = (await devices(1)) as [string];
    const accept = groupCommitAccept(getStore().db, getStore().dialect);
    expect(await accept(update(a, 5))).toBe(true);
    expect(await Promise.all([accept(update(a, 4)), accept(update(a, 5)), accept(update(a, 7))])).toEqual([
      false,
      false,
      true,
    ]);
    expect(Number((await stored(a)).last_seq)).toBe(7);
  });

  it('writes what a message causes in the transaction that accepts it; a message whose effect fails is not accepted', async () => {
    const [a, b] = (await devices(2)) as [string, string];
    const accept = groupCommitAccept(getStore().db, getStore().dialect);
    const caused: string[] = [];
    // The effect writes in the accepting transaction: the device's health is visible there, the other update too.
    const effect = (label: string) => async (tx: Db) => {
      const row = await tx.selectFrom('devices').select('last_seq').where('id', '=', a).executeTakeFirstOrThrow();
      caused.push(`${label}@${Number(row.last_seq)}`);
    };
    const failing = async (tx: Db) => {
      await tx.updateTable('devices').set({ firmware: 'written by a failed effect' }).where('id', '=', b).execute();
      throw new Error('the transition cannot be written');
    };
    const results = await Promise.allSettled([
      accept(update(a, 2), { within: effect('first') }),
      accept(update(b, 2), { within: failing }),
      accept(update(a, 3), { within: effect('second') }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(Number((await stored(a)).last_seq)).toBe(3);
    // Not accepted: its seq is free for the device to send again, and nothing the failed effect wrote stayed.
    const other = await getStore()
      .db.selectFrom('devices')
      .select(['last_seq', 'firmware'])
      .where('id', '=', b)
      .executeTakeFirstOrThrow();
    expect(Number(other.last_seq)).toBe(1);
    expect(other.firmware).toBe('1.0.0');
    // The group was undone and retried one message at a time: each effect ran in a transaction that committed.
    expect(caused.slice(-2)).toEqual(['first@2', 'second@3']);
    // A replay of a message accepted with its effect is refused, and its effect does not run again.
    const before = caused.length;
    expect(await accept(update(a, 3), { within: effect('replayed') })).toBe(false);
    expect(caused.length).toBe(before);
    expect(await accept(update(b, 2), { within: effect('resent') })).toBe(true);
  });
});
