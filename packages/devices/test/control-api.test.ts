import { describe, expect, it } from 'vitest';
import { startControlApi } from '../src/control-api.js';
import { provision } from '../src/identity.js';
import type { DeviceHandle } from '../src/start-device.js';
import { useFixture } from './support/fixture.js';

const f = useFixture();

async function post(url: string, body?: unknown) {
  const res = await fetch(url, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('the control API of the physical world', () => {
  it('opens doors, types codes, presents capabilities and switches faults', async () => {
    const lockId = provision('lock');
    const lock = await f.paired(lockId, { lock: { keypadCode: '1470', autoRelockMs: 0 } });
    const camera = await f.online(provision('camera'));
    const devices = new Map<string, DeviceHandle>([
      [lock.id, lock],
      [camera.id, camera],
    ]);
    const api = await startControlApi(devices, '127.0.0.1', 0);
    if (!api.ok) throw new Error(api.error);
    const base = `${api.value.url}/devices`;
    try {
      const list = (await (await fetch(base)).json()) as Array<{ id: string; kind: string; connected: boolean }>;
      expect(list.map((d) => [d.id, d.kind, d.connected])).toEqual([
        [lock.id, 'lock', true],
        [camera.id, 'camera', true],
      ]);
      expect((await post(`${base}/${lock.id}/keypad`, { code: '0000' })).body).toEqual({ result: 'refused' });
      expect((await post(`${base}/${lock.id}/keypad`, { code: '1470' })).body).toEqual({ result: 'accepted' });
      const opened = await post(`${base}/${lock.id}/door/open`);
      expect(opened.body.state).toMatchObject({ door: 'open', bolt: 'unlocked' });
      expect((await post(`${base}/${lock.id}/door/close`)).body.state).toMatchObject({ door: 'closed' });

      const token = await f.platform.capability(lock.id, { visit: 'visit-ctl' });
      expect(await post(`${base}/${lock.id}/capability`, { token })).toEqual({
        status: 200,
        body: { result: 'unlocked', visit: 'visit-ctl' },
      });
      expect(await post(`${base}/${lock.id}/capability`, { token })).toEqual({
        status: 403,
        body: { error: 'replayed' },
      });

      const faults = await post(`${base}/${camera.id}/faults`, { dropHeartbeats: true, bogus: 1 });
      expect(faults.body.faults).toMatchObject({ dropHeartbeats: true, jam: false });
      expect(camera.faults.get().dropHeartbeats).toBe(true);

      expect((await post(`${base}/${camera.id}/door/open`)).status).toBe(409);
      expect((await post(`${base}/lk-nothere/door/open`)).status).toBe(404);
      expect((await post(`${base}/${lock.id}/keypad`, {})).status).toBe(400);
      expect((await post(`${base}/${lock.id}/explode`)).status).toBe(404);
    } finally {
      await api.value.close();
    }
  });

  it('refuses to listen on anything but loopback', async () => {
    expect(await startControlApi(new Map(), '0.0.0.0', 0)).toEqual({ ok: false, error: 'not_loopback' });
  });
});
