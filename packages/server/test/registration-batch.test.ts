import type { HelloData } from '@threshold/protocol';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import { expect, it } from 'vitest';
import { insertDevice, type NewDevice } from '../src/gateway/device-store.js';
import { withTransaction } from '../src/store/db.js';
import { describeEachDialect } from './support/stores.js';

// Registrations of one turn of the event loop are inserted together (device-store.ts `insertDevice`): a connect wave
// of new devices costs a few statements and one commit instead of one autocommit each, and every caller still hears
// whether its own device was inserted.

const at = '2026-12-02T09:00:00.000Z';
const hello = { kind: 'lock', publicKey: 'pk', firmware: '1.0.0', claimHash: 'c' } as HelloData;
const device = (id: string): NewDevice => ({ id, hello, seq: 1, health: {}, at });

/** Counts the INSERT statements sent through it. */
function insertCounter(): KyselyPlugin & { inserts: number } {
  return {
    inserts: 0,
    transformQuery(args: PluginTransformQueryArgs) {
      if (args.node.kind === 'InsertQueryNode') this.inserts += 1;
      return args.node;
    },
    async transformResult(args: PluginTransformResultArgs) {
      return args.result;
    },
  };
}

describeEachDialect('device registrations committed in groups', (getStore) => {
  let n = 0;
  const ids = (count: number) => Array.from({ length: count }, () => `lk-batch-${++n}`);
  const storedIds = async (wanted: readonly string[]) =>
    (await getStore().db.selectFrom('devices').select('id').where('id', 'in', wanted).execute()).map((r) => r.id);

  it('inserts the registrations of one turn in a few statements, each caller told its own verdict', async () => {
    const [known, ...fresh] = ids(251) as [string, ...string[]];
    await insertDevice(getStore().db, device(known));
    const counter = insertCounter();
    const db = getStore().db.withPlugin(counter);
    // 250 new devices (more than one statement's rows), the same new id twice, and one already stored.
    const verdicts = await Promise.all([...fresh, fresh[0]!, known].map((id) => insertDevice(db, device(id))));
    expect(verdicts.slice(0, fresh.length).every((v) => v)).toBe(true);
    expect(verdicts.slice(fresh.length)).toEqual([false, false]);
    expect(counter.inserts).toBe(2);
    expect((await storedIds(fresh)).length).toBe(fresh.length);
  });

  it('registrations of later turns form later groups, and one inside a transaction waits for its commit', async () => {
    const [a, b, c] = ids(3) as [string, string, string];
    const counter = insertCounter();
    const db = getStore().db.withPlugin(counter);
    expect(await insertDevice(db, device(a))).toBe(true);
    expect(await insertDevice(db, device(b))).toBe(true);
    expect(counter.inserts).toBe(2);
    await expect(
      withTransaction(getStore().db, async (tx) => {
        expect(await insertDevice(tx, device(c))).toBe(true);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await storedIds([a, b, c])).toEqual(expect.arrayContaining([a, b]));
    expect(await storedIds([c])).toEqual([]);
  });
});
