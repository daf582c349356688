import { verifyEvent } from '@threshold/protocol';
import { describe, expect, it } from 'vitest';
import { provision } from '../src/identity.js';
import { useFixture } from './support/fixture.js';

const f = useFixture();

describe('a lock restarting from its flash', () => {
  it('keeps seq increasing, its pinned keys, used nonces and command acks across a restart', async () => {
    const lock = provision('lock');
    const first = await f.paired(lock, { lock: { autoRelockMs: 0 } });
    const capability = await f.platform.capability(lock.id);
    const unlock = await f.platform.send(lock.id, 'unlock', { capability });
    await f.platform.waitForAck(lock.id, unlock);
    await first.stop();
    await f.platform.waitFor((s) => s.deviceId === lock.id && s.channel === 'status' && s.text === 'offline');
    const before = f.platform.events(lock.id);
    const lastSeq = Math.max(...before.map((e) => e.seq));

    const second = await f.boot(lock, { lock: { autoRelockMs: 0 } });
    const hello = await f.platform.waitForEvent(lock.id, 'hello', (e) => e.seq > lastSeq);
    expect(hello.data.claimHash).toBeNull();
    expect(hello.data.pinnedKids).toEqual(['pk-test-1']);
    expect(second.state()).toMatchObject({ paired: true, bolt: 'unlocked' });

    await f.platform.send(lock.id, 'unlock', { capability }, { id: unlock });
    await f.platform.waitFor(() => f.platform.acksFor(lock.id, unlock).length === 2);
    const replay = await f.platform.send(lock.id, 'unlock', { capability });
    expect((await f.platform.waitForAck(lock.id, replay)).reason).toBe('replayed');

    const all = f.platform.events(lock.id);
    const seqs = all.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(all.filter((e) => e.type === 'bolt')).toHaveLength(1);
    for (const e of all) expect(verifyEvent(e, lock.publicKey)).toBe(true);
  });
});
