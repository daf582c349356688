import { localClock, wallTime } from '@threshold/core';
import { type LockerBankHandle, provision, startDevice } from '@threshold/devices';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bankSite, bookedAt, lockerOperator } from './support/locker-world.js';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// Opening hours enforced (docs/lockers.md "Opening hours"), end to end: hours stated over HTTP, a booking whose
// delivery window misses them refused, and over MQTT with the EMULATED bank a closed site opening nothing for the
// courier or the keypad while an open one opens. The hours are set around the platform's own clock, on the site's
// wall clock (Europe/Amsterdam; core's tests walk the DST days).

const COMPARTMENTS = [
  { label: 'H1', size: 'M' },
  { label: 'H2', size: 'M' },
];
const HOUR_MS = 3_600_000;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** bankSite's zone: the hours are stated on this wall clock. */
const ZONE = 'Europe/Amsterdam';

/** A window on the site's wall clock starting at the minute at or after `fromMs`, `hours` long. */
function windowFrom(fromMs: number, hours = 1) {
  const start = Math.ceil(fromMs / 60_000) * 60_000;
  const window = {
    day: DAYS[wallTime(start, ZONE).weekday - 1]!,
    open: localClock(start, ZONE),
    close: localClock(start + hours * HOUR_MS, ZONE),
  };
  return { startMs: start, window };
}

