import { describe, expect, it } from 'vitest';
import { provision } from '../src/identity.js';
import { sleep, useFixture } from './support/fixture.js';

// docs/protocol-vehicle.md: the car reports its fix, parking and boot; one capability unlocks the boot for a few
// minutes; it locks itself when the lid closes (unless told not to) or on `lock`; a moving car opens nothing.

const f = useFixture();

describe('an emulated vehicle', () => {
  it('reports where it is parked and since when, with the ignition off and the boot closed and locked', async () => {
    const car = provision('vehicle');
    await f.paired(car, { vehicle: { position: { lat: 45.7, lon: 4.8, accuracyM: 3 }, parkedForMs: 600_000 } });
    const state = await f.platform.waitFor(
      (s) => s.deviceId === car.id && s.event?.type === 'state' && s.event.data.paired,
    );
    expect(state.event?.data).toMatchObject({
      kind: 'vehicle',
      position: { lat: 45.7, lon: 4.8, accuracyM: 3 },
      parked: true,
      ignition: 'off',
      boot: 'closed',
      locked: true,
      paired: true,
    });
  });

  it('unlocks the boot for one capability, opens, and locks itself when the lid closes', async () => {
    const car = provision('vehicle');
    const handle = await f.paired(car, { vehicle: { lockAfterCloseMs: 10 } });
    expect(handle.openBoot()).toBe(false); // locked: the lid does not lift
    const capability = await f.platform.capability(car.id, { visit: 'visit-1', nowMs: Date.now() });
    const id = await f.platform.send(car.id, 'unlock', { capability });
    expect(await f.platform.waitForAck(car.id, id)).toMatchObject({ status: 'ok' });
    const unlocked = await f.platform.waitForEvent(car.id, 'boot', (e) => e.data.locked === false);
    expect(unlocked.data).toMatchObject({ boot: 'closed', cause: 'capability', visit: 'visit-1' });
    expect(handle.openBoot()).toBe(true);
    handle.closeBoot();
    const locked = await f.platform.waitForEvent(car.id, 'boot', (e) => e.data.locked && e.data.cause === 'auto_lock');
    expect(locked.data.boot).toBe('closed');
    // The same capability again is a replay.
    const again = await f.platform.send(car.id, 'unlock', { capability });
    expect(await f.platform.waitForAck(car.id, again)).toMatchObject({ status: 'rejected', reason: 'replayed' });
  });

  it('stays unlocked after the lid closes without auto-lock, until the platform sends lock; a jam refuses it', async () => {
    const car = provision('vehicle');
    const handle = await f.paired(car, { vehicle: { autoLockOnClose: false } });
    const capability = await f.platform.capability(car.id, { visit: 'visit-2', nowMs: Date.now() });
    await f.platform.waitForAck(car.id, await f.platform.send(car.id, 'unlock', { capability }));
    handle.openBoot();
    const busy = await f.platform.send(car.id, 'lock', {});
    expect(await f.platform.waitForAck(car.id, busy)).toMatchObject({ status: 'rejected', reason: 'busy' });
    handle.closeBoot();
    await sleep(50);
    expect(handle.state()).toMatchObject({ boot: 'closed', locked: false });
    handle.faults.set({ jam: true });
    const jammed = await f.platform.send(car.id, 'lock', {});
    expect(await f.platform.waitForAck(car.id, jammed)).toMatchObject({ status: 'rejected', reason: 'jammed' });
    handle.faults.set({ jam: false });
    const lock = await f.platform.send(car.id, 'lock', {});
    expect(await f.platform.waitForAck(car.id, lock)).toMatchObject({ status: 'ok', result: { locked: true } });
    expect(handle.state()).toMatchObject({ boot: 'closed', locked: true });
  });

  it('refuses to unlock while driving, and reports the drive and the new parking', async () => {
    const car = provision('vehicle');
    const handle = await f.paired(car);
    handle.drive({ lat: 45.8, lon: 4.9 });
    const moving = await f.platform.waitForEvent(car.id, 'vehicle', (e) => e.data.ignition === 'on');
    expect(moving.data).toMatchObject({ parked: false, parkedSince: null, position: { lat: 45.8, lon: 4.9 } });
    const capability = await f.platform.capability(car.id, { visit: 'visit-3', nowMs: Date.now() });
    const id = await f.platform.send(car.id, 'unlock', { capability });
    expect(await f.platform.waitForAck(car.id, id)).toMatchObject({ status: 'rejected', reason: 'busy' });
    handle.park();
    const parked = await f.platform.waitForEvent(car.id, 'vehicle', (e) => e.data.parked);
    expect(parked.data.ignition).toBe('off');
    expect(parked.data.parkedSince).toBeGreaterThan(Date.now() - 5000);
  });
});
