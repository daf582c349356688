import { NonceCache, VisitMarks, verifyCapability } from '@threshold/protocol';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { compartmentDoorOfDevice } from '../src/services/lockers/bank-events.js';
import { expireDueReservations } from '../src/services/lockers/operator.js';
import { LOCKER_EXPIRY_JOB, lockerJobHandlers } from '../src/services/lockers/rounds.js';
import type { LockerDeps } from '../src/services/lockers/steps.js';
import { platformKeys } from '../src/services/platform-keys.js';
import { call, expectProblem, testApp } from './support/app.js';
import {
  bookLocker,
  type Carrier,
  carrierOf,
  type LockerOperator,
  lockerOperator,
  lockerSite,
  recordingBank,
  type SiteSetup,
} from './support/locker-world.js';
import { describeEachDialect } from './support/stores.js';
import { type Tenant, tenant } from './support/world.js';

// docs/lockers.md end to end over HTTP, with the locker bank's door sensor fed as the gateway feeds it: a locker
// delivery reserves, drops, notifies, and the pickup code opens exactly its compartment once; expiry marks the
// parcel for return; a full site sends the booking to the next one; wrong codes lock out; many compartments at once
// need a second operator admin.

const DAY = 86_400_000;

interface Reservation {
  id: string;
  status: string;
  siteId: string;
  compartment: { id: string; label: string };
  wrongCodes: number;
  lockedOut: boolean;
}

