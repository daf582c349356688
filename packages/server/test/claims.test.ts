import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyHomeLedger } from '../src/services/ledger.js';
import { grantStaff } from '../src/services/staff.js';
import { listLedger } from '../src/store/ledger-repo.js';
import { type Account, aHome, customer, expectProblem } from './support/app.js';
import { type Platform, startPlatform } from './support/platform.js';
import { until } from './support/raw-device.js';
import { describeEachDialect } from './support/stores.js';

// Claims end to end (docs/claims.md): a delivered visit, the customer's claim with a photo, support who can watch the
// clip only once the claim is theirs, the decision, and everyone told; every step in the home's ledger.

const AT_DOOR = { lat: aHome.lat, lon: aHome.lon, accuracyMeters: 8 };
const iso = (ms: number) => new Date(ms).toISOString();
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(600, 7)]);

/** A multipart/form-data body with one file part per buffer. */
export function multipartBody(files: { name: string; type: string; bytes: Buffer }[]) {
  const boundary = `----threshold${Math.random().toString(36).slice(2)}`;
  const parts = files.map((f) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="${f.name}"\r\n` +
          `Content-Type: ${f.type}\r\n\r\n`,
      ),
      f.bytes,
      Buffer.from('\r\n'),
    ]),
  );
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describeEachDialect('claims end to end', (getStore) => {
  let p: Platform;
  let support: Account;
  let visitId: string;
  let clipUrl: string;

  /** A delivery made inside and completed, with its clip stored. */
  async function deliveredVisit(): Promise<string> {
    const window = { start: iso(p.clock.now() - 600_000), end: iso(p.clock.now() + 7_200_000) };
    const booked = await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: '/v1/deliveries',
      payload: { homeId: p.owner.homeId, externalId: `parcel-${Math.random()}`, window },
    });
    const deliveryId = (booked.json() as { id: string }).id;
    const assign = { courierId: p.courier.userId };
    await p.call(p.carrier.apiKey, { method: 'POST', url: `/v1/deliveries/${deliveryId}/assign`, payload: assign });
    const arrived = await p.call(p.courier.token, {
      method: 'POST',
      url: `/v1/deliveries/${deliveryId}/arrive`,
      payload: { position: AT_DOOR },
    });
    const id = (arrived.json() as { visit: { id: string } }).visit.id;
    const step = (action: string) => p.call(p.courier.token, { method: 'POST', url: `/v1/visits/${id}/${action}` });
    expect((await step('unlock')).statusCode).toBe(200);
    p.lock.openDoor();
    await until(async () => (await visit(id)).state === 'door_opened', 'door opened');
    p.lock.closeDoor();
    await until(async () => (await visit(id)).state === 'relocked', 'relocked');
    expect((await step('complete')).statusCode).toBe(200);
    await until(async () => (await visit(id)).clips.length === 1, 'clip stored', 15_000);
    return id;
  }

  const visit = async (id: string) =>
    (await p.call(p.owner.token, { method: 'GET', url: `/v1/visits/${id}` })).json() as {
      state: string;
      clips: { url: string }[];
      clipViews: { by: string; claimId: string | null; at: string }[];
    };
  const ledgerKinds = async () => (await listLedger(p.store.db, p.owner.homeId, { limit: 1000 })).map((e) => e.kind);

  beforeAll(async () => {
    p = await startPlatform(getStore());
    support = await customer(p.app, 'support');
    expect((await grantStaff({ db: p.store.db, clock: p.clock }, support.email, 'support')).ok).toBe(true);
    visitId = await deliveredVisit();
    clipUrl = (await visit(visitId)).clips[0]!.url;
  }, 60_000);
  afterAll(async () => {
    await p?.close();
  });

  it('files a claim with a photo; support watches the clip only once assigned; the decision reaches everyone', async () => {
    const alerts = await p.call(p.owner.token, { method: 'GET', url: `/v1/homes/${p.owner.homeId}/alerts` });
    const visitAlert = (alerts.json() as { items: { id: string; visitId: string | null }[] }).items.find(
      (a) => a.visitId === visitId,
    )!;
    const opened = await p.call(p.owner.token, {
      method: 'POST',
      url: `/v1/visits/${visitId}/claims`,
      payload: { kind: 'damage', description: 'The vase in the hall is broken', alertIds: [visitAlert.id] },
    });
    expect(opened.statusCode).toBe(201);
    const claim = opened.json() as { id: string; state: string; evidence: { toSeq: number }; alertIds: string[] };
    expect(claim).toMatchObject({ state: 'open', alertIds: [visitAlert.id] });
    expect(claim.evidence.toSeq).toBeGreaterThan(0);

    const photo = await p.call(p.owner.token, {
      method: 'POST',
      url: `/v1/claims/${claim.id}/photos`,
      ...multipartBody([{ name: 'vase.jpg', type: 'image/jpeg', bytes: JPEG }]),
    });
    expect(photo.statusCode).toBe(200);
    const photoUrl = (photo.json() as { photos: { url: string; contentType: string }[] }).photos[0]!;
    expect(photoUrl.contentType).toBe('image/jpeg');
    const served = await p.call(p.owner.token, { method: 'GET', url: photoUrl.url });
    expect(served.rawPayload.equals(JPEG)).toBe(true);

    // Support sees the claim in the queue, but not the clip: no purpose yet. The refusal is on the customer's ledger.
    const queue = await p.call(support.token, { method: 'GET', url: '/v1/support/claims?state=open' });
    expect((queue.json() as { items: { id: string }[] }).items.map((c) => c.id)).toContain(claim.id);
    expectProblem(await p.call(support.token, { method: 'GET', url: clipUrl }), 403, 'purpose-required');
    expect(await ledgerKinds()).toContain('clip.view_refused');
    const evidenceUrl = `/v1/visits/${visitId}/evidence`;
    expectProblem(await p.call(support.token, { method: 'GET', url: evidenceUrl }), 403, 'forbidden');
    expect((await visit(visitId)).clipViews.filter((v) => v.by === 'Support')).toEqual([]);

    const assigned = await p.call(support.token, { method: 'POST', url: `/v1/claims/${claim.id}/assign` });
    expect(assigned.json()).toMatchObject({ state: 'in_review', assignedToYou: true });
    const watched = await p.call(support.token, { method: 'GET', url: clipUrl });
    expect(watched.statusCode).toBe(200);
    expect((await p.call(support.token, { method: 'GET', url: evidenceUrl })).statusCode).toBe(200);
    const evidenceLook = (await listLedger(p.store.db, p.owner.homeId, { limit: 1000 })).find(
      (e) => e.kind === 'evidence.viewed',
    );
    expect(evidenceLook?.data.viewer).toEqual({ userId: support.userId, as: 'staff', claimId: claim.id });
    const views = (await visit(visitId)).clipViews.filter((v) => v.by === 'Support');
    expect(views).toEqual([
      { by: 'Support', clipId: expect.any(String), claimId: claim.id, consentId: null, at: expect.any(String) },
    ]);

    const decided = await p.call(support.token, {
      method: 'POST',
      url: `/v1/claims/${claim.id}/decision`,
      payload: { outcome: 'upheld', amount: { currency: 'EUR', minor: 4500 } },
    });
    expect(decided.json()).toMatchObject({ state: 'resolved', resolution: { outcome: 'upheld' } });

    // The customer is told (alerts of the home), and so is the carrier (its admin and its API key read the claim).
    const told = await p.call(p.owner.token, { method: 'GET', url: `/v1/homes/${p.owner.homeId}/alerts` });
    const kinds = (told.json() as { items: { kind: string }[] }).items.map((a) => a.kind);
    expect(kinds).toEqual(expect.arrayContaining(['claim_opened', 'claim_assigned', 'claim_resolved']));
    for (const carrier of [p.carrier.adminToken, p.carrier.apiKey]) {
      const read = await p.call(carrier, { method: 'GET', url: `/v1/claims/${claim.id}` });
      expect(read.statusCode).toBe(200);
      const notices = (read.json() as { notices: { kind: string }[] }).notices.map((n) => n.kind);
      expect(notices).toEqual(['claim.opened', 'claim.photo_added', 'claim.assigned', 'claim.resolved']);
    }
    const answer = await p.call(p.carrier.apiKey, {
      method: 'POST',
      url: `/v1/claims/${claim.id}/messages`,
      payload: { body: 'Our courier reports the vase was already cracked.' },
    });
    expect(answer.statusCode).toBe(200);
    const closed = await p.call(support.token, { method: 'POST', url: `/v1/claims/${claim.id}/close` });
    expect(closed.json()).toMatchObject({ state: 'closed' });

    expect(await verifyHomeLedger(p.store.db, p.owner.homeId)).toMatchObject({ ok: true });
    const ledger = await ledgerKinds();
    for (const kind of [
      'claim.opened',
      'claim.photo_added',
      'clip.view_refused',
      'claim.assigned',
      'clip.viewed',
      'claim.resolved',
      'claim.message',
      'claim.closed',
    ])
      expect(ledger).toContain(kind);
    // A closed claim ends the access it gave.
    expectProblem(await p.call(support.token, { method: 'GET', url: clipUrl }), 403, 'purpose-required');
  }, 60_000);

  it("ends support access when it expires; the owner's consent opens it again; others are refused and change nothing", async () => {
    const opened = await p.call(p.owner.token, {
      method: 'POST',
      url: `/v1/visits/${visitId}/claims`,
      payload: { kind: 'missing_item', description: 'One of two parcels is missing' },
    });
    const claimId = (opened.json() as { id: string }).id;
    const post = (who: string, action: string, payload?: object) =>
      p.call(who, { method: 'POST', url: `/v1/claims/${claimId}/${action}`, ...(payload ? { payload } : {}) });
    expect((await post(support.token, 'assign')).statusCode).toBe(200);
    expect((await p.call(support.token, { method: 'GET', url: clipUrl })).statusCode).toBe(200);
    p.clock.advance(24 * 3_600_000 + 1000);
    expectProblem(await p.call(support.token, { method: 'GET', url: clipUrl }), 403, 'purpose-required');

    // Taking the claim again renews the access; asking the customer and their answer move it back to the queue.
    expect((await post(support.token, 'assign')).statusCode).toBe(200);
    expect((await post(support.token, 'request-info', { body: 'Which parcel?' })).json()).toMatchObject({
      state: 'needs_info',
    });
    expect((await post(p.owner.token, 'messages', { body: 'The blue one' })).json()).toMatchObject({ state: 'open' });
    p.clock.advance(24 * 3_600_000 + 1000);
    expectProblem(await p.call(support.token, { method: 'GET', url: clipUrl }), 403, 'purpose-required');
    const consent = await p.call(p.owner.token, {
      method: 'POST',
      url: `/v1/visits/${visitId}/support-consent`,
      payload: { hours: 1 },
    });
    expect(consent.statusCode).toBe(201);
    const consentId = (consent.json() as { id: string }).id;
    expect((await p.call(support.token, { method: 'GET', url: clipUrl })).statusCode).toBe(200);
    expect((await visit(visitId)).clipViews).toContainEqual(expect.objectContaining({ by: 'Support', consentId }));

    // Another carrier, another home's customer, the customer acting as support, support opening a claim.
    const other = await customer(p.app, 'other-carrier');
    const org = await p.call(other.token, {
      method: 'POST',
      url: '/v1/organisations',
      payload: { name: 'Other Parcel Co', kind: 'carrier' },
    });
    const orgId = (org.json() as { id: string }).id;
    const key = await p.call(other.token, {
      method: 'POST',
      url: `/v1/organisations/${orgId}/api-keys`,
      payload: { name: 'other', scopes: ['deliveries:read', 'deliveries:write'] },
    });
    const otherKey = (key.json() as { secret: string }).secret;
    const stranger = await customer(p.app, 'stranger');
    await p.call(stranger.token, { method: 'POST', url: '/v1/homes', payload: aHome });
    const before = {
      claim: await p.store.db.selectFrom('claims').selectAll().where('id', '=', claimId).executeTakeFirst(),
      ledger: (await ledgerKinds()).length,
      claims: (await p.store.db.selectFrom('claims').select('id').execute()).length,
    };
    for (const who of [other.token, otherKey, stranger.token]) {
      expectProblem(await p.call(who, { method: 'GET', url: `/v1/claims/${claimId}` }), 404, 'not-found');
      expectProblem(await post(who, 'messages', { body: 'Let me see' }), 404, 'not-found');
    }
    expectProblem(
      await p.call(stranger.token, { method: 'GET', url: `/v1/homes/${p.owner.homeId}/claims` }),
      404,
      'not-found',
    );
    expectProblem(await post(p.owner.token, 'assign'), 403, 'forbidden');
    expectProblem(
      await post(p.owner.token, 'decision', { outcome: 'upheld', amount: { currency: 'EUR', minor: 1 } }),
      403,
      'forbidden',
    );
    expectProblem(await post(p.carrier.apiKey, 'decision', { outcome: 'rejected', reason: 'no' }), 403, 'forbidden');
    expectProblem(
      await p.call(support.token, {
        method: 'POST',
        url: `/v1/visits/${visitId}/claims`,
        payload: { kind: 'other', description: 'x' },
      }),
      404,
      'not-found',
    );
    expectProblem(
      await p.call(support.token, { method: 'GET', url: `/v1/homes/${p.owner.homeId}/ledger` }),
      404,
      'not-found',
    );
    expect({
      claim: await p.store.db.selectFrom('claims').selectAll().where('id', '=', claimId).executeTakeFirst(),
      ledger: (await ledgerKinds()).length,
      claims: (await p.store.db.selectFrom('claims').select('id').execute()).length,
    }).toEqual(before);
    expect(await verifyHomeLedger(p.store.db, p.owner.homeId)).toMatchObject({ ok: true });
  }, 60_000);

  it('takes photos only from the home, authorised before the body, images only, 5 MiB each', async () => {
    const opened = await p.call(p.owner.token, {
      method: 'POST',
      url: `/v1/visits/${visitId}/claims`,
      payload: { kind: 'other', description: 'Photos' },
    });
    const url = `/v1/claims/${(opened.json() as { id: string }).id}/photos`;
    const big = multipartBody([
      { name: 'big.jpg', type: 'image/jpeg', bytes: Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)]) },
    ]);
    expectProblem(await p.call(p.owner.token, { method: 'POST', url, ...big }), 413, 'payload-too-large');
    // The carrier is refused from the headers alone, before the 5 MiB body would be read.
    expectProblem(await p.call(p.carrier.adminToken, { method: 'POST', url, ...big }), 403, 'forbidden');
    const svg = multipartBody([{ name: 'x.jpg', type: 'image/jpeg', bytes: Buffer.from('<svg/>') }]);
    expectProblem(await p.call(p.owner.token, { method: 'POST', url, ...svg }), 400, 'validation');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);
    const ok = await p.call(p.owner.token, {
      method: 'POST',
      url,
      ...multipartBody([{ name: 'a.png', type: 'application/octet-stream', bytes: png }]),
    });
    expect((ok.json() as { photos: { contentType: string }[] }).photos.map((x) => x.contentType)).toEqual([
      'image/png',
    ]);
  }, 30_000);
});
