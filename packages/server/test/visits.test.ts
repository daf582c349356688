import { createHash } from 'node:crypto';
import { provision } from '@threshold/devices';
import { generateKeyPair, issueCapability, newNonce } from '@threshold/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// The visit flow end to end: HTTP in, MQTT to the emulated lock and camera, device events back, durable timers.

const HOME = { lat: 52.37, lon: 4.89 };
const AT_DOOR = { ...HOME, accuracyMeters: 8 };
const iso = (ms: number) => new Date(ms).toISOString();

interface VisitBody {
  id: string;
  state: string;
  checks: { name: string; passed: boolean; reason: string | null }[];
  unverified: boolean;
  marks: string[];
  outcome: Record<string, unknown> | null;
}

describeEachDialect('visits end to end', (getStore) => {
  let p: Platform;

  beforeAll(async () => {
    p = await startPlatform(getStore());
  });
  afterAll(async () => {
    await p?.close();
  });

  async function book(window = { start: iso(p.clock.now() - 600_000), end: iso(p.clock.now() + 7_200_000) }) {
    const res = await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: '/v1/deliveries',
      payload: { homeId: p.owner.homeId, externalId: `parcel-${Math.random()}`, window },
    });
    expect(res.statusCode).toBe(201);
    const delivery = res.json() as { id: string; method: string; reasons: string[] };
    const assigned = await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: `/v1/deliveries/${delivery.id}/assign`,
      payload: { courierId: p.courier.userId },
    });
    expect(assigned.statusCode).toBe(200);
    return delivery;
  }

  async function arrive(deliveryId: string, position = AT_DOOR) {
    const res = await p.call(p.courier.token, {
      method: 'POST',
      url: `/v1/deliveries/${deliveryId}/arrive`,
      payload: { position },
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { visit: VisitBody; fallback: { kind: string; method?: string; reason: string } | null };
  }

  const step = (visitId: string, action: string, payload?: object) =>
    p.call(p.courier.token, {
      method: 'POST',
      url: `/v1/visits/${visitId}/${action}`,
      ...(payload ? { payload } : {}),
    });

  const detail = async (visitId: string) => {
    const res = await p.call(p.owner.token, { method: 'GET', url: `/v1/visits/${visitId}` });
    expect(res.statusCode).toBe(200);
    return res.json() as VisitBody & {
      timeline: { kind: string; data: Record<string, unknown> }[];
      clips: { id: string; sha256: string; url: string }[];
      alerts: { kind: string }[];
    };
  };

  const stateOf = async (visitId: string) => (await detail(visitId)).state;
  const waitState = (visitId: string, state: string, timeoutMs = 8000) =>
    until(async () => (await stateOf(visitId)) === state, `visit ${state}`, timeoutMs);

  async function unlockedVisit(): Promise<string> {
    const delivery = await book();
    const { visit } = await arrive(delivery.id);
    expect(visit.state).toBe('arrived');
    const res = await step(visit.id, 'unlock');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ unlocked: true, lockUnreachable: false, fallback: null });
    return visit.id;
  }

  /** Closes the door if open and lets the relock timer come due (the platform relocks), then completes. */
  async function finish(visitId: string) {
    p.lock.closeDoor();
    p.clock.advance(16_000);
    await waitState(visitId, 'relocked');
    expect((await step(visitId, 'complete')).statusCode).toBe(200);
    // The camera is busy with this session until its post-roll ends.
    await until(() => !p.camera.state().recording, 'camera idle');
  }

  const alertsOf = async () => {
    const res = await p.call(p.owner.token, { method: 'GET', url: `/v1/homes/${p.owner.homeId}/alerts?limit=100` });
    return (res.json() as { items: { kind: string; visitId: string | null }[] }).items;
  };

  it('happy path: arrive, record, unlock, door, relock, complete; the clip hash matches the ledger', async () => {
    const delivery = await book();
    expect(delivery.method).toBe('in_home');
    expect(delivery.reasons).toEqual([]);
    const { visit, fallback } = await arrive(delivery.id);
    expect(fallback).toBeNull();
    expect(visit.checks.map((c) => [c.name, c.passed])).toEqual([
      ['person_assigned', true],
      ['within_window', true],
      ['within_geofence', true],
      ['customer_allows', true],
      ['served_area', true],
      ['devices_ready', true],
      ['no_open_visit', true],
    ]);
    const stops = await p.call(p.courier.token, { method: 'GET', url: '/v1/courier/stops' });
    const stop = (
      stops.json() as { items: { delivery: { id: string }; visitId: string; pets: { note: string } }[] }
    ).items.find((s) => s.delivery.id === delivery.id);
    expect(stop).toMatchObject({ visitId: visit.id, pets: { note: 'Cat in the kitchen' } });

    const unlock = await step(visit.id, 'unlock');
    expect(unlock.json()).toMatchObject({ unlocked: true, visit: { state: 'unlocked' } });
    expect(p.lock.state().bolt).toBe('unlocked');
    p.lock.openDoor();
    await waitState(visit.id, 'door_opened');
    p.lock.closeDoor();
    await waitState(visit.id, 'relocked');
    expect(p.lock.state().bolt).toBe('locked');
    const done = await step(visit.id, 'complete');
    expect(done.json()).toMatchObject({ state: 'completed' });

    const withClip = await until(
      async () => {
        const d = await detail(visit.id);
        return d.clips.length === 1 && d.timeline.some((e) => e.kind === 'clip.stored') ? d : undefined;
      },
      'clip stored',
      15_000,
    );
    const stored = withClip.timeline.find((e) => e.kind === 'clip.stored')!;
    expect(stored.data.sha256).toBe(withClip.clips[0]!.sha256);
    expect(withClip.clips[0]!.url).toBe(`/v1/clips/${withClip.clips[0]!.id}`);
    const issued = withClip.timeline.find((e) => e.kind === 'capability.issued')!;
    expect(issued.data).toMatchObject({ lockId: p.lock.id, nonce: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) });
    expect(JSON.stringify(withClip.timeline)).not.toMatch(/eyJ/); // the ledger never holds the token itself
    const kinds = withClip.timeline.map((e) => e.kind);
    expect(kinds.indexOf('recording.confirmed')).toBeLessThan(kinds.indexOf('capability.issued'));
    expect(kinds.indexOf('capability.issued')).toBeLessThan(kinds.indexOf('lock.unlocked'));
    const delivered = await p.call(p.carrier.apiKey, { method: 'GET', url: `/v1/deliveries/${delivery.id}` });
    expect(delivered.json()).toMatchObject({ status: 'delivered' });
  }, 30_000);

  async function deniedBy(check: string, deliveryId: string, position = AT_DOOR) {
    const events: string[] = [];
    const off = p.bus.on('device.event', ({ deviceId, event }) => {
      if (deviceId === p.lock.id && event.type === 'bolt') events.push(event.data.bolt);
    });
    const { visit, fallback } = await arrive(deliveryId, position);
    expect(visit.state).toBe('denied');
    expect(visit.checks.filter((c) => !c.passed).map((c) => c.name)).toEqual([check]);
    const unlock = await step(visit.id, 'unlock');
    expect(unlock.statusCode).toBe(409);
    expect(p.lock.state().bolt).toBe('locked');
    off();
    expect(events).toEqual([]);
    expect((await step(visit.id, 'fallback', { method: 'reattempt' })).json()).toMatchObject({ state: 'fallback' });
    return fallback;
  }

  it('denies a courier 500 m away, and nothing unlocks', async () => {
    const fallback = await deniedBy('within_geofence', (await book()).id, { ...AT_DOOR, lat: HOME.lat + 0.0045 });
    expect(fallback).toEqual({ kind: 'retry', reason: 'You are 500 m from the address' });
  });

  it('denies outside the window', async () => {
    const later = { start: iso(p.clock.now() + 3_600_000), end: iso(p.clock.now() + 7_200_000) };
    const fallback = await deniedBy('within_window', (await book(later)).id);
    expect(fallback).toMatchObject({ kind: 'fallback', method: 'doorstep', photoRequired: true });
  });

  it('denies on a day off', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(p.clock.now());
    const url = `/v1/homes/${p.owner.homeId}/preferences`;
    const prefs = (await p.call(p.owner.token, { method: 'GET', url })).json() as Record<string, unknown>;
    expect(
      (await p.call(p.owner.token, { method: 'PUT', url, payload: { ...prefs, daysOff: [today] } })).statusCode,
    ).toBe(200);
    const delivery = await book();
    expect(delivery.method).toBe('doorstep');
    expect(delivery.reasons).toEqual(['The customer asked for no one to enter that day']);
    await deniedBy('customer_allows', delivery.id);
    await p.call(p.owner.token, { method: 'PUT', url, payload: prefs });
  });

  it('denies when the camera is offline', async () => {
    const delivery = await book();
    p.camera.faults.set({ offline: true });
    await until(async () => !(await p.gateway.isOnline(p.camera.id)), 'camera offline');
    await deniedBy('devices_ready', delivery.id);
    p.camera.faults.set({ offline: false });
    await until(() => p.gateway.isOnline(p.camera.id), 'camera back');
  });

  it('issues no capability when the camera does not confirm, and falls back to the doorstep', async () => {
    p.camera.faults.set({ noRecordingConfirm: true });
    const delivery = await book();
    const { visit } = await arrive(delivery.id);
    const res = await step(visit.id, 'unlock');
    p.camera.faults.set({ noRecordingConfirm: false });
    expect(res.json()).toMatchObject({
      unlocked: false,
      visit: { state: 'failed', outcome: { reason: 'camera_failed', boltMayBeOpen: false } },
      fallback: {
        kind: 'fallback',
        method: 'doorstep',
        photoRequired: true,
        reason: 'The camera did not confirm it is recording',
      },
    });
    expect(p.lock.state().bolt).toBe('locked');
    const d = await detail(visit.id);
    expect(d.timeline.map((e) => e.kind)).not.toContain('capability.issued');
    expect(d.alerts.map((a) => a.kind)).toEqual(['camera_failed']);
    // A PNG sent as image/jpeg is refused by its bytes, and changes nothing.
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    const refused = await p.call(p.courier.token, {
      method: 'POST',
      url: `/v1/visits/${visit.id}/fallback`,
      headers: { 'content-type': 'image/jpeg' },
      payload: png,
    });
    expect(refused.statusCode).toBe(415);
    expect((await detail(visit.id)).timeline.map((e) => e.kind)).not.toContain('visit.fallback');
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('a parcel by the door')]);
    const fell = await p.call(p.courier.token, {
      method: 'POST',
      url: `/v1/visits/${visit.id}/fallback`,
      headers: { 'content-type': 'image/jpeg' },
      payload: photo,
    });
    expect(fell.statusCode).toBe(200);
    const after = await detail(visit.id);
    expect(after.timeline.at(-1)).toMatchObject({
      kind: 'visit.fallback',
      data: { method: 'doorstep', photo: createHash('sha256').update(photo).digest('hex') },
    });
    const status = await p.call(p.carrier.apiKey, { method: 'GET', url: `/v1/deliveries/${delivery.id}` });
    expect(status.json()).toMatchObject({ status: 'fallback' });
    // The customer is told, and sees the photo.
    expect(after.alerts.map((a) => a.kind)).toEqual(['camera_failed', 'left_outside']);
    const shown = await p.call(p.owner.token, { method: 'GET', url: `/v1/visits/${visit.id}/photo` });
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-type']).toBe('image/jpeg');
    expect(shown.rawPayload.equals(photo)).toBe(true);
  }, 20_000);

  it('fails the visit and alerts the customer when the lock jams', async () => {
    p.lock.faults.set({ jam: true });
    const delivery = await book();
    const { visit } = await arrive(delivery.id);
    const res = await step(visit.id, 'unlock');
    expect(res.json()).toMatchObject({ visit: { state: 'failed', outcome: { reason: 'lock_jammed' } } });
    expect((await alertsOf()).filter((a) => a.visitId === visit.id).map((a) => a.kind)).toEqual(['lock_jammed']);
    // After a jam the camera keeps recording until someone closes the recording (docs/visits.md).
    expect(p.camera.state().session).toBe(visit.id);
    await p.gateway.sendCommand(p.camera.id, 'record.stop', { session: visit.id, postRollMs: 0 });
    p.lock.faults.set({ jam: false });
    expect((await p.gateway.sendCommand(p.lock.id, 'lock', {})).ok).toBe(true);
    await until(async () => {
      const row = await p.store.db
        .selectFrom('devices')
        .select('health')
        .where('id', '=', p.lock.id)
        .executeTakeFirst();
      return JSON.parse(row!.health).jammed === false;
    }, 'lock healthy again');
  });

  it('alerts when the door is left open, and when the visit runs over', async () => {
    const visitId = await unlockedVisit();
    p.lock.openDoor();
    await waitState(visitId, 'door_opened');
    p.clock.advance(91_000);
    await until(async () => (await detail(visitId)).alerts.some((a) => a.kind === 'door_left_open'), 'door_left_open');
    p.clock.advance(5 * 60_000);
    await until(async () => (await detail(visitId)).alerts.some((a) => a.kind === 'visit_overdue'), 'visit_overdue');
    expect((await detail(visitId)).marks).toEqual(expect.arrayContaining(['door_left_open', 'visit_overdue']));
    await finish(visitId);
  });

  it('marks the visit unverified when the camera goes silent while unlocked', async () => {
    const visitId = await unlockedVisit();
    p.camera.faults.set({ dropHeartbeats: true });
    await new Promise((r) => setTimeout(r, 700));
    p.clock.advance(6_000);
    await until(async () => (await detail(visitId)).unverified, 'unverified');
    expect((await detail(visitId)).alerts.map((a) => a.kind)).toContain('camera_gap');
    p.camera.faults.set({ dropHeartbeats: false });
    await finish(visitId);
  });

  it('relocks through a durable timer after the services restart', async () => {
    const visitId = await unlockedVisit();
    await p.gateway.sendCommand(p.lock.id, 'config', { autoRelockMs: 0 }); // the lock will not relock itself
    p.lock.openDoor();
    await waitState(visitId, 'door_opened');
    p.lock.closeDoor();
    await waitState(visitId, 'door_closed');
    await p.restartServices();
    p.clock.advance(16_000);
    await waitState(visitId, 'relocked');
    expect(p.lock.state().bolt).toBe('locked');
    await p.gateway.sendCommand(p.lock.id, 'config', { autoRelockMs: 30_000 });
    await finish(visitId);
    // The camera is busy with this session until its post-roll ends.
    await until(() => !p.camera.state().recording, 'camera idle');
  });

  it('alerts when the door opens with no visit', async () => {
    p.lock.openDoor();
    await until(async () => (await alertsOf()).some((a) => a.kind === 'door_opened_without_visit'), 'alert');
    p.lock.closeDoor();
  });

  it('gives the phone a capability only after a confirmed recording, for a lock that is offline', async () => {
    const delivery = await book();
    const { visit } = await arrive(delivery.id);
    expect((await step(visit.id, 'capability')).statusCode).toBe(409);
    p.lock.faults.set({ offline: true });
    await until(async () => !(await p.gateway.isOnline(p.lock.id)), 'lock offline');
    const res = await step(visit.id, 'unlock');
    expect(res.json()).toMatchObject({ unlocked: false, lockUnreachable: true, visit: { state: 'recording' } });
    const cap = (await step(visit.id, 'capability')).json() as { capability: string; lockId: string };
    expect(cap.lockId).toBe(p.lock.id);
    expect((await p.lock.presentCapability(cap.capability)).ok).toBe(true);
    p.lock.faults.set({ offline: false });
    await waitState(visit.id, 'unlocked');
    await finish(visit.id);
  }, 20_000);

  describe('capabilities the lock refuses, online and offline', () => {
    const issue = (o: { aud?: string; nowMs?: number; forged?: boolean; visit?: string } = {}) => {
      const signer = p.gateway.keys().signer;
      const key = o.forged ? { ...signer, privateKey: generateKeyPair().privateKey } : signer;
      return issueCapability(key, {
        lock: o.aud ?? p.lock.id,
        visit: o.visit ?? 'visit_probe',
        nonce: newNonce(),
        nowMs: o.nowMs ?? p.clock.now(),
        ttlSeconds: 120,
      });
    };
    const online = async (token: string) => {
      const result = await p.gateway.sendCommand(p.lock.id, 'unlock', { capability: token });
      return result.ok ? 'ok' : result.ack?.reason;
    };
    const offline = async (token: string) => {
      const result = await p.lock.presentCapability(token);
      return result.ok ? 'ok' : result.error;
    };

    it('refuses expired, forged and other-lock capabilities', async () => {
      const cases = [
        { token: await issue({ nowMs: p.clock.now() - 600_000 }), reason: 'expired' },
        { token: await issue({ forged: true }), reason: 'bad_signature' },
        { token: await issue({ aud: provision('lock').id }), reason: 'wrong_audience' },
      ];
      for (const c of cases) {
        expect(await online(c.token)).toBe(c.reason);
        expect(await offline(c.token)).toBe(c.reason);
      }
      expect(p.lock.state().bolt).toBe('locked');
    });

    it('refuses a replayed capability', async () => {
      const once = await issue();
      expect(await online(once)).toBe('ok');
      expect((await p.gateway.sendCommand(p.lock.id, 'lock', {})).ok).toBe(true);
      expect(await online(once)).toBe('replayed');
      expect(await offline(once)).toBe('replayed');
      // Another visit's: a second capability of the same visit would be `superseded` (docs/protocol.md §7).
      const other = await issue({ visit: 'visit_probe_2' });
      expect(await offline(other)).toBe('ok');
      expect(await online(other)).toBe('replayed');
      expect((await p.gateway.sendCommand(p.lock.id, 'lock', {})).ok).toBe(true);
    });
  });
});
