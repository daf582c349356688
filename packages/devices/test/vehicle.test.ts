import { describe, expect, it } from 'vitest';
import { parseCli } from '../src/cli-args.js';
import { startControlApi } from '../src/control-api.js';
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

describe('the vehicle in the fleet runner', () => {
  it('starts where --vehicle-at says, and the control API drives, parks and works its boot', async () => {
    expect(parseCli(['run', 'car.json', '--vehicle-at', '51.53915,-0.08805'], {})).toMatchObject({
      ok: true,
      value: { vehicleAt: { lat: 51.53915, lon: -0.08805 } },
    });
    expect(parseCli(['run', 'car.json', '--vehicle-at', 'here'], {})).toMatchObject({ ok: false });
    const car = provision('vehicle');
    const handle = await f.paired(car);
    const api = await startControlApi(new Map([[car.id, handle]]), '127.0.0.1', 0);
    if (!api.ok) throw new Error(api.error);
    const post = async (action: string, body: object = {}) =>
      (await fetch(`${api.value.url}/devices/${car.id}/${action}`, { method: 'POST', body: JSON.stringify(body) }))
        .status;
    try {
      expect(await post('car/drive', { lat: 51.6, lon: -0.1 })).toBe(200);
      expect(handle.state()).toMatchObject({ ignition: 'on', parked: false, position: { lat: 51.6, lon: -0.1 } });
      expect(await post('car/park', { parkedForMs: 600_000 })).toBe(200);
      expect(handle.state().parkedSince).toBeLessThan(Date.now() - 590_000);
      expect(await post('car/boot/open')).toBe(409); // locked
      expect(await post('car/boot/lock')).toBe(200);
      expect(await post('door/open')).toBe(409); // not a lock
    } finally {
      await api.value.close();
    }
  });
});
