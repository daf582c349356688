import { expect, it } from 'vitest';
import { aHome, call, customer, expectProblem, testApp } from './support/app.js';
import { describeEachDialect, rowCounts } from './support/stores.js';

describeEachDialect('http homes', (getStore) => {
  it('creates, reads, lists, updates a home, with members and access points', async () => {
    const { app, clock } = await testApp(getStore());
    const owner = await customer(app, 'owner');
    const resident = await customer(app, 'resident');
    const created = await call(app, owner.token, {
      method: 'POST',
      url: '/v1/homes',
      payload: { ...aHome, country: 'nl' },
    });
    expect(created.statusCode).toBe(201);
    const home = created.json();
    expect(home).toEqual({
      id: expect.stringMatching(/^home_/),
      ...aHome,
      addressLine2: null,
      country: 'NL',
      createdAt: '2026-11-25T09:00:00.000Z',
      updatedAt: '2026-11-25T09:00:00.000Z',
    });
    expect((await call(app, owner.token, { method: 'GET', url: `/v1/homes/${home.id}` })).json()).toEqual(home);

    clock.advance(60_000);
    const patched = await call(app, owner.token, {
      method: 'PATCH',
      url: `/v1/homes/${home.id}`,
      payload: { geofenceRadiusM: 120, timeZone: 'America/New_York', addressLine2: 'Apt 3' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      geofenceRadiusM: 120,
      timeZone: 'America/New_York',
      addressLine2: 'Apt 3',
      name: 'Home',
      updatedAt: '2026-11-25T09:01:00.000Z',
    });
    expect((await call(app, owner.token, { method: 'GET', url: `/v1/homes/${home.id}` })).json()).toEqual(
      patched.json(),
    );

    const added = await call(app, owner.token, {
      method: 'POST',
      url: `/v1/homes/${home.id}/members`,
      payload: { email: resident.email, role: 'resident' },
    });
    expect(added.statusCode).toBe(201);
    // Invited, not yet a member: the home stays hidden from the resident until they accept.
    expectProblem(
      await call(app, resident.token, { method: 'GET', url: `/v1/homes/${home.id}/members` }),
      404,
      'not-found',
    );
    const accept = { method: 'POST' as const, url: `/v1/me/invitations/${added.json().id}/accept` };
    expect((await call(app, resident.token, accept)).statusCode).toBe(200);
    const members = await call(app, resident.token, { method: 'GET', url: `/v1/homes/${home.id}/members` });
    expect(members.json().items.map((m: { role: string }) => m.role)).toEqual(['owner', 'resident']);
    // A resident sees the home but may not change it: 403 names the reason.
    const refused = await call(app, resident.token, {
      method: 'PATCH',
      url: `/v1/homes/${home.id}`,
      payload: { name: 'Mine' },
    });
    expectProblem(refused, 403, 'forbidden');
    expect(refused.json().detail).toBe('only an owner of the home may change');

    const door = await call(app, owner.token, {
      method: 'POST',
      url: `/v1/homes/${home.id}/access-points`,
      payload: { kind: 'front_door', name: 'Front door' },
    });
    expect(door.statusCode).toBe(201);
    const doorId = door.json().id;
    const renamed = await call(app, owner.token, {
      method: 'PATCH',
      url: `/v1/homes/${home.id}/access-points/${doorId}`,
      payload: { name: 'Main' },
    });
    expect(renamed.json()).toMatchObject({ id: doorId, homeId: home.id, kind: 'front_door', name: 'Main' });
    const listed = await call(app, resident.token, { method: 'GET', url: `/v1/homes/${home.id}/access-points` });
    expect(listed.json().items).toEqual([renamed.json()]);
    expectProblem(
      await call(app, resident.token, { method: 'DELETE', url: `/v1/homes/${home.id}/access-points/${doorId}` }),
      403,
      'forbidden',
    );
    expect(
      (await call(app, owner.token, { method: 'DELETE', url: `/v1/homes/${home.id}/access-points/${doorId}` }))
        .statusCode,
    ).toBe(204);
    expectProblem(
      await call(app, owner.token, { method: 'DELETE', url: `/v1/homes/${home.id}/access-points/${doorId}` }),
      404,
      'not-found',
    );
    await app.close();
  });

  it('lists only the caller’s homes, page by page', async () => {
    const { app } = await testApp(getStore());
    const a = await customer(app, 'pa');
    const b = await customer(app, 'pb');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(
        (await call(app, a.token, { method: 'POST', url: '/v1/homes', payload: { ...aHome, name: `A${i}` } })).json()
          .id,
      );
    }
    await call(app, b.token, { method: 'POST', url: '/v1/homes', payload: aHome });
    const first = await call(app, a.token, { method: 'GET', url: '/v1/homes?limit=2' });
    expect(first.json().items).toHaveLength(2);
    const second = await call(app, a.token, {
      method: 'GET',
      url: `/v1/homes?limit=2&after=${first.json().nextCursor}`,
    });
    expect(second.json().nextCursor).toBeNull();
    const seen = [...first.json().items, ...second.json().items].map((h: { id: string }) => h.id);
    expect(seen.sort()).toEqual(ids.sort());
    expectProblem(await call(app, a.token, { method: 'GET', url: '/v1/homes?limit=0' }), 400, 'validation');
    expectProblem(await app.inject({ method: 'GET', url: '/v1/homes' }), 401, 'unauthenticated');
    await app.close();
  });

  it('refuses an unknown time zone with the failing field and stores nothing', async () => {
    const { app } = await testApp(getStore());
    const a = await customer(app, 'tz');
    const before = await rowCounts(getStore());
    const res = await call(app, a.token, {
      method: 'POST',
      url: '/v1/homes',
      payload: { ...aHome, timeZone: 'Europe/Atlantis' },
    });
    expectProblem(res, 400, 'validation');
    expect(res.json().field).toBe('body.timeZone');
    const radius = await call(app, a.token, {
      method: 'POST',
      url: '/v1/homes',
      payload: { ...aHome, geofenceRadiusM: 1000 },
    });
    expectProblem(radius, 400, 'validation');
    expect(radius.json().field).toBe('body.geofenceRadiusM');
    expect(await rowCounts(getStore())).toEqual(before);
    await app.close();
  });

  it('replays a retried create with the same Idempotency-Key, and refuses the key with another body', async () => {
    const { app } = await testApp(getStore());
    const a = await customer(app, 'idem');
    const send = (payload: object) =>
      call(app, a.token, {
        method: 'POST',
        url: '/v1/homes',
        payload,
        headers: { 'idempotency-key': 'create-home-1' },
      });
    const first = await send(aHome);
    const again = await send(aHome);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await call(app, a.token, { method: 'GET', url: '/v1/homes' })).json().items).toHaveLength(1);
    expectProblem(await send({ ...aHome, name: 'Other' }), 409, 'idempotency-mismatch');
    // Another caller's identical key is a different key.
    const b = await customer(app, 'idem-b');
    const theirs = await call(app, b.token, {
      method: 'POST',
      url: '/v1/homes',
      payload: aHome,
      headers: { 'idempotency-key': 'create-home-1' },
    });
    expect(theirs.json().id).not.toBe(first.json().id);
    await app.close();
  });
});
