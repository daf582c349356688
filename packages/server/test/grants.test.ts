import { issueCapability, newNonce } from '@threshold/protocol';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { customer } from './support/app.js';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// Service grants end to end (docs/grants.md): HTTP in, MQTT to the emulated lock and camera, durable timers.

const AT_DOOR = { lat: 52.37, lon: 4.89, accuracyMeters: 8 };
const ZONE = 'Europe/Amsterdam';
const password = 'correct horse battery';
const localDate = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(ms);
const localTime = (ms: number) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
const iso = (ms: number) => new Date(ms).toISOString();

interface Check {
  name: string;
  passed: boolean;
}
interface VisitBody {
  id: string;
  state: string;
  checks: Check[];
}

describeEachDialect('service grants end to end', (getStore) => {
  let p: Platform;
  let providerId: string;
  let admin: string;
  let walker: { token: string; userId: string };
  let colleague: { token: string; userId: string };
  let stranger: { token: string; userId: string };

  async function post(who: string, url: string, payload?: object) {
    return p.call(who, { method: 'POST', url, ...(payload ? { payload } : {}) });
  }

  async function fieldWorker(orgId: string, adminToken: string, name: string) {
    const email = `${name}-${Math.random().toString(36).slice(2, 8)}@example.test`;
    const made = await post(adminToken, `/v1/organisations/${orgId}/members`, {
      email,
      role: 'worker',
      account: { name, password },
    });
    expect(made.statusCode).toBe(201);
    const signIn = await p.app.inject({ method: 'POST', url: '/v1/auth/sign-in', payload: { email, password } });
    const body = signIn.json() as { token: string; user: { id: string } };
    return { token: body.token, userId: body.user.id };
  }

  async function provider(label: string) {
    const owner = await customer(p.app, label);
    const org = await post(owner.token, '/v1/organisations', { name: `${label} Ltd`, kind: 'service_provider' });
    return { id: (org.json() as { id: string }).id, admin: owner.token };
  }

  beforeAll(async () => {
    p = await startPlatform(getStore());
    const walkers = await provider('walkers');
    providerId = walkers.id;
    admin = walkers.admin;
    walker = await fieldWorker(providerId, admin, 'walker');
    colleague = await fieldWorker(providerId, admin, 'colleague');
    const other = await provider('cleaners');
    stranger = await fieldWorker(other.id, other.admin, 'stranger');
  });
  afterAll(async () => {
    await p?.close();
  });

  /** Every day, a window from an hour ago to two hours from now (home zone). */
  const daily = (extra: object = {}) => {
    const now = p.clock.now();
    return {
      kind: 'recurring',
      rrule: 'FREQ=DAILY',
      firstDate: localDate(now - 3 * 86_400_000),
      startLocal: localTime(now - 3_600_000),
      durationMinutes: 180,
      ...extra,
    };
  };

  async function grant(schedule: object = daily(), grantee: object = { kind: 'provider', organisationId: providerId }) {
    const res = await post(p.owner.token, `/v1/homes/${p.owner.homeId}/grants`, {
      grantee,
      accessPointIds: [p.owner.accessPointId],
      schedule,
      maxVisitMinutes: 60,
      notes: 'Lead on the hook',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; status: string; nextWindows: unknown[] };
  }

  async function checkIn(token: string, grantId: string, position = AT_DOOR) {
    return post(token, `/v1/grants/${grantId}/check-in`, { position });
  }

  const detail = async (visitId: string) => {
    const res = await p.call(p.owner.token, { method: 'GET', url: `/v1/visits/${visitId}` });
    expect(res.statusCode).toBe(200);
    return res.json() as VisitBody & {
      grantId: string | null;
      verdict: {
        verdict: string;
        expectations: { name: string; outcome: string; evidence: Record<string, unknown> }[];
      };
      timeline: { kind: string; data: Record<string, unknown> }[];
    };
  };
  const waitState = (visitId: string, state: string) =>
    until(async () => (await detail(visitId)).state === state, `visit ${state}`, 8000);

  /** One passage: open, walk through, close; the lock relocks. */
  async function passage(token: string, visitId: string) {
    const unlock = await post(token, `/v1/visits/${visitId}/unlock`);
    expect(unlock.json()).toMatchObject({ unlocked: true, visit: { state: 'unlocked' } });
    p.lock.openDoor();
    await waitState(visitId, 'door_opened');
    p.lock.closeDoor();
    await waitState(visitId, 'relocked');
  }

  const cameraIdle = () => until(() => !p.camera.state().recording, 'camera idle', 8000);

  /** A refused check-in: the lock never moves; a denied visit names exactly the check, and is closed after. */
  async function refused(token: string, grantId: string, check: string, position = AT_DOOR) {
    const moves: string[] = [];
    const off = p.bus.on('device.event', ({ deviceId, event }) => {
      if (deviceId === p.lock.id && event.type === 'bolt') moves.push(event.data.bolt);
    });
    const res = await checkIn(token, grantId, position);
    if (res.statusCode === 201) {
      const { visit } = res.json() as { visit: VisitBody };
      expect(visit.state).toBe('denied');
      expect(visit.checks.filter((c) => !c.passed).map((c) => c.name)).toEqual([check]);
      expect((await post(token, `/v1/visits/${visit.id}/unlock`)).statusCode).toBe(409);
      expect((await post(token, `/v1/visits/${visit.id}/check-out`)).statusCode).toBe(200);
    } else {
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ check });
    }
    off();
    expect(moves).toEqual([]);
    expect(p.lock.state().bolt).toBe('locked');
    return res;
  }

  it('a worker inside the window gets in, recorded, and the verdict is kept', async () => {
    const g = await grant();
    expect(g).toMatchObject({ status: 'active' });
    expect(g.nextWindows.length).toBeGreaterThan(0);
    const windows = await p.call(walker.token, { method: 'GET', url: '/v1/me/windows' });
    expect((windows.json() as { items: { grantId: string }[] }).items.some((w) => w.grantId === g.id)).toBe(true);
    const res = await checkIn(walker.token, g.id);
    expect(res.statusCode, res.body).toBe(201);
    const { visit } = res.json() as { visit: VisitBody };
    expect(visit.state).toBe('arrived');
    expect(visit.checks.map((c) => [c.name, c.passed])).toEqual([
      ['person_assigned', true],
      ['within_window', true],
      ['within_geofence', true],
      ['customer_allows', true],
      ['served_area', true],
      ['devices_ready', true],
      ['no_open_visit', true],
      ['grant_active', true],
    ]);
    await passage(walker.token, visit.id);
    const out = await post(walker.token, `/v1/visits/${visit.id}/check-out`);
    expect(out.statusCode, out.body).toBe(200);
    expect(out.json()).toMatchObject({ visit: { state: 'completed' }, verdict: { verdict: 'kept' } });
    const d = await detail(visit.id);
    expect(d.grantId).toBe(g.id);
    expect(d.verdict.verdict).toBe('kept');
    const kinds = d.timeline.map((e) => e.kind);
    expect(kinds.indexOf('recording.confirmed')).toBeLessThan(kinds.indexOf('lock.unlocked'));
    expect(kinds).toContain('visit.verdict');
    const history = await p.call(p.owner.token, { method: 'GET', url: `/v1/grants/${g.id}/visits` });
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json()).toMatchObject({
      items: [{ visitId: visit.id, state: 'completed', verdict: { verdict: 'kept' } }],
    });
    const byStranger = await p.call(stranger.token, { method: 'GET', url: `/v1/grants/${g.id}/visits` });
    expect(byStranger.statusCode).toBe(404);
    await cameraIdle();
  }, 40_000);

  it('"I can\'t come" tells the customer (an alert and a ledger fact); only the grant\'s workers may say it', async () => {
    const g = await grant();
    const date = localDate(p.clock.now());
    expect((await post(stranger.token, `/v1/grants/${g.id}/cant-come`, { localDate: date })).statusCode).toBe(404);
    expect((await post(p.owner.token, `/v1/grants/${g.id}/cant-come`, { localDate: date })).statusCode).toBe(403);
    const told = await post(walker.token, `/v1/grants/${g.id}/cant-come`, { localDate: date, note: 'Flu' });
    expect(told.statusCode, told.body).toBe(201);
    const alerts = await p.call(p.owner.token, { method: 'GET', url: `/v1/homes/${p.owner.homeId}/alerts` });
    expect((alerts.json() as { items: { kind: string; message: string }[] }).items).toContainEqual(
      expect.objectContaining({
        kind: 'worker_cant_come',
        message: `The worker cannot come for the window of ${date}: Flu`,
      }),
    );
    const ledger = await p.call(p.owner.token, {
      method: 'GET',
      url: `/v1/homes/${p.owner.homeId}/ledger?limit=500`,
    });
    const facts = (ledger.json() as { items: { kind: string; subject: string }[] }).items;
    expect(facts.filter((f) => f.kind === 'grant.cant_come').map((f) => f.subject)).toContain(g.id);
    expect((await post(p.owner.token, `/v1/grants/${g.id}/revoke`)).statusCode).toBe(200);
    const late = await post(walker.token, `/v1/grants/${g.id}/cant-come`, { localDate: date });
    expect(late.statusCode).toBe(409);
  }, 20_000);

  it('two entries in one window are one visit with two unlock/relock cycles, each recorded', async () => {
    const g = await grant();
    const { visit } = (await checkIn(walker.token, g.id)).json() as { visit: VisitBody };
    await passage(walker.token, visit.id);
    await passage(walker.token, visit.id);
    const out = await post(walker.token, `/v1/visits/${visit.id}/check-out`);
    expect(out.json()).toMatchObject({ visit: { state: 'completed' }, verdict: { verdict: 'kept' } });
    const d = await detail(visit.id);
    const count = (kind: string) => d.timeline.filter((e) => e.kind === kind).length;
    expect([
      count('recording.confirmed'),
      count('capability.issued'),
      count('lock.unlocked'),
      count('lock.relocked'),
    ]).toEqual([2, 2, 2, 2]);
    const relocked = d.verdict.expectations.find((e) => e.name === 'door_relocked')!;
    expect(relocked.evidence.passages).toHaveLength(2);
    await cameraIdle();
  }, 40_000);

  it('the door must be relocked before check-out', async () => {
    const g = await grant();
    const { visit } = (await checkIn(walker.token, g.id)).json() as { visit: VisitBody };
    expect((await post(walker.token, `/v1/visits/${visit.id}/unlock`)).json()).toMatchObject({ unlocked: true });
    const early = await post(walker.token, `/v1/visits/${visit.id}/check-out`);
    expect(early.statusCode).toBe(409);
    p.lock.openDoor();
    await waitState(visit.id, 'door_opened');
    p.lock.closeDoor();
    await waitState(visit.id, 'relocked');
    expect((await post(walker.token, `/v1/visits/${visit.id}/check-out`)).statusCode).toBe(200);
    await cameraIdle();
  }, 40_000);

  it('denies with the check named, and the lock never moves', async () => {
    const now = p.clock.now();
    const soon = await grant({ kind: 'once', start: iso(now + 60_000), end: iso(now + 3_600_000) });
    await refused(walker.token, soon.id, 'within_window');
    const today = localDate(now);
    const exdated = await grant(daily({ exdates: [today] }));
    await refused(walker.token, exdated.id, 'within_window');
    const paused = await grant();
    expect((await post(p.owner.token, `/v1/grants/${paused.id}/pause`)).json()).toMatchObject({ status: 'paused' });
    await refused(walker.token, paused.id, 'grant_active');
    const revoked = await grant();
    expect((await post(p.owner.token, `/v1/grants/${revoked.id}/revoke`)).json()).toMatchObject({ status: 'revoked' });
    const gone = await refused(walker.token, revoked.id, 'grant_active');
    expect(gone.statusCode).toBe(409);
    expect(gone.json()).toMatchObject({ reason: 'grant_revoked' });
    const open = await grant();
    // At another home: 500 m away.
    await refused(walker.token, open.id, 'within_geofence', { ...AT_DOOR, lat: AT_DOOR.lat + 0.0045 });
    // A worker of another provider is told the grant does not exist, and which check that is.
    const other = await refused(stranger.token, open.id, 'person_assigned');
    expect(other.statusCode).toBe(404);
    // A grant to one named worker: a colleague of the same provider is refused by name.
    const named = await grant(daily(), { kind: 'provider', organisationId: providerId, workerId: walker.userId });
    await refused(colleague.token, named.id, 'person_assigned');
  }, 60_000);

  it('an overstay alerts the customer and the provider, and the verdict names the broken expectation', async () => {
    const now = p.clock.now();
    const g = await grant({ kind: 'once', start: iso(now - 600_000), end: iso(now + 120_000) });
    const { visit } = (await checkIn(walker.token, g.id)).json() as { visit: VisitBody };
    await passage(walker.token, visit.id);
    await cameraIdle();
    p.clock.advance(180_000);
    const alerts = async () => {
      const res = await p.call(p.owner.token, { method: 'GET', url: `/v1/homes/${p.owner.homeId}/alerts?limit=100` });
      return (res.json() as { items: { kind: string; visitId: string | null }[] }).items;
    };
    await until(
      async () => (await alerts()).some((a) => a.kind === 'worker_overstay' && a.visitId === visit.id),
      'overstay alert',
    );
    const provided = await p.call(admin, { method: 'GET', url: `/v1/organisations/${providerId}/alerts` });
    expect((provided.json() as { items: { visitId: string; kind: string }[] }).items).toContainEqual(
      expect.objectContaining({ visitId: visit.id, kind: 'worker_overstay' }),
    );
    const out = await post(walker.token, `/v1/visits/${visit.id}/check-out`);
    const verdict = (out.json() as { verdict: { verdict: string; expectations: { name: string; outcome: string }[] } })
      .verdict;
    expect(verdict.verdict).toBe('broken');
    expect(verdict.expectations.filter((e) => e.outcome === 'broken').map((e) => e.name)).toEqual(['in_window']);
  }, 40_000);

  const leftover = (visitId: string) =>
    issueCapability(p.gateway.keys().signer, {
      lock: p.lock.id,
      visit: visitId,
      nonce: newNonce(),
      nowMs: p.clock.now(),
      ttlSeconds: 60,
    });
  const setLockOffline = async (off: boolean) => {
    p.lock.faults.set({ offline: off });
    await until(async () => (await p.gateway.isOnline(p.lock.id)) === !off, off ? 'lock offline' : 'lock online');
  };

  it('revoking ends the visit: the online lock is told, no new capability, no re-entry', async () => {
    const g = await grant();
    const { visit } = (await checkIn(walker.token, g.id)).json() as { visit: VisitBody };
    await passage(walker.token, visit.id);
    const revoke = await post(p.owner.token, `/v1/grants/${g.id}/revoke`);
    expect(revoke.json()).toMatchObject({ status: 'revoked' });
    const d = await detail(visit.id);
    expect(d.state).toBe('aborted');
    expect(d.timeline.map((e) => e.kind)).toContain('capability.revoked');
    const online = await p.gateway.sendCommand(p.lock.id, 'unlock', { capability: await leftover(visit.id) });
    expect(online.ok ? 'ok' : online.ack?.reason).toBe('superseded');
    expect((await post(walker.token, `/v1/visits/${visit.id}/unlock`)).statusCode).toBe(409);
    expect((await checkIn(walker.token, g.id)).json()).toMatchObject({ reason: 'grant_revoked' });
    const ledger = await p.call(p.owner.token, { method: 'GET', url: `/v1/homes/${p.owner.homeId}/ledger?limit=500` });
    const facts = (ledger.json() as { items: { kind: string; subject: string }[] }).items.filter(
      (e) => e.subject === g.id,
    );
    expect(facts.map((e) => e.kind)).toEqual(['grant.created', 'grant.revoked']);
    expect(p.lock.state().bolt).toBe('locked');
    await cameraIdle();
  }, 40_000);

  it('a capability issued just before the revoke: an offline lock refuses it once expired (TTL + skew)', async () => {
    const g = await grant();
    const { visit } = (await checkIn(walker.token, g.id)).json() as { visit: VisitBody };
    await setLockOffline(true);
    expect((await post(walker.token, `/v1/visits/${visit.id}/unlock`)).json()).toMatchObject({
      lockUnreachable: true,
    });
    const cap = await post(walker.token, `/v1/visits/${visit.id}/capability`);
    expect(cap.statusCode).toBe(200);
    const { capability, expiresAt } = cap.json() as { capability: string; expiresAt: string };
    expect((await post(p.owner.token, `/v1/grants/${g.id}/revoke`)).statusCode).toBe(200);
    expect((await detail(visit.id)).state).toBe('aborted');
    expect((await post(walker.token, `/v1/visits/${visit.id}/capability`)).statusCode).toBe(409);
    // docs/grants.md "Revoking": the capability's validity plus the lock's clock tolerance bound what it honours.
    p.clock.advance(Date.parse(expiresAt) - p.clock.now() + 60_000 + 1000);
    const offline = await p.lock.presentCapability(capability);
    expect(offline.ok ? 'ok' : offline.error).toBe('expired');
    expect(p.lock.state().bolt).toBe('locked');
    await setLockOffline(false);
    await cameraIdle();
  }, 40_000);

  it('a person invited by email checks in only once they accepted', async () => {
    const neighbour = await customer(p.app, 'neighbour');
    const g = await grant(daily(), { kind: 'person', email: neighbour.email });
    expect(g.status).toBe('pending');
    const pending = await checkIn(neighbour.token, g.id);
    expect((pending.json() as { visit: VisitBody }).visit.state).toBe('denied');
    const visitId = (pending.json() as { visit: VisitBody }).visit.id;
    expect((await post(neighbour.token, `/v1/visits/${visitId}/check-out`)).statusCode).toBe(200);
    expect((await post(p.owner.token, `/v1/grants/${g.id}/accept`)).statusCode).toBe(403);
    expect((await post(neighbour.token, `/v1/grants/${g.id}/accept`)).json()).toMatchObject({ status: 'active' });
    const res = await checkIn(neighbour.token, g.id);
    const { visit } = res.json() as { visit: VisitBody };
    expect(visit.state).toBe('arrived');
    expect((await post(neighbour.token, `/v1/visits/${visit.id}/check-out`)).statusCode).toBe(200);
  }, 30_000);

  it('an edit is a new version, and the ledger keeps both', async () => {
    const g = await grant();
    const edited = await p.call(p.owner.token, {
      method: 'PATCH',
      url: `/v1/grants/${g.id}`,
      payload: { maxVisitMinutes: 45 },
    });
    expect(edited.json()).toMatchObject({ version: 2, maxVisitMinutes: 45 });
    const one = await p.call(walker.token, { method: 'GET', url: `/v1/grants/${g.id}` });
    const versions = (one.json() as { versions: { version: number; terms: { maxVisitMinutes: number } }[] }).versions;
    expect(versions.map((v) => [v.version, v.terms.maxVisitMinutes])).toEqual([
      [1, 60],
      [2, 45],
    ]);
    const byWorker = await p.call(walker.token, {
      method: 'PATCH',
      url: `/v1/grants/${g.id}`,
      payload: { notes: 'x' },
    });
    expect(byWorker.statusCode).toBe(403);
  }, 20_000);
});