describeEachDialect('parcel lockers over HTTP', (getStore) => {
  let app: FastifyInstance;
  let clock: Awaited<ReturnType<typeof testApp>>['clock'];
  const bank = recordingBank();
  let deps: LockerDeps;
  let op: LockerOperator;
  let t: Tenant;
  let carrier: Carrier;
  let near: SiteSetup;
  let far: SiteSetup;

  beforeAll(async () => {
    ({ app, clock } = await testApp(getStore(), { lockers: bank }));
    deps = { ...app.services, bank };
    op = await lockerOperator(app, 'x');
    // The near site has one M and three S; the far one three L; nobody has an XL.
    near = await lockerSite(app, op, 'Near', 0.001, ['M', 'S', 'S', 'S']);
    far = await lockerSite(app, op, 'Far', 0.05, ['L', 'L', 'L']);
    t = await tenant(app, 'lk');
    carrier = await carrierOf(app, t);
  }, 60_000);

  const reservationOf = async (deliveryId: string): Promise<Reservation> => {
    const res = await app.inject({ method: 'GET', url: `/v1/deliveries/${deliveryId}/locker`, headers: carrier.key });
    expect(res.statusCode).toBe(200);
    return res.json() as Reservation;
  };

  const door = async (site: SiteSetup, label: string, state: 'open' | 'closed' | 'jammed') => {
    const c = site.compartments.find((x) => x.label === label)!;
    const r = await compartmentDoorOfDevice(deps, site.deviceId, c.position, state);
    expect(r.ok).toBe(true);
  };

  const courier = (reservationId: string, action: string) =>
    call(app, carrier.courierToken, { method: 'POST', url: `/v1/locker-reservations/${reservationId}/${action}` });

  /** Books, opens, reports the door open and closed, confirms: the parcel is stored. */
  const dropped = async (size: string, siteId?: string) => {
    const booked = await bookLocker(app, t, carrier, siteId ? { size, siteId } : { size });
    expect(booked.statusCode).toBe(201);
    const deliveryId = (booked.json() as { id: string }).id;
    const r = await reservationOf(deliveryId);
    const site = r.siteId === near.siteId ? near : far;
    expect((await courier(r.id, 'open')).statusCode).toBe(200);
    await door(site, r.compartment.label, 'open');
    await door(site, r.compartment.label, 'closed');
    const drop = await courier(r.id, 'drop');
    expect(drop.statusCode).toBe(200);
    expect((drop.json() as Reservation).status).toBe('stored');
    return { deliveryId, r, site };
  };

  const issueCode = async (reservationId: string) => {
    const res = await call(app, t.token, {
      method: 'POST',
      url: `/v1/locker-reservations/${reservationId}/pickup-code`,
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { code: string; qr: string; compartment: string; siteId: string };
  };

  const pickup = (siteId: string, compartment: string, code: string) =>
    app.inject({ method: 'POST', url: `/v1/locker-sites/${siteId}/pickup`, payload: { compartment, code } });

  it('reserves at booking, drops only after the door opened and closed, notifies, and the code opens its compartment once', async () => {
    const booked = await bookLocker(app, t, carrier, { size: 'S' });
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({ method: 'locker', reasons: [], status: 'booked' });
    const deliveryId = (booked.json() as { id: string }).id;
    const r = await reservationOf(deliveryId);
    expect(r).toMatchObject({ status: 'reserved', siteId: near.siteId, compartment: { label: 'N2' } });

    // The courier cannot confirm a drop the bank never saw.
    expectProblem(await courier(r.id, 'drop'), 409, 'conflict');
    const before = bank.opens.length;
    const opened = await courier(r.id, 'open');
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ sent: 'sent', recording: true });
    expect(bank.opens.slice(before)).toEqual([
      expect.objectContaining({
        deviceId: near.deviceId,
        position: 2,
        purpose: 'drop',
        capability: expect.any(String),
      }),
    ]);
    await door(near, 'N2', 'open');
    expectProblem(await courier(r.id, 'drop'), 409, 'conflict'); // still open
    await door(near, 'N2', 'closed');
    expect((await courier(r.id, 'drop')).json()).toMatchObject({ status: 'stored' });

    const delivery = await app.inject({ method: 'GET', url: `/v1/deliveries/${deliveryId}`, headers: carrier.key });
    expect(delivery.json()).toMatchObject({ status: 'delivered', method: 'locker' });
    const alerts = await call(app, t.token, { method: 'GET', url: `/v1/homes/${t.homeId}/alerts` });
    expect(JSON.stringify(alerts.json())).toContain('Your parcel is in locker N2 at Near');
    // The household reads its parcel with the site's name, position and opening hours, and nothing of its operation.
    const mine = await call(app, t.token, { method: 'GET', url: `/v1/homes/${t.homeId}/locker-reservations` });
    const parcel = (mine.json() as { items: (Reservation & { site: Record<string, unknown> })[] }).items.find(
      (x) => x.id === r.id,
    );
    expect(parcel?.site).toEqual({
      name: 'Near',
      position: { lat: expect.any(Number), lon: expect.any(Number) },
      timeZone: 'Europe/Amsterdam',
      openingHours: 'Mo-Su 00:00-24:00',
      hours: 'always',
    });
    const one = await call(app, t.token, { method: 'GET', url: `/v1/locker-reservations/${r.id}` });
    expect(one.json()).toMatchObject({ site: { name: 'Near' } });
    expect(JSON.stringify(one.json())).not.toMatch(/alerts|compartments|organisationId/);

    // The courier is not the household: no code for them; the customer gets one, shown once.
    expectProblem(await courier(r.id, 'pickup-code'), 403, 'forbidden');
    const issued = await issueCode(r.id);
    expect(issued.code).toMatch(/^\d{8}$/);
    expect(issued.qr).toBe(`threshold-locker:v1:${near.siteId}:N2:${issued.code}`);
    const stored = await getStore()
      .db.selectFrom('locker_reservations')
      .selectAll()
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(issued.code);

    // The code at another compartment (even one of the same site) opens nothing.
    const opensBefore = bank.opens.length;
    expectProblem(await pickup(near.siteId, 'N1', issued.code), 403, 'forbidden');
    expectProblem(await pickup(far.siteId, 'N2', issued.code), 403, 'forbidden');
    const ok = await pickup(near.siteId, 'N2', issued.code);
    expect(ok.statusCode).toBe(200);
    expect(bank.opens.slice(opensBefore)).toEqual([
      expect.objectContaining({ deviceId: near.deviceId, position: 2, purpose: 'pickup' }),
    ]);
    // Once the door moved, the code opens nothing more.
    await door(near, 'N2', 'open');
    expectProblem(await pickup(near.siteId, 'N2', issued.code), 403, 'forbidden');
    await door(near, 'N2', 'closed');
    expectProblem(await pickup(near.siteId, 'N2', issued.code), 403, 'forbidden');
    expect(await reservationOf(deliveryId)).toMatchObject({ status: 'collected' });

    const ledger = await call(app, t.token, { method: 'GET', url: `/v1/homes/${t.homeId}/ledger?limit=100` });
    const kinds = (ledger.json() as { items: { kind: string; subject: string }[] }).items
      .filter((e) => e.subject === r.id)
      .map((e) => e.kind);
    for (const k of [
      'locker.reserved',
      'locker.drop_opened',
      'locker.dropped',
      'locker.code_issued',
      'locker.pickup_opened',
      'locker.collected',
    ])
      expect(kinds).toContain(k);

    // The compartment is free again: the next S parcel takes it.
    const again = await bookLocker(app, t, carrier, { size: 'S' });
    const next = await reservationOf((again.json() as { id: string }).id);
    expect(next.compartment.label).toBe('N2');
    expect((await courier(next.id, 'cancel')).statusCode).toBe(403); // the carrier cancels, not the courier
    const cancelled = await app.inject({
      method: 'POST',
      url: `/v1/locker-reservations/${next.id}/cancel`,
      headers: carrier.key,
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
  });

  it('sends a booking to the next site when the nearest (or the chosen one) is full, and says why', async () => {
    const first = await bookLocker(app, t, carrier, { size: 'M' });
    expect((await reservationOf((first.json() as { id: string }).id)).siteId).toBe(near.siteId);
    const second = await bookLocker(app, t, carrier, { size: 'M' });
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({
      reasons: ['The locker site Near has no free compartment of size M or larger'],
    });
    const r = await reservationOf((second.json() as { id: string }).id);
    expect(r).toMatchObject({ siteId: far.siteId, compartment: { label: 'F1' } });
    const chosen = await bookLocker(app, t, carrier, { size: 'S', siteId: far.siteId });
    expect((await reservationOf((chosen.json() as { id: string }).id)).siteId).toBe(far.siteId);
    // Nothing fits anywhere: the booking is refused with each site's reason, and no delivery is made.
    const xl = await bookLocker(app, t, carrier, { size: 'XL' });
    expectProblem(xl, 409, 'conflict');
    expect((xl.json() as { reasons: string[] }).reasons).toHaveLength(2);
  });

  it('marks an uncollected parcel for return at expiry and tells the carrier; a hold postpones it', async () => {
    const held = await dropped('S');
    const plain = await dropped('L', far.siteId);
    const tooLate = await call(app, t.token, {
      method: 'POST',
      url: `/v1/locker-reservations/${held.r.id}/hold`,
      payload: { until: new Date(clock.now() + 30 * DAY).toISOString() },
    });
    expectProblem(tooLate, 409, 'conflict');
    const hold = await call(app, t.token, {
      method: 'POST',
      url: `/v1/locker-reservations/${held.r.id}/hold`,
      payload: { until: new Date(clock.now() + 6 * DAY).toISOString() },
    });
    expect(hold.statusCode).toBe(200);
    clock.advance(3 * DAY + 1);
    expect(await expireDueReservations(deps)).toBe(1);
    expect(await reservationOf(plain.deliveryId)).toMatchObject({ status: 'expired' });
    expect(await reservationOf(held.deliveryId)).toMatchObject({ status: 'stored' });
    const messages = await getStore()
      .db.selectFrom('webhook_messages')
      .select(['type', 'payload'])
      .where('type', '=', 'delivery.locker_expired')
      .execute();
    expect(messages.some((m) => m.payload.includes(plain.deliveryId))).toBe(true);
    // No code for an expired parcel; the courier takes it back, which frees the compartment.
    expectProblem(
      await call(app, t.token, { method: 'POST', url: `/v1/locker-reservations/${plain.r.id}/pickup-code` }),
      409,
      'conflict',
    );
    expect((await courier(plain.r.id, 'open')).json()).toMatchObject({ reservation: { status: 'returning' } });
    await door(far, plain.r.compartment.label, 'open');
    await door(far, plain.r.compartment.label, 'closed');
    expect(await reservationOf(plain.deliveryId)).toMatchObject({ status: 'returned' });
    // The held parcel expires in the durable round, which schedules its next run.
    clock.advance(3 * DAY);
    await lockerJobHandlers(deps)[LOCKER_EXPIRY_JOB]!(null, {} as never);
    expect(await reservationOf(held.deliveryId)).toMatchObject({ status: 'expired' });
    const next = await getStore().db.selectFrom('jobs').select('key').where('key', '=', LOCKER_EXPIRY_JOB).execute();
    expect(next).toHaveLength(1);
  });

  it('locks a compartment out after too many wrong codes and alerts the operator, as it does for a door opened unasked', async () => {
    const { r, deliveryId } = await dropped('S');
    const issued = await issueCode(r.id);
    const wrong = issued.code === '00000000' ? '11111111' : '00000000';
    for (let i = 0; i < 5; i++) expectProblem(await pickup(near.siteId, r.compartment.label, wrong), 403, 'forbidden');
    expect(await reservationOf(deliveryId)).toMatchObject({ lockedOut: true, wrongCodes: 5 });
    expectProblem(await pickup(near.siteId, r.compartment.label, issued.code), 403, 'forbidden');
    await door(near, r.compartment.label, 'open'); // nobody opened it
    // Left open: the round tells the operator once the door has stood open five minutes.
    clock.advance(6 * 60_000);
    await lockerJobHandlers(deps)[LOCKER_EXPIRY_JOB]!(null, {} as never);
    const site = await call(app, op.admin.token, { method: 'GET', url: `/v1/locker-sites/${near.siteId}` });
    const kinds = (site.json() as { alerts: { kind: string }[] }).alerts.map((a) => a.kind);
    expect(kinds).toContain('pickup_locked_out');
    expect(kinds).toContain('compartment_opened_without_visit');
    expect(kinds).toContain('compartment_left_open');
    await door(near, r.compartment.label, 'closed');
    // Only an operator admin lifts the lock-out; then the right code opens it.
    const lift = (token: string) =>
      call(app, token, { method: 'POST', url: `/v1/locker-reservations/${r.id}/lift-lockout` });
    expectProblem(await lift(t.token), 403, 'forbidden');
    expect((await lift(op.admin.token)).json()).toMatchObject({ lockedOut: false, wrongCodes: 0 });
    expectProblem(await lift(op.admin.token), 409, 'conflict');
    expect((await pickup(near.siteId, r.compartment.label, issued.code)).statusCode).toBe(200);
  });

  it('refuses to open many compartments on one admin’s word; a second admin approves', async () => {
    const ids = far.compartments.map((c) => c.id);
    const one = await call(app, op.admin.token, {
      method: 'POST',
      url: `/v1/locker-sites/${far.siteId}/open-requests`,
      payload: { compartmentIds: [ids[0]], reason: 'maintenance' },
    });
    expect(one.json()).toMatchObject({ status: 'opened', sent: 1 });
    const many = await call(app, op.admin.token, {
      method: 'POST',
      url: `/v1/locker-sites/${far.siteId}/open-requests`,
      payload: { compartmentIds: ids, reason: 'inventory' },
    });
    expect(many.json()).toMatchObject({ status: 'pending', sent: 0 });
    const requestId = (many.json() as { id: string }).id;
    const self = await call(app, op.admin.token, {
      method: 'POST',
      url: `/v1/locker-open-requests/${requestId}/approve`,
    });
    expectProblem(self, 403, 'forbidden');
    const outsider = await call(app, t.token, { method: 'POST', url: `/v1/locker-open-requests/${requestId}/approve` });
    expectProblem(outsider, 404, 'not-found');
    // The second admin finds the pending request at the site and reads which compartments it names.
    const pendingUrl = `/v1/locker-sites/${far.siteId}/open-requests?status=pending`;
    const pending = await call(app, op.second.token, { method: 'GET', url: pendingUrl });
    expect(pending.json()).toEqual({
      items: [
        expect.objectContaining({
          id: requestId,
          status: 'pending',
          reason: 'inventory',
          requestedBy: op.admin.userId,
          compartments: far.compartments.map((c) => ({ id: c.id, label: c.label })),
        }),
      ],
    });
    expectProblem(await call(app, t.token, { method: 'GET', url: pendingUrl }), 404, 'not-found');
    const approved = await call(app, op.second.token, {
      method: 'POST',
      url: `/v1/locker-open-requests/${requestId}/approve`,
    });
    expect(approved.json()).toMatchObject({ status: 'opened', sent: ids.length, approvedBy: op.second.userId });
    expect((await call(app, op.second.token, { method: 'GET', url: pendingUrl })).json()).toEqual({ items: [] });
    const all = await call(app, op.admin.token, { method: 'GET', url: `/v1/locker-sites/${far.siteId}/open-requests` });
    expect((all.json() as { items: { id: string; status: string }[] }).items.map((r) => r.status)).toEqual([
      'opened',
      'opened',
    ]);
    expectProblem(
      await call(app, op.second.token, { method: 'POST', url: `/v1/locker-open-requests/${requestId}/approve` }),
      409,
      'conflict',
    );
  });

  it('opens nothing at a site with a camera until one is paired: the refusal is a fact and an alert', async () => {
    const bare = await lockerSite(app, op, 'Unwatched', 0.003, ['S']);
    await app.services.db.deleteFrom('locker_site_cameras').where('site_id', '=', bare.siteId).execute();
    const booked = await bookLocker(app, t, carrier, { size: 'S', siteId: bare.siteId });
    const r = await reservationOf((booked.json() as { id: string }).id);
    expect(r.siteId).toBe(bare.siteId);
    const before = bank.opens.length;
    const refused = await courier(r.id, 'open');
    expectProblem(refused, 409, 'conflict');
    expect(refused.json()).toMatchObject({ reason: 'recording_not_confirmed', camera: 'not_paired' });
    expect(bank.opens.length).toBe(before);
    const site = await call(app, op.admin.token, { method: 'GET', url: `/v1/locker-sites/${bare.siteId}` });
    expect((site.json() as { alerts: { kind: string }[] }).alerts.map((a) => a.kind)).toEqual([
      'site_camera_not_recording',
    ]);
  });

  it('issues a later opening of one reservation strictly newer for the bank, even in the same second', async () => {
    const before = bank.opens.length;
    const { r, site } = await dropped('S');
    const { code } = await issueCode(r.id);
    expect((await pickup(site.siteId, r.compartment.label, code)).json()).toMatchObject({ opened: true, sent: 'sent' });
    // The test's clock stands still: the drop's and the pickup's capabilities were issued at the same instant.
    const [drop, pick] = bank.opens.slice(before).map((o) => o.capability ?? '');
    // The bank's own check (docs/protocol-locker.md §3), with the marks it keeps per reservation: both open.
    const { publicKeys } = await platformKeys(app.services.db, app.services);
    const pinnedKeys = new Map(publicKeys.map((k) => [k.kid, k.publicKey]));
    const seen = { nonces: new NonceCache(), visits: new VisitMarks() };
    const check = (token: string) =>
      verifyCapability(token, { pinnedKeys, audience: site.deviceId, nowMs: clock.now(), ...seen });
    expect(await check(drop ?? '')).toMatchObject({ ok: true, value: { sub: r.id } });
    expect(await check(pick ?? '')).toMatchObject({ ok: true, value: { sub: r.id } });
  });
});
