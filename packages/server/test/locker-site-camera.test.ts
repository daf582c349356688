import type { AddressInfo } from 'node:net';
import { type CameraHandle, type LockerBankHandle, provision, startDevice } from '@threshold/devices';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { customer } from './support/app.js';
import { type BookedReservation, bankSite, bookedAt, lockerOperator } from './support/locker-world.js';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// The site camera end to end (docs/lockers.md "The site camera"): HTTP in, the EMULATED camera told to record over
// MQTT and confirming before the EMULATED bank is told to open, the recording stopped after the door closes and the
// post-roll, the clip uploaded over HTTP and seen only by the household and the operator.

const COMPARTMENTS = [
  { label: 'C1', size: 'S' },
  { label: 'C2', size: 'M' },
];

describeEachDialect('locker site camera', (getStore) => {
  let p: Platform;
  let bank: LockerBankHandle;
  let camera: CameraHandle;
  let cameraIdentity: ReturnType<typeof provision<'camera'>>;
  let siteId: string;
  let op: Awaited<ReturnType<typeof lockerOperator>>;
  /** The order in which the platform heard the camera start recording and the bank's doors move. */
  const heard: string[] = [];

  const post = (who: string, url: string, payload?: object) =>
    p.call(who, { method: 'POST', url, ...(payload ? { payload } : {}) });
  const get = (who: string, url: string) => p.call(who, { method: 'GET', url });
  const reservation = async (id: string) =>
    (await get(p.owner.token, `/v1/locker-reservations/${id}`)).json() as BookedReservation;
  const doorOf = (label: string) => bank.state().compartments.find((c) => c.label === label)!.door;
  const registered = (id: string) =>
    until(
      async () =>
        (await p.store.db.selectFrom('devices').select('id').where('id', '=', id).executeTakeFirst()) !== undefined,
      `${id} registered`,
    );

  beforeAll(async () => {
    p = await startPlatform(getStore());
    op = await lockerOperator(p.app, 'cam');
    let bankId: string;
    ({ siteId, bankId } = await bankSite(p.app, op, { name: 'Watched', hasCamera: true, compartments: COMPARTMENTS }));
    const mqttUrl = `mqtt://127.0.0.1:${p.gateway.brokerPort}`;
    const platformUrl = `http://127.0.0.1:${(p.app.server.address() as AddressInfo).port}`;
    const bankIdentity = provision('locker_bank');
    bank = await startDevice(bankIdentity, {
      mqttUrl,
      platformUrl,
      now: p.clock.now,
      lockerBank: { compartments: COMPARTMENTS },
    });
    cameraIdentity = provision('camera');
    camera = await startDevice(cameraIdentity, {
      mqttUrl,
      platformUrl,
      now: p.clock.now,
      camera: { heartbeatMs: 500 },
    });
    await registered(bank.id);
    await registered(camera.id);
    const paired = await post(op.admin.token, `/v1/locker-sites/${siteId}/banks/${bankId}/pair`, {
      claimCode: bankIdentity.claimCode,
    });
    expect(paired.statusCode).toBe(200);
    p.bus.on('device.event', ({ deviceId, event }) => {
      if (deviceId === camera.id && event.type === 'recording') heard.push(`camera ${event.data.recording}`);
      if (deviceId === bank.id && event.type === 'compartment.door') heard.push(`door ${event.data.door}`);
    });
  });
  afterAll(async () => {
    await Promise.allSettled([bank?.stop(), camera?.stop()]);
    await p?.close();
  });

  it("pairs the site's camera only through an operator admin, with its claim code", async () => {
    const url = `/v1/locker-sites/${siteId}/camera/pair`;
    expect((await post(p.owner.token, url, { claimCode: cameraIdentity.claimCode })).statusCode).toBe(404);
    expect((await post(op.admin.token, url, { claimCode: 'AAAA-AAAA-AAAA' })).statusCode).toBe(404);
    const paired = await post(op.admin.token, url, { claimCode: cameraIdentity.claimCode });
    expect(paired.statusCode).toBe(200);
    expect(paired.json()).toMatchObject({ siteId, deviceId: camera.id });
    await until(() => camera.state().paired, 'camera paired');
    // Spent: neither this site nor a home can pair it again.
    expect((await post(op.admin.token, url, { claimCode: cameraIdentity.claimCode })).statusCode).toBe(404);
  });

  it('records the drop before the bank opens, stops after the door closes, and shows the clip to the right people', async () => {
    const r = await bookedAt(p, siteId, 'M');

    const opened = await post(p.courier.token, `/v1/locker-reservations/${r.id}/open`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ sent: 'sent', recording: true });
    expect(camera.state()).toMatchObject({ recording: true, session: `${r.id}.drop` });
    await until(() => heard.includes('door open'), 'door open heard');
    expect(heard.indexOf('camera started')).toBeGreaterThanOrEqual(0);
    expect(heard.indexOf('camera started')).toBeLessThan(heard.indexOf('door open'));
    bank.closeDoor(2);
    await until(() => heard.includes('camera stopped'), 'recording stopped after the post-roll');
    expect(heard.indexOf('door closed')).toBeLessThan(heard.indexOf('camera stopped'));
    await camera.clipsSettled();
    const clips = await until(async () => {
      const res = await get(p.owner.token, `/v1/locker-reservations/${r.id}/clips`);
      const items = (res.json() as { items: { id: string; session: string }[] }).items;
      return items.length > 0 ? items : null;
    }, 'clip listed');
    expect(clips).toEqual([expect.objectContaining({ session: `${r.id}.drop` })]);
    const clipId = clips[0]!.id;
    // The household and the operator's members see it; the courier may not; another customer is told it is not there.
    expect((await get(op.admin.token, `/v1/locker-reservations/${r.id}/clips`)).statusCode).toBe(200);
    expect((await get(p.courier.token, `/v1/locker-reservations/${r.id}/clips`)).statusCode).toBe(403);
    const stranger = await customer(p.app, 'stranger');
    expect((await get(stranger.token, `/v1/locker-reservations/${r.id}/clips`)).statusCode).toBe(404);
    expect((await get(op.admin.token, `/v1/clips/${clipId}`)).statusCode).toBe(200);
    expect((await get(p.owner.token, `/v1/clips/${clipId}`)).statusCode).toBe(200);
    expect((await get(stranger.token, `/v1/clips/${clipId}`)).statusCode).toBe(404);
    expect((await get(p.courier.token, `/v1/clips/${clipId}`)).statusCode).toBe(403);
    const ledger = await get(p.owner.token, `/v1/homes/${p.owner.homeId}/ledger?limit=200`);
    const entries = (ledger.json() as { items: { kind: string; data: Record<string, unknown> }[] }).items;
    expect(entries.find((e) => e.kind === 'clip.stored' && e.data.session === `${r.id}.drop`)).toBeDefined();
    const looks = entries.filter((e) => e.kind === 'clip.viewed').map((e) => (e.data.viewer as { as: string }).as);
    expect(looks.sort()).toEqual(['member', 'operator']);

    const dropped = await post(p.courier.token, `/v1/locker-reservations/${r.id}/drop`);
    expect(dropped.statusCode).toBe(200);

    // A wrong code typed on the keypad is answered: the bank shows "not accepted".
    bank.enterCode('C2', '00000000');
    await until(() => bank.state().display === 'C2: not accepted', 'keypad says not accepted');
    expect(doorOf('C2')).toBe('closed');

    // The right code: recorded first, then opened; the door closing ends both.
    p.clock.advance(2000);
    const { code } = (await post(p.owner.token, `/v1/locker-reservations/${r.id}/pickup-code`)).json() as {
      code: string;
    };
    heard.length = 0;
    bank.enterCode('C2', code);
    await until(() => heard.includes('door open'), 'opened for the pickup');
    expect(heard.indexOf('camera started')).toBeLessThan(heard.indexOf('door open'));
    expect(camera.state().session).toBe(`${r.id}.pickup`);
    bank.closeDoor(2);
    await until(async () => (await reservation(r.id)).status === 'collected', 'collected');
    await until(() => !camera.state().recording, 'pickup recording stopped');
  });

  it('refuses to open when the camera cannot record: a fact for the customer, an alert for the operator', async () => {
    const r = await bookedAt(p, siteId, 'S');
    await camera.stop();
    await until(async () => {
      const row = await p.store.db
        .selectFrom('devices')
        .select('online')
        .where('id', '=', camera.id)
        .executeTakeFirst();
      return !row?.online;
    }, 'camera offline');
    const refused = await post(p.courier.token, `/v1/locker-reservations/${r.id}/open`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ reason: 'recording_not_confirmed', camera: 'offline' });
    expect(doorOf(r.compartment.label)).toBe('closed');
    const site = (await get(op.admin.token, `/v1/locker-sites/${siteId}`)).json() as { alerts: { kind: string }[] };
    expect(site.alerts.map((a) => a.kind)).toContain('site_camera_not_recording');
    const ledger = await get(p.owner.token, `/v1/homes/${p.owner.homeId}/ledger?limit=200`);
    const kinds = (ledger.json() as { items: { kind: string; subject: string }[] }).items
      .filter((e) => e.subject === r.id)
      .map((e) => e.kind);
    expect(kinds).toContain('locker.open_refused');
    expect(kinds).not.toContain('locker.open_sent');
  });
});
