import { type LockerBankHandle, provision, startDevice } from '@threshold/devices';
import { generateKeyPair, issueCapability, newNonce } from '@threshold/protocol';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bankSite, bookedAt, lockerOperator } from './support/locker-world.js';
import { type Platform, startPlatform } from './support/platform.js';
import { RawDevice, until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// The locker bank as a device, end to end (docs/protocol-locker.md, docs/lockers.md): HTTP in, the signed
// `locker.open` over MQTT to the EMULATED bank, which checks the capability itself, and its signed door and keypad
// events back into the reservations.

const COMPARTMENTS = [
  { label: 'B1', size: 'S' },
  { label: 'B2', size: 'M' },
  { label: 'B3', size: 'L' },
];

interface Reservation {
  id: string;
  status: string;
  compartment: { id: string; label: string };
}

describeEachDialect('locker bank over MQTT', (getStore) => {
  let p: Platform;
  let bank: LockerBankHandle;
  let identity: ReturnType<typeof provision<'locker_bank'>>;
  let siteId: string;
  let bankId: string;
  let op: Awaited<ReturnType<typeof lockerOperator>>;

  const post = (who: string, url: string, payload?: object) =>
    p.call(who, { method: 'POST', url, ...(payload ? { payload } : {}) });
  const site = async () =>
    (await p.call(op.admin.token, { method: 'GET', url: `/v1/locker-sites/${siteId}` })).json() as {
      compartments: { label: string; door: string }[];
      alerts: { kind: string; compartmentId: string | null }[];
    };
  const reservation = async (id: string) =>
    (await p.call(p.owner.token, { method: 'GET', url: `/v1/locker-reservations/${id}` })).json() as Reservation;
  const doorOf = (label: string) => bank.state().compartments.find((c) => c.label === label)!.door;

  beforeAll(async () => {
    p = await startPlatform(getStore());
    op = await lockerOperator(p.app, 'bank');
    ({ siteId, bankId } = await bankSite(p.app, op, { name: 'Station', hasCamera: false, compartments: COMPARTMENTS }));
    identity = provision('locker_bank');
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
  });
  afterAll(async () => {
    await bank?.stop();
    await p?.close();
  });

  it('pairs only through an operator admin, with the claim code, to its bank', async () => {
    const url = `/v1/locker-sites/${siteId}/banks/${bankId}/pair`;
    // A member of another organisation (the home's owner) is told the site does not exist.
    expect((await post(p.owner.token, url, { claimCode: identity.claimCode })).statusCode).toBe(404);
    expect((await post(op.admin.token, url, { claimCode: 'AAAA-AAAA-AAAA' })).statusCode).toBe(404);
    // Events of a bank paired to no site move nothing.
    bank.openDoor(3);
    await until(() => doorOf('B3') === 'open', 'door B3 open');
    bank.closeDoor(3);
    // A home cannot take the bank: its claim code is refused at the home's pairing, and stays good for the operator.
    const atHome = await post(p.owner.token, '/v1/devices/pair', {
      claimCode: identity.claimCode,
      accessPointId: p.owner.accessPointId,
    });
    expect(atHome.statusCode).toBe(409);
    expect(atHome.json()).toMatchObject({ reason: 'locker_bank_claim_code' });
    const paired = await post(op.admin.token, url, { claimCode: identity.claimCode });
    expect(paired.statusCode).toBe(200);
    expect(paired.json()).toMatchObject({ id: bankId, siteId, deviceId: bank.id });
    await until(() => bank.state().paired, 'bank paired');
    expect((await site()).alerts).toEqual([]);
    // The claim code is spent.
    expect((await post(op.admin.token, url, { claimCode: identity.claimCode })).statusCode).toBe(404);
  });

  it('drops through the bank: the open carries a capability the bank checks, the door reports decide the drop', async () => {
    const r = await bookedAt(p, siteId, 'M');
    expect(r.compartment.label).toBe('B2');

    const opened = await post(p.courier.token, `/v1/locker-reservations/${r.id}/open`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ sent: 'sent' });
    await until(() => doorOf('B2') === 'open', 'B2 sprang open');
    expect(doorOf('B1')).toBe('closed');
    // Not yet closed: the drop waits for the bank's report of the door closing.
    await until(async () => (await reservation(r.id)).status === 'dropping', 'dropping');
    expect((await post(p.courier.token, `/v1/locker-reservations/${r.id}/drop`)).statusCode).toBe(409);
    bank.closeDoor(2);
    const dropped = await until(async () => {
      const res = await post(p.courier.token, `/v1/locker-reservations/${r.id}/drop`);
      return res.statusCode === 200 ? (res.json() as Reservation) : null;
    }, 'drop confirmed');
    expect(dropped.status).toBe('stored');
    const alerts = await p.call(p.owner.token, { method: 'GET', url: `/v1/homes/${p.owner.homeId}/alerts` });
    expect(JSON.stringify(alerts.json())).toContain('left_in_locker');

    // The pickup code typed on the bank's keypad opens that compartment, once; the door closing frees it.
    const issued = await post(p.owner.token, `/v1/locker-reservations/${r.id}/pickup-code`);
    const { code } = issued.json() as { code: string };
    bank.enterCode('B2', code);
    await until(() => doorOf('B2') === 'open', 'B2 opened for the pickup');
    expect([doorOf('B1'), doorOf('B3')]).toEqual(['closed', 'closed']);
    await until(async () => (await reservation(r.id)).status === 'collecting', 'collecting');
    bank.closeDoor(2);
    await until(async () => (await reservation(r.id)).status === 'collected', 'collected');
    const again = await post('', `/v1/locker-sites/${siteId}/pickup`, { compartment: 'B2', code });
    expect(again.statusCode).toBe(403);
    expect(doorOf('B2')).toBe('closed');
  });

  it('opens a pickup right after the drop, and says so when the bank refuses an opening', async () => {
    const r = await bookedAt(p, siteId, 'M');
    const drop = await post(p.courier.token, `/v1/locker-reservations/${r.id}/open`);
    expect(drop.json()).toMatchObject({ sent: 'sent', refused: null });
    await until(() => doorOf('B2') === 'open', 'B2 open for the drop');
    bank.closeDoor(2);
    await until(
      async () => (await post(p.courier.token, `/v1/locker-reservations/${r.id}/drop`)).statusCode === 200,
      'dropped',
    );
    const { code } = (await post(p.owner.token, `/v1/locker-reservations/${r.id}/pickup-code`)).json() as {
      code: string;
    };
    const pickup = await post('', `/v1/locker-sites/${siteId}/pickup`, { compartment: 'B2', code });
    expect(pickup.json()).toMatchObject({ opened: true, sent: 'sent' });
    await until(() => doorOf('B2') === 'open', 'B2 open for the pickup');
    bank.closeDoor(2);
    await until(async () => (await reservation(r.id)).status === 'collected', 'collected');

    // The bank already took a newer capability of a reservation (one minted by hand, 30 s ahead): the platform's
    // opening is refused as superseded, and the courier is told that, not "offline".
    const next = await bookedAt(p, siteId, 'M');
    const { signer } = p.gateway.keys();
    const ahead = await issueCapability(signer, {
      lock: bank.id,
      visit: next.id,
      nonce: newNonce(),
      nowMs: p.clock.now() + 30_000,
      ttlSeconds: 60,
    });
    const taken = await p.gateway.sendCommand(bank.id, 'locker.open', {
      position: 2,
      capability: ahead,
      reservation: next.id,
    });
    expect(taken).toMatchObject({ ok: true });
    bank.closeDoor(2);
    await until(() => doorOf('B2') === 'closed', 'B2 closed');
    const refused = await post(p.courier.token, `/v1/locker-reservations/${next.id}/open`);
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toMatchObject({
      sent: 'refused',
      refused: 'superseded',
      message: 'Refused by the bank: superseded',
    });
    const facts = await p.store.db
      .selectFrom('ledger_entries')
      .select('data')
      .where('kind', '=', 'locker.open_refused')
      .where('subject', '=', next.id)
      .execute();
    expect(facts.map((f) => JSON.parse(f.data))).toMatchObject([{ reason: 'bank_refused', bank: 'superseded' }]);
  });

  it('never opens on an expired or foreign capability', async () => {
    const { signer } = p.gateway.keys();
    const issue = (aud: string, nowMs: number) =>
      issueCapability(signer, { lock: aud, visit: 'lkr_x', nonce: newNonce(), nowMs, ttlSeconds: 60 });
    const send = async (capability: string) =>
      p.gateway.sendCommand(bank.id, 'locker.open', { position: 1, capability, reservation: 'lkr_x' });
    const foreign = await send(await issue(p.lock.id, p.clock.now()));
    expect(foreign).toMatchObject({ ok: false, error: 'rejected', ack: { reason: 'wrong_audience' } });
    const expired = await send(await issue(bank.id, p.clock.now() - 10 * 60_000));
    expect(expired).toMatchObject({ ok: false, error: 'rejected', ack: { reason: 'expired' } });
    expect(doorOf('B1')).toBe('closed');
  });

  it('alerts the operator for a door opened with no opening and for a stuck door', async () => {
    bank.openDoor(1);
    await until(async () => (await site()).alerts.some((a) => a.kind === 'compartment_opened_without_visit'), 'alert');
    bank.closeDoor(1);
    bank.jam(3);
    await until(async () => (await site()).alerts.some((a) => a.kind === 'compartment_door_stuck'), 'stuck alert');
    expect((await site()).compartments.find((c) => c.label === 'B3')?.door).toBe('jammed');
  });

  it('refuses and records a forged or replayed bank event, which moves nothing', async () => {
    const before = (await site()).alerts.length;
    const rejections = () =>
      p.store.db.selectFrom('device_rejections').select('reason').where('device_id', '=', bank.id).execute();
    // Someone on the bank's own MQTT session (its credentials stolen) forging and replaying its door reports.
    await bank.stop();
    const raw = new RawDevice('locker_bank', { publicKey: identity.publicKey, privateKey: identity.privateKey });
    await raw.connect(`mqtt://127.0.0.1:${p.gateway.brokerPort}`, { announce: false });
    raw.seq = 1_000_000;
    await raw.send(
      'compartment.door',
      { position: 2, door: 'open', cause: 'manual' },
      { key: generateKeyPair().privateKey },
    );
    raw.seq = 0;
    await raw.send('compartment.door', { position: 2, door: 'open', cause: 'manual' });
    await raw.send('keypad.code', { compartment: 'B2', code: '12345678' });
    const reasons = await until(async () => {
      const rows = await rejections();
      return rows.length >= 3 ? rows.map((r) => r.reason).sort() : null;
    }, 'three refusals');
    expect(reasons).toEqual(['bad_signature', 'replayed', 'replayed']);
    await raw.close();
    const after = await site();
    expect(after.alerts.length).toBe(before);
    expect(after.compartments.find((c) => c.label === 'B2')?.door).toBe('closed');
  });
});
