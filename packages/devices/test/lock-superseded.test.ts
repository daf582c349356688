import { describe, expect, it } from 'vitest';
import { provision } from '../src/identity.js';
import { useFixture } from './support/fixture.js';

// docs/protocol.md §7 step 11 and "Closing a visit": one visit opens the lock with one capability at most, whatever
// older copies turn up, and a closed visit opens it with none; both survive a restart.

const f = useFixture();
const still = { lock: { autoRelockMs: 0 } };

describe('a lock refusing superseded capabilities', () => {
  it('refuses an older capability of a visit it already opened for, or one of the same second with another nonce', async () => {
    const lock = provision('lock');
    await f.paired(lock, still);
    const now = Date.now();
    const older = await f.platform.capability(lock.id, { visit: 'visit-7', nowMs: now - 20_000 });
    const sameSecond = await f.platform.capability(lock.id, { visit: 'visit-7', nowMs: now });
    const used = await f.platform.capability(lock.id, { visit: 'visit-7', nowMs: now });
    const otherVisit = await f.platform.capability(lock.id, { visit: 'visit-8', nowMs: now - 20_000 });
    const reasons = [];
    for (const capability of [used, older, sameSecond, otherVisit]) {
      const id = await f.platform.send(lock.id, 'unlock', { capability });
      const ack = await f.platform.waitForAck(lock.id, id);
      reasons.push(ack.status === 'ok' ? 'ok' : ack.reason);
    }
    expect(reasons).toEqual(['ok', 'superseded', 'superseded', 'ok']);
  });

  it('accepts a newer capability of the same visit, and then refuses the one it used before as replayed', async () => {
    const lock = provision('lock');
    await f.paired(lock, still);
    const now = Date.now();
    const first = await f.platform.capability(lock.id, { visit: 'visit-9', nowMs: now - 5_000 });
    const newer = await f.platform.capability(lock.id, { visit: 'visit-9', nowMs: now });
    const reasons = [];
    for (const capability of [first, newer, first]) {
      const id = await f.platform.send(lock.id, 'unlock', { capability });
      const ack = await f.platform.waitForAck(lock.id, id);
      reasons.push(ack.status === 'ok' ? 'ok' : ack.reason);
    }
    expect(reasons).toEqual(['ok', 'ok', 'replayed']);
  });

  it('refuses every capability of a closed visit, at the door too, and remembers both rules across a restart', async () => {
    const lock = provision('lock');
    const first = await f.paired(lock, still);
    const now = Date.now();
    const used = await f.platform.capability(lock.id, { visit: 'visit-10', nowMs: now });
    const older = await f.platform.capability(lock.id, { visit: 'visit-10', nowMs: now - 10_000 });
    const leftover = await f.platform.capability(lock.id, { visit: 'visit-11', nowMs: now });
    await f.platform.waitForAck(lock.id, await f.platform.send(lock.id, 'unlock', { capability: used }));
    const close = await f.platform.send(lock.id, 'visit.close', { visit: 'visit-11' });
    expect(await f.platform.waitForAck(lock.id, close)).toEqual({
      command: close,
      status: 'ok',
      result: { visit: 'visit-11' },
    });
    await first.stop();
    await f.platform.waitFor((s) => s.deviceId === lock.id && s.channel === 'status' && s.text === 'offline');
    const second = await f.boot(lock, still);
    expect(await second.presentCapability(leftover)).toEqual({ ok: false, error: 'superseded' });
    expect(await second.presentCapability(older)).toEqual({ ok: false, error: 'superseded' });
    expect(f.platform.eventsOf(lock.id, 'bolt').filter((e) => e.data.bolt === 'unlocked')).toHaveLength(1);
  });
});
