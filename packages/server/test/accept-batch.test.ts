import type { HelloData } from '@threshold/protocol';
import { expect, it } from 'vitest';
import { groupCommitAccept } from '../src/gateway/accept-batch.js';
import { type DeviceUpdate, insertDevice } from '../src/gateway/device-store.js';
import type { DeviceHealth } from '../src/gateway/health.js';
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
});
