import { createHash } from 'node:crypto';
import type { AnyEvent } from '@threshold/protocol';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// Two deliveries to one door, the second right behind the first: the camera is still in the first visit's post-roll
// when the second visit's `record.start` comes, and ends that session early instead of refusing the new one
// (docs/protocol.md §4.2, docs/devices.md "Camera").

const AT_DOOR = { lat: 52.37, lon: 4.89, accuracyMeters: 8 };
const iso = (ms: number) => new Date(ms).toISOString();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface LedgerEntry {
  kind: string;
  subject: string;
  data: Record<string, unknown>;
}

describeEachDialect('back-to-back visits at one door', (getStore) => {
  let p: Platform;
  const cameraEvents: AnyEvent[] = [];

  beforeAll(async () => {
    p = await startPlatform(getStore());
    p.bus.on('device.event', ({ deviceId, event }) => {
      if (deviceId === p.camera.id && event.type === 'recording') cameraEvents.push(event);
    });
  });
  afterAll(async () => {
    await p?.close();
  });

  const as = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    p.call(who, { method, url, ...(payload ? { payload } : {}) });

  async function bookAndAssign(): Promise<string> {
    const window = { start: iso(p.clock.now() - 600_000), end: iso(p.clock.now() + 7_200_000) };
    const payload = { homeId: p.owner.homeId, externalId: `parcel-${Math.random()}`, window };
    const booked = await as(p.carrier.apiKey, 'POST', '/v1/deliveries', payload);
    expect(booked.statusCode).toBe(201);
    const id = (booked.json() as { id: string }).id;
    const assign = { courierId: p.courier.userId };
    expect((await as(p.carrier.apiKey, 'POST', `/v1/deliveries/${id}/assign`, assign)).statusCode).toBe(200);
    return id;
  }

  const stateOf = async (visitId: string) =>
    ((await as(p.owner.token, 'GET', `/v1/visits/${visitId}`)).json() as { state: string }).state;

  /** Arrive, unlock, open and close the door, relock, complete: no wait for the camera anywhere. */
  async function deliverInside(deliveryId: string): Promise<string> {
    const arrived = await as(p.courier.token, 'POST', `/v1/deliveries/${deliveryId}/arrive`, { position: AT_DOOR });
    expect(arrived.statusCode).toBe(201);
    const visitId = (arrived.json() as { visit: { id: string } }).visit.id;
    const unlock = await as(p.courier.token, 'POST', `/v1/visits/${visitId}/unlock`);
    expect(unlock.json()).toMatchObject({ unlocked: true, lockUnreachable: false, visit: { state: 'unlocked' } });
    p.lock.openDoor();
    await until(async () => (await stateOf(visitId)) === 'door_opened', 'door opened');
    p.lock.closeDoor();
    await until(async () => (await stateOf(visitId)) === 'relocked', 'relocked');
    const done = await as(p.courier.token, 'POST', `/v1/visits/${visitId}/complete`);
    expect(done.json()).toMatchObject({ state: 'completed' });
    return visitId;
  }

  it('completes both, and the ledger holds each visit its own clip', async () => {
    const [first, second] = [await bookAndAssign(), await bookAndAssign()];
    const a = await deliverInside(first);
    const b = await deliverInside(second);
    expect(await stateOf(a)).toBe('completed');

    const url = `/v1/homes/${p.owner.homeId}/ledger?limit=500`;
    const stored = await until(
      async () => {
        const items = ((await as(p.owner.token, 'GET', url)).json() as { items: LedgerEntry[] }).items;
        const clips = items.filter((e) => e.kind === 'clip.stored');
        return clips.length === 2 ? clips : undefined;
      },
      'both clips stored',
      20_000,
    );
    const ofVisit = (visitId: string) => stored.find((e) => e.data.visitId === visitId)!;
    expect(stored.map((e) => e.data.visitId).sort()).toEqual([a, b].sort());
    expect(ofVisit(a).data.sha256).not.toBe(ofVisit(b).data.sha256);

    for (const visitId of [a, b]) {
      const detail = (await as(p.owner.token, 'GET', `/v1/visits/${visitId}`)).json() as {
        clips: { id: string; sha256: string }[];
      };
      expect(detail.clips).toHaveLength(1);
      const clip = detail.clips[0]!;
      expect(ofVisit(visitId)).toMatchObject({ subject: clip.id, data: { session: visitId, sha256: clip.sha256 } });
      const bytes = await as(p.owner.token, 'GET', `/v1/clips/${clip.id}`);
      expect(bytes.statusCode).toBe(200);
      expect(sha256(bytes.rawPayload)).toBe(clip.sha256);
    }
    // One session after the other on the camera: the first ended (early or not) before the second began.
    expect(cameraEvents.map((e) => e.type === 'recording' && [e.data.recording, e.data.session])).toEqual([
      ['started', a],
      ['stopped', a],
      ['started', b],
      ['stopped', b],
    ]);
    const verified = await as(p.owner.token, 'GET', `/v1/homes/${p.owner.homeId}/ledger/verify`);
    expect(verified.json()).toMatchObject({ ok: true });
  }, 60_000);
});
