import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Flash, readRecord } from '../src/flash.js';
import { useStatePaths } from './support/state-path.js';

const statePath = useStatePaths();

/** The newest whole record of the two slot files. */
function onDisk(path: string): Record<string, unknown> {
  const records = [path, `${path}.b`]
    .filter((p) => existsSync(p))
    .map((p) => readRecord(readFileSync(p)))
    .filter((r) => r !== null)
    .sort((a, b) => b.generation - a.generation);
  if (records.length === 0) throw new Error('no whole record');
  return records[0]!.data as unknown as Record<string, unknown>;
}
const ack = { command: 'cmd-1', status: 'ok' as const, result: { bolt: 'unlocked' } };

describe('flash writes', () => {
  it('writes a reserved seq at once, together with the changes made before it', () => {
    const path = statePath();
    const flash = new Flash(path);
    flash.set('bolt', 'unlocked');
    flash.rememberAck(ack);
    expect(existsSync(path)).toBe(false); // nothing has left the device yet, so nothing was written
    expect(flash.nextSeq()).toBe(1);
    expect(onDisk(path)).toEqual({
      seq: 1,
      pinnedKeys: [],
      nonces: [],
      visits: [],
      acks: [['cmd-1', ack]],
      outbox: [],
      settings: { bolt: 'unlocked' },
    });
  });

  it('writes a change that no seq follows at the end of the turn, and a restart reads it back', async () => {
    const path = statePath();
    const flash = new Flash(path);
    flash.nextSeq();
    flash.setPinnedKeys([{ kid: 'pk-1', publicKey: 'key-1' }]);
    expect(onDisk(path).pinnedKeys).toEqual([]);
    await Promise.resolve();
    expect(onDisk(path).pinnedKeys).toEqual([{ kid: 'pk-1', publicKey: 'key-1' }]);
    const again = new Flash(path);
    expect([...again.pinnedKeys]).toEqual([['pk-1', 'key-1']]);
    expect(again.ackFor('cmd-1')).toBeUndefined();
    expect(again.nextSeq()).toBe(2);
  });

  it('writes a used nonce as soon as it is saved, and keeps acks across a restart', () => {
    const path = statePath();
    const flash = new Flash(path);
    flash.rememberAck(ack);
    flash.nonces.remember('nonce-1', 2_000_000_000);
    flash.save();
    const again = new Flash(path);
    expect(again.nonces.toJSON()).toEqual([['nonce-1', 2_000_000_000]]);
    expect(again.ackFor('cmd-1')).toEqual(ack);
  });
});
