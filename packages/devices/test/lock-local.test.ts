import { verifyEvent } from '@threshold/protocol';
import { describe, expect, it } from 'vitest';
import { provision } from '../src/identity.js';
import { sleep, useFixture } from './support/fixture.js';
import { newSigner } from './support/platform-double.js';

const f = useFixture();

describe('the lock at the door, with or without the cloud', () => {
  it('checks a capability from the phone offline, refuses bad ones, and reports everything once back', async () => {
    const lock = provision('lock');
    const handle = await f.paired(lock, { lock: { autoRelockMs: 0 } });
    const now = Date.now();
    const good = await f.platform.capability(lock.id, { visit: 'visit-offline' });
    const refused: Array<[string, string]> = [
      [await f.platform.capability(lock.id, { nowMs: now - 10 * 60_000 }), 'expired'],
      [await f.platform.capability(lock.id, { signer: newSigner('pk-test-1') }), 'bad_signature'],
      [await f.platform.capability(lock.id, { nowMs: now + 5 * 60_000 }), 'not_yet_valid'],
      [await f.platform.capability(provision('lock').id), 'wrong_audience'],
      ['not-a-token', 'malformed'],
    ];
    handle.faults.set({ offline: true });
    await f.platform.waitFor((s) => s.deviceId === lock.id && s.channel === 'status' && s.text === 'offline');
    const lastSeq = Math.max(...f.platform.events(lock.id).map((e) => e.seq));
    expect(handle.connected()).toBe(false);

    for (const [token, reason] of refused)
      expect(await handle.presentCapability(token)).toEqual({ ok: false, error: reason });
    const opened = await handle.presentCapability(good);
    expect(opened.ok && opened.value.sub).toBe('visit-offline');
    expect(await handle.presentCapability(good)).toEqual({ ok: false, error: 'replayed' });
    handle.openDoor();
    handle.closeDoor();
    expect(handle.state()).toMatchObject({ bolt: 'unlocked', door: 'closed' });
    await sleep(100);
    expect(f.platform.events(lock.id).filter((e) => e.seq > lastSeq)).toEqual([]);

    handle.faults.set({ offline: false });
    await f.platform.waitForEvent(lock.id, 'door', (e) => e.data.door === 'closed' && e.seq > lastSeq);
    const after = f.platform.events(lock.id).filter((e) => e.seq > lastSeq);
    expect(after.map((e) => e.type)).toEqual(['hello', 'bolt', 'door', 'door', 'state']);
    expect(after[1]!.data).toMatchObject({ bolt: 'unlocked', cause: 'capability', visit: 'visit-offline' });
    expect(after[1]!.ts).toBeLessThan(after[0]!.ts); // the time it happened, not the time it was sent
    for (let i = 1; i < after.length; i++) expect(after[i]!.seq).toBeGreaterThan(after[i - 1]!.seq);
    for (const e of after) expect(verifyEvent(e, lock.publicKey)).toBe(true);
  });

  it('refuses a phone capability before pairing', async () => {
    const lock = provision('lock');
    const handle = await f.online(lock);
    const token = await f.platform.capability(lock.id);
    expect(await handle.presentCapability(token)).toEqual({ ok: false, error: 'not_paired' });
  });

  it('opens with the keypad code and never sends the code', async () => {
    const lock = provision('lock');
    const handle = await f.paired(lock, { lock: { keypadCode: '7391' } });
    expect(handle.enterKeypadCode('0000')).toBe('refused');
    expect(handle.state().bolt).toBe('locked');
    expect(handle.enterKeypadCode('7391')).toBe('accepted');
    const bolt = await f.platform.waitForEvent(lock.id, 'bolt');
    expect(bolt.data).toEqual({ bolt: 'unlocked', cause: 'keypad' });
    expect(f.platform.eventsOf(lock.id, 'keypad').map((e) => e.data)).toEqual([
      { result: 'refused' },
      { result: 'accepted' },
    ]);
    expect(f.platform.seen.some((s) => s.text.includes('7391'))).toBe(false);
  });

  it('with doorLeftOpen the door opens after the unlock, stays open and raises door_ajar', async () => {
    const lock = provision('lock');
    const handle = await f.paired(lock, { lock: { doorAjarMs: 150 } });
    handle.faults.set({ doorLeftOpen: true });
    const id = await f.platform.send(lock.id, 'unlock', { capability: await f.platform.capability(lock.id) });
    await f.platform.waitForAck(lock.id, id);
    const ajar = await f.platform.waitForEvent(lock.id, 'alarm');
    expect(ajar.data).toEqual({ alarm: 'door_ajar', active: true });
    expect(handle.state()).toMatchObject({ door: 'open', doorAjar: true, bolt: 'unlocked' });
    handle.closeDoor();
    const cleared = await f.platform.waitForEvent(lock.id, 'alarm', (e) => !e.data.active);
    expect(cleared.data).toEqual({ alarm: 'door_ajar', active: false });
  });

  it('raises forced_entry when the door opens against the bolt, and low_battery with the fault', async () => {
    const lock = provision('lock');
    const handle = await f.paired(lock);
    handle.openDoor();
    expect((await f.platform.waitForEvent(lock.id, 'alarm')).data).toEqual({ alarm: 'forced_entry', active: true });
    handle.faults.set({ lowBattery: true });
    const low = await f.platform.waitForEvent(lock.id, 'alarm', (e) => e.data.alarm === 'low_battery');
    expect(low.data.active).toBe(true);
    expect(handle.state().battery).toBeLessThan(10);
    await f.platform.waitForEvent(lock.id, 'state', (e) => e.data.battery < 10);
  });
});
