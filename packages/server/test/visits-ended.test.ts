import { issueCapability, newNonce } from '@threshold/protocol';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// An ended thing opens nothing, and one live key per visit (DESIGN.md "Trust rules"), end to end: HTTP in, MQTT to
// the emulated lock and camera, and the lock's own offline checks (docs/protocol.md §7).

const AT_DOOR = { lat: 52.37, lon: 4.89, accuracyMeters: 8 };
const iso = (ms: number) => new Date(ms).toISOString();

describeEachDialect('ended visits and deliveries', (getStore) => {
  let p: Platform;

  beforeAll(async () => {
    p = await startPlatform(getStore());
  });
  afterAll(async () => {
    await p?.close();
  });

  async function book(): Promise<string> {
    const window = { start: iso(p.clock.now() - 600_000), end: iso(p.clock.now() + 7_200_000) };
    const res = await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: '/v1/deliveries',
      payload: { homeId: p.owner.homeId, externalId: `parcel-${Math.random()}`, window },
    });
    const { id } = res.json() as { id: string };
    const assign = { method: 'POST' as const, url: `/v1/deliveries/${id}/assign` };
    expect((await p.call(p.carrier.apiKey, { ...assign, payload: { courierId: p.courier.userId } })).statusCode).toBe(
      200,
    );
    return id;
  }

  const arrive = (deliveryId: string) =>
    p.call(p.courier.token, {
      method: 'POST',
      url: `/v1/deliveries/${deliveryId}/arrive`,
      payload: { position: AT_DOOR },
    });
  const step = (visitId: string, action: string, payload?: object) =>
    p.call(p.courier.token, {
      method: 'POST',
      url: `/v1/visits/${visitId}/${action}`,
      ...(payload ? { payload } : {}),
    });
  const delivery = async (id: string) =>
    (await p.call(p.carrier.apiKey, { method: 'GET', url: `/v1/deliveries/${id}` })).json() as { status: string };
  const detail = async (visitId: string) =>
    (await p.call(p.owner.token, { method: 'GET', url: `/v1/visits/${visitId}` })).json() as {
      state: string;
      timeline: { kind: string; data: Record<string, unknown> }[];
    };
  const waitState = (visitId: string, state: string) =>
    until(async () => (await detail(visitId)).state === state, `visit ${state}`, 8000);
  const counts = async () => {
    const db = p.store.db;
    const visits = await db
      .selectFrom('visits')
      .select((e) => e.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const ledger = await db
      .selectFrom('ledger_entries')
      .select((e) => e.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return { visits: Number(visits.n), ledger: Number(ledger.n) };
  };
  /** A capability for `visitId` signed with the platform's own key, as a leftover copy would be. */
  const leftover = (visitId: string, nowMs = p.clock.now()) =>
    issueCapability(p.gateway.keys().signer, {
      lock: p.lock.id,
      visit: visitId,
      nonce: newNonce(),
      nowMs,
      ttlSeconds: 60,
    });
  const online = async (token: string) => {
    const result = await p.gateway.sendCommand(p.lock.id, 'unlock', { capability: token });
    return result.ok ? 'ok' : result.ack?.reason;
  };
  const offline = async (token: string) => {
    const result = await p.lock.presentCapability(token);
    return result.ok ? 'ok' : result.error;
  };
  const setLockOffline = async (off: boolean) => {
    p.lock.faults.set({ offline: off });
    await until(async () => (await p.gateway.isOnline(p.lock.id)) === !off, off ? 'lock offline' : 'lock online');
  };

  /** Relocks through the platform's timer and completes, as the courier would. */
  async function finish(visitId: string) {
    p.lock.closeDoor();
    p.clock.advance(16_000);
    await waitState(visitId, 'relocked');
    expect((await step(visitId, 'complete')).statusCode).toBe(200);
    await until(() => !p.camera.state().recording, 'camera idle');
  }

  async function deliveredVisit(): Promise<{ deliveryId: string; visitId: string }> {
    const deliveryId = await book();
    const visitId = ((await arrive(deliveryId)).json() as { visit: { id: string } }).visit.id;
    expect((await step(visitId, 'unlock')).json()).toMatchObject({ unlocked: true });
    await finish(visitId);
    expect(await delivery(deliveryId)).toMatchObject({ status: 'delivered' });
    return { deliveryId, visitId };
  }

  it('a delivered delivery opens no new visit: 409 delivery_ended, nothing written, the door stays shut', async () => {
    const { deliveryId, visitId } = await deliveredVisit();
    const before = await counts();
    const again = await arrive(deliveryId);
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.json()).toMatchObject({ reason: 'delivery_ended' });
    expect(await counts()).toEqual(before);
    expect(await delivery(deliveryId)).toMatchObject({ status: 'delivered' });
    // The ended visit accepts no unlock and issues no capability either.
    expect((await step(visitId, 'unlock')).statusCode).toBe(409);
    expect((await step(visitId, 'capability')).statusCode).toBe(409);
    expect(p.lock.state().bolt).toBe('locked');
    // Nor may the carrier reopen a delivered parcel.
    const reopen = await p.call(p.carrier.apiKey, { method: 'POST', url: `/v1/deliveries/${deliveryId}/reattempt` });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json()).toMatchObject({ reason: 'delivery_delivered' });
    expect(await counts()).toEqual(before);
  }, 30_000);

  it('an aborted delivery opens a visit again only after the carrier reattempts it, which the ledger records', async () => {
    const deliveryId = await book();
    const visitId = ((await arrive(deliveryId)).json() as { visit: { id: string } }).visit.id;
    expect((await step(visitId, 'abort', { reason: 'dog', note: 'loose' })).statusCode).toBe(200);
    expect(await delivery(deliveryId)).toMatchObject({ status: 'aborted' });
    expect((await arrive(deliveryId)).json()).toMatchObject({ reason: 'delivery_ended' });
    const courierTry = await p.call(p.courier.token, { method: 'POST', url: `/v1/deliveries/${deliveryId}/reattempt` });
    expect(courierTry.statusCode).toBe(403);
    const reopen = await p.call(p.carrier.apiKey, { method: 'POST', url: `/v1/deliveries/${deliveryId}/reattempt` });
    expect(reopen.statusCode).toBe(200);
    expect(reopen.json()).toMatchObject({ status: 'assigned' });
    const fact = await p.store.db
      .selectFrom('ledger_entries')
      .selectAll()
      .where('subject', '=', deliveryId)
      .where('kind', '=', 'delivery.reattempt')
      .executeTakeFirst();
    expect(JSON.parse(fact!.data)).toMatchObject({ from: 'aborted', to: 'assigned' });
    const next = await arrive(deliveryId);
    expect(next.statusCode).toBe(201);
    const nextId = (next.json() as { visit: { id: string } }).visit.id;
    expect((await step(nextId, 'abort', { reason: 'other' })).statusCode).toBe(200);
  }, 30_000);

  it('five capability requests give one capability, each issue a ledger fact; the older one is superseded', async () => {
    const deliveryId = await book();
    const visitId = ((await arrive(deliveryId)).json() as { visit: { id: string } }).visit.id;
    await setLockOffline(true);
    // The unlock command never left (lock offline): that capability is proven unused, so the phone may have one.
    expect((await step(visitId, 'unlock')).json()).toMatchObject({
      lockUnreachable: true,
      visit: { state: 'recording' },
    });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await step(visitId, 'capability'));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 409, 409, 409, 409]);
    const first = answers[0]!.json() as { capability: string; expiresAt: string };
    for (const refused of answers.slice(1)) {
      expect(refused.json()).toMatchObject({ reason: 'capability_live', expiresAt: first.expiresAt });
    }
    expect(Date.parse(first.expiresAt) - p.clock.now()).toBeLessThanOrEqual(60_000);
    // Once it expired, one more; the lock takes the newer, then refuses the older as superseded (still within skew).
    p.clock.advance(61_000);
    const second = await step(visitId, 'capability');
    expect(second.statusCode).toBe(200);
    const { capability } = second.json() as { capability: string };
    expect(await offline(capability)).toBe('ok');
    expect(await offline(first.capability)).toBe('superseded');
    const issued = (await detail(visitId)).timeline.filter((e) => e.kind === 'capability.issued');
    expect(issued.map((e) => e.data.channel)).toEqual(['mqtt', 'phone', 'phone']);
    expect((await detail(visitId)).timeline.filter((e) => e.kind === 'capability.unused')).toHaveLength(1);
    await setLockOffline(false);
    await waitState(visitId, 'unlocked');
    await finish(visitId);
  }, 40_000);

  it('a completed visit: the lock online is told to close it and refuses any capability of it', async () => {
    const { visitId } = await deliveredVisit();
    const closed = (await detail(visitId)).timeline.filter((e) => e.kind === 'capability.revoked');
    expect(closed).toHaveLength(1);
    await until(async () => (await online(await leftover(visitId))) === 'superseded', 'visit closed at the lock');
    expect(await offline(await leftover(visitId))).toBe('superseded');
    expect(p.lock.state().bolt).toBe('locked');
  }, 30_000);

  it('a completed visit at a lock offline when it ends: a leftover capability dies with its validity', async () => {
    const deliveryId = await book();
    const visitId = ((await arrive(deliveryId)).json() as { visit: { id: string } }).visit.id;
    await setLockOffline(true);
    await step(visitId, 'unlock');
    const { capability } = (await step(visitId, 'capability')).json() as { capability: string };
    const older = await leftover(visitId, p.clock.now() - 1000);
    const newer = await leftover(visitId, p.clock.now() + 1000); // a copy the lock never sees before the end
    expect(await offline(capability)).toBe('ok');
    expect(await offline(older)).toBe('superseded');
    await setLockOffline(false);
    await waitState(visitId, 'unlocked');
    p.lock.closeDoor();
    p.clock.advance(16_000);
    await waitState(visitId, 'relocked');
    // The camera's stop (sent at the relock) must reach it before the clock jumps, or it is refused as expired.
    await until(() => !p.camera.state().recording, 'camera idle after the post-roll');
    // The lock drops off before the visit ends, so it never hears visit.close: only the validity bounds the copy.
    await setLockOffline(true);
    expect((await step(visitId, 'complete')).statusCode).toBe(200);
    p.clock.advance(60_000 + 60_000);
    expect(await offline(newer)).toBe('expired');
    expect(p.lock.state().bolt).toBe('locked');
    await setLockOffline(false);
    expect(p.camera.state().recording).toBe(false);
  }, 40_000);
});