describeEachDialect('locker opening hours', (getStore) => {
  let p: Platform;
  let bank: LockerBankHandle;
  let siteId: string;
  let op: Awaited<ReturnType<typeof lockerOperator>>;

  const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    p.call(who, { method, url, ...(payload ? { payload } : {}) });
  const setHours = (openingHours: unknown) =>
    call(op.admin.token, 'PUT', `/v1/locker-sites/${siteId}/opening-hours`, { openingHours });
  /** Closed now: the site opens two hours from now, for an hour. */
  const closeSite = async () => {
    const later = windowFrom(p.clock.now() + 2 * HOUR_MS);
    expect((await setHours([later.window])).statusCode).toBe(200);
    return later.startMs;
  };
  /** Open now: a window from an hour ago to two hours on (across midnight when it falls there). */
  const openSite = async () => {
    const around = windowFrom(p.clock.now() - HOUR_MS, 3);
    expect((await setHours([around.window])).statusCode).toBe(200);
  };
  const doorOf = (label: string) => bank.state().compartments.find((c) => c.label === label)!.door;
  const status = async (id: string) =>
    (await call(p.owner.token, 'GET', `/v1/locker-reservations/${id}`)).json() as {
      status: string;
      wrongCodes: number;
    };
  const facts = (subject: string) =>
    p.store.db
      .selectFrom('ledger_entries')
      .select('data')
      .where('kind', '=', 'locker.open_refused')
      .where('subject', '=', subject)
      .execute();

  beforeAll(async () => {
    p = await startPlatform(getStore());
    op = await lockerOperator(p.app, 'hours');
    let bankId: string;
    ({ siteId, bankId } = await bankSite(p.app, op, { name: 'Hours', hasCamera: false, compartments: COMPARTMENTS }));
    const identity = provision('locker_bank');
    bank = await startDevice(identity, {
      mqttUrl: `mqtt://127.0.0.1:${p.gateway.brokerPort}`,
      platformUrl: 'http://127.0.0.1:1',
      now: p.clock.now,
      lockerBank: { compartments: COMPARTMENTS },
    });
    await until(
      async () =>
        (await p.store.db.selectFrom('devices').select('id').where('id', '=', bank.id).executeTakeFirst()) !==
        undefined,
      'bank registered',
    );
    const paired = await call(op.admin.token, 'POST', `/v1/locker-sites/${siteId}/banks/${bankId}/pair`, {
      claimCode: identity.claimCode,
    });
    expect(paired.statusCode).toBe(200);
    await until(() => bank.state().paired, 'bank paired');
  });
  afterAll(async () => {
    await bank?.stop();
    await p?.close();
  });

  it('states hours as data, refuses bad ones with the field, and shows them in words', async () => {
    const empty = await setHours([{ day: 'mon', open: '07:00', close: '07:00' }]);
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ field: 'body.openingHours.0.close' });
    const stated = await setHours([
      ...['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, open: '07:00', close: '22:00' })),
      { day: 'sat', open: '08:00', close: '18:00' },
    ]);
    expect(stated.statusCode).toBe(200);
    expect(stated.json()).toMatchObject({ openingHours: 'Mo-Fr 07:00-22:00; Sa 08:00-18:00' });
    // Only an admin of the operator states them; anybody else is told the site does not exist.
    expect(
      (await call(p.owner.token, 'PUT', `/v1/locker-sites/${siteId}/opening-hours`, { openingHours: 'always' }))
        .statusCode,
    ).toBe(404);
  });

  it('books only a delivery whose window meets the hours', async () => {
    const opensMs = await closeSite();
    const now = p.clock.now();
    const missed = await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: '/v1/deliveries',
      payload: {
        homeId: p.owner.homeId,
        externalId: `hours-${Math.random()}`,
        window: { start: new Date(now).toISOString(), end: new Date(opensMs).toISOString() },
        locker: { size: 'M', siteId },
      },
    });
    expect(missed.statusCode).toBe(409);
    expect(JSON.stringify(missed.json())).toContain('is closed throughout the delivery window');
    const met = await bookedAt(p, siteId, 'M', { start: now, end: opensMs + 30 * 60_000 });
    expect(met.status).toBe('reserved');
    const cancelled = await call(p.carrier.apiKey, 'POST', `/v1/locker-reservations/${met.id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
  });

  it("refuses the courier's opening at a closed site with a fact, and opens once the site is open", async () => {
    const opensMs = await closeSite();
    const r = await bookedAt(p, siteId, 'M', { start: p.clock.now(), end: opensMs + HOUR_MS });
    const refused = await call(p.courier.token, 'POST', `/v1/locker-reservations/${r.id}/open`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ reason: 'site_closed', opensAt: new Date(opensMs).toISOString() });
    expect((await facts(r.id)).map((f) => JSON.parse(f.data))).toMatchObject([
      { purpose: 'drop', reason: 'site_closed', check: { name: 'site_open', passed: false } },
    ]);
    expect(await status(r.id)).toMatchObject({ status: 'reserved' });
    expect(doorOf(r.compartment.label)).toBe('closed');

    await openSite();
    const opened = await call(p.courier.token, 'POST', `/v1/locker-reservations/${r.id}/open`);
    expect(opened.json()).toMatchObject({ sent: 'sent' });
    await until(() => doorOf(r.compartment.label) === 'open', 'opened for the drop');
    bank.closeDoor(COMPARTMENTS.findIndex((c) => c.label === r.compartment.label) + 1);
    await until(
      async () => (await call(p.courier.token, 'POST', `/v1/locker-reservations/${r.id}/drop`)).statusCode === 200,
      'dropped',
    );
  });

  it('refuses every pickup code at a closed site alike, over HTTP and at the keypad, and opens when open', async () => {
    await openSite();
    const r = await bookedAt(p, siteId, 'M');
    const position = COMPARTMENTS.findIndex((c) => c.label === r.compartment.label) + 1;
    await call(p.courier.token, 'POST', `/v1/locker-reservations/${r.id}/open`);
    await until(() => doorOf(r.compartment.label) === 'open', 'opened for the drop');
    bank.closeDoor(position);
    await until(
      async () => (await call(p.courier.token, 'POST', `/v1/locker-reservations/${r.id}/drop`)).statusCode === 200,
      'dropped',
    );
    const { code } = (await call(p.owner.token, 'POST', `/v1/locker-reservations/${r.id}/pickup-code`)).json() as {
      code: string;
    };

    await closeSite();
    const label = r.compartment.label;
    for (const tried of [code, '00000000']) {
      const res = await call('', 'POST', `/v1/locker-sites/${siteId}/pickup`, { compartment: label, code: tried });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ reason: 'site_closed' });
    }
    bank.enterCode(label, code);
    await until(() => bank.state().display === `${label}: not accepted`, 'the keypad says not accepted');
    expect(doorOf(label)).toBe('closed');
    // Nothing was compared, so nothing was counted.
    expect(await status(r.id)).toMatchObject({ status: 'stored', wrongCodes: 0 });

    await openSite();
    bank.enterCode(label, code);
    await until(() => doorOf(label) === 'open', 'opened for the pickup');
    bank.closeDoor(position);
    await until(async () => (await status(r.id)).status === 'collected', 'collected');
  });
});
