import { describe, expect, it } from 'vitest';
import { provision } from '../src/identity.js';
import { sleep, useFixture } from './support/fixture.js';
import { newSigner } from './support/platform-double.js';

const f = useFixture();

const fast = { lock: { relockAfterCloseMs: 50, autoRelockMs: 400 } };

describe('unlocking a lock over MQTT', () => {
  it('unlocks with a valid capability, then relocks once the door has opened and closed', async () => {
    const lock = provision('lock');
    const handle = await f.paired(lock, fast);
    const token = await f.platform.capability(lock.id, { visit: 'visit-42' });
    const id = await f.platform.send(lock.id, 'unlock', { capability: token });
    expect(await f.platform.waitForAck(lock.id, id)).toEqual({
      command: id,
      status: 'ok',
      result: { bolt: 'unlocked' },
    });
    const bolt = await f.platform.waitForEvent(lock.id, 'bolt', (e) => e.data.bolt === 'unlocked');
    expect(bolt.data).toMatchObject({ bolt: 'unlocked', cause: 'capability', command: id, visit: 'visit-42' });
    expect(bolt.data.nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const ackEvent = f.platform.eventsOf(lock.id, 'ack').find((e) => e.data.command === id)!;
    expect(ackEvent.seq).toBeLessThan(bolt.seq); // "ok" first, then the event it promises (§4)

    handle.openDoor();
    await sleep(600); // past autoRelockMs: an open door is never relocked
    expect(handle.state()).toMatchObject({ bolt: 'unlocked', door: 'open' });
    handle.closeDoor();
    const relocked = await f.platform.waitForEvent(lock.id, 'bolt', (e) => e.data.bolt === 'locked');
    expect(relocked.data).toEqual({ bolt: 'locked', cause: 'auto_relock' });
    const doors = f.platform.eventsOf(lock.id, 'door').map((e) => e.data.door);
    expect(doors).toEqual(['open', 'closed']);
    await f.platform.waitForEvent(lock.id, 'state', (e) => e.data.kind === 'lock' && e.data.bolt === 'locked');
  });

  it('relocks after autoRelockMs when the door is never opened', async () => {
    const lock = provision('lock');
    const handle = await f.paired(lock, fast);
    const id = await f.platform.send(lock.id, 'unlock', { capability: await f.platform.capability(lock.id) });
    await f.platform.waitForAck(lock.id, id);
    expect(handle.state().bolt).toBe('unlocked');
    const relocked = await f.platform.waitForEvent(lock.id, 'bolt', (e) => e.data.bolt === 'locked');
    expect(relocked.data.cause).toBe('auto_relock');
  });

  it('refuses a replayed, expired, forged, not-yet-valid and other-lock capability with that reason', async () => {
    const lock = provision('lock');
    const handle = await f.paired(lock);
    const now = Date.now();
    const good = await f.platform.capability(lock.id);
    const cases: Array<[string, string]> = [
      [await f.platform.capability(lock.id, { nowMs: now - 10 * 60_000 }), 'expired'],
      [await f.platform.capability(lock.id, { signer: newSigner('pk-test-1') }), 'bad_signature'],
      [await f.platform.capability(lock.id, { signer: newSigner('pk-unknown') }), 'unknown_key'],
      [await f.platform.capability(lock.id, { nowMs: now + 5 * 60_000 }), 'not_yet_valid'],
      [await f.platform.capability(provision('lock').id), 'wrong_audience'],
      [await f.platform.capability(lock.id, { ttlSeconds: 301 }), 'lifetime_too_long'],
    ];
    const first = await f.platform.send(lock.id, 'unlock', { capability: good });
    expect((await f.platform.waitForAck(lock.id, first)).status).toBe('ok');
    cases.push([good, 'replayed']);
    for (const [capability, reason] of cases) {
      const id = await f.platform.send(lock.id, 'unlock', { capability });
      expect(await f.platform.waitForAck(lock.id, id)).toEqual({ command: id, status: 'rejected', reason });
    }
    expect(f.platform.eventsOf(lock.id, 'bolt').filter((e) => e.data.bolt === 'unlocked')).toHaveLength(1);
    expect(handle.state().bolt).toBe('unlocked');
  });

  it('acts on a repeated command id once and acks it twice', async () => {
    const lock = provision('lock');
    await f.paired(lock);
    const capability = await f.platform.capability(lock.id);
    const id = await f.platform.send(lock.id, 'unlock', { capability });
    await f.platform.waitForAck(lock.id, id);
    await f.platform.send(lock.id, 'unlock', { capability }, { id });
    await f.platform.waitFor(() => f.platform.acksFor(lock.id, id).length === 2);
    const acks = f.platform.acksFor(lock.id, id);
    expect(acks[1]).toEqual(acks[0]);
    expect(acks[0]).toEqual({ command: id, status: 'ok', result: { bolt: 'unlocked' } });
    await sleep(100);
    expect(f.platform.eventsOf(lock.id, 'bolt')).toHaveLength(1);
  });

  it('accepts a capability from a device clock 50 s ahead, refuses one 3 minutes ahead as expired', async () => {
    const lock = provision('lock');
    const handle = await f.paired(lock);
    handle.faults.set({ clockSkewMs: 50_000 });
    const tight = await f.platform.capability(lock.id, { ttlSeconds: 5 });
    const ok = await f.platform.send(lock.id, 'unlock', { capability: tight });
    expect((await f.platform.waitForAck(lock.id, ok)).status).toBe('ok');
    handle.faults.set({ clockSkewMs: 180_000 });
    const stale = await f.platform.send(lock.id, 'unlock', { capability: await f.platform.capability(lock.id) });
    expect((await f.platform.waitForAck(lock.id, stale)).reason).toBe('expired');
    const skewed = f.platform.eventsOf(lock.id, 'ack').at(-1)!;
    expect(skewed.ts - Date.now()).toBeGreaterThan(170_000); // events carry the device's own clock
  });

  it('jams on the next bolt move with the jam fault, and recovers when it is cleared', async () => {
    const lock = provision('lock');
    const handle = await f.paired(lock);
    handle.faults.set({ jam: true });
    const id = await f.platform.send(lock.id, 'unlock', { capability: await f.platform.capability(lock.id) });
    expect(await f.platform.waitForAck(lock.id, id)).toEqual({ command: id, status: 'rejected', reason: 'jammed' });
    const bolt = await f.platform.waitForEvent(lock.id, 'bolt');
    expect(bolt.data).toMatchObject({ bolt: 'jammed', cause: 'capability', command: id });
    const alarm = await f.platform.waitForEvent(lock.id, 'alarm');
    expect(alarm.data).toEqual({ alarm: 'jammed', active: true });
    await f.platform.waitForEvent(lock.id, 'state', (e) => e.data.kind === 'lock' && e.data.jammed);
    expect(handle.state()).toMatchObject({ bolt: 'jammed', jammed: true });

    handle.faults.set({ jam: false });
    const relock = await f.platform.send(lock.id, 'lock', {});
    expect((await f.platform.waitForAck(lock.id, relock)).status).toBe('ok');
    const cleared = await f.platform.waitForEvent(lock.id, 'alarm', (e) => !e.data.active);
    expect(cleared.data).toEqual({ alarm: 'jammed', active: false });
    expect(handle.state()).toMatchObject({ bolt: 'locked', jammed: false });
  });

  it('answers a camera command with unsupported and applies config', async () => {
    const lock = provision('lock');
    const handle = await f.paired(lock);
    const rec = await f.platform.send(lock.id, 'record.start', { session: 's-1' });
    expect((await f.platform.waitForAck(lock.id, rec)).reason).toBe('unsupported');
    const cfg = await f.platform.send(lock.id, 'config', { autoRelockMs: 5000 });
    expect(await f.platform.waitForAck(lock.id, cfg)).toEqual({
      command: cfg,
      status: 'ok',
      result: { autoRelockMs: 5000 },
    });
    expect(handle.state().autoRelockMs).toBe(5000);
  });
});
