import { expect, it } from 'vitest';
import { call, customer, expectProblem, testApp } from './support/app.js';
import { describeEachDialect } from './support/stores.js';

describeEachDialect('http organisations and API keys', (getStore) => {
  it('makes the creator admin, creates courier accounts, and adds people only when they accept', async () => {
    const { app } = await testApp(getStore());
    const admin = await customer(app, 'admin');
    const other = await customer(app, 'other');
    const org = await call(app, admin.token, {
      method: 'POST',
      url: '/v1/organisations',
      payload: { name: 'Parcels', kind: 'carrier' },
    });
    expect(org.statusCode).toBe(201);
    const orgId = org.json().id as string;
    expect(org.json()).toMatchObject({ name: 'Parcels', kind: 'carrier' });
    const members = `/v1/organisations/${orgId}/members`;

    const courier = await call(app, admin.token, {
      method: 'POST',
      url: members,
      payload: {
        email: 'Courier@Example.test',
        role: 'courier',
        account: { name: 'Cora', password: 'a long courier password' },
      },
    });
    expect(courier.statusCode).toBe(201);
    expect(courier.json()).toMatchObject({ email: 'courier@example.test', role: 'courier' });
    const signIn = await app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: { email: 'courier@example.test', password: 'a long courier password' },
    });
    expect(signIn.statusCode).toBe(200);
    const courierToken = signIn.json().token as string;
    const me = await call(app, courierToken, { method: 'GET', url: '/v1/me' });
    expect(me.json().organisations).toEqual([expect.objectContaining({ id: orgId, role: 'courier' })]);

    const invited = await call(app, admin.token, {
      method: 'POST',
      url: members,
      payload: { email: other.email, role: 'member' },
    });
    expect(invited.statusCode).toBe(201);
    const listed = async () => (await call(app, admin.token, { method: 'GET', url: members })).json().items;
    expect(await listed()).toHaveLength(2);
    const mine = (await call(app, other.token, { method: 'GET', url: '/v1/me/invitations' })).json().items;
    expect(mine).toEqual([
      expect.objectContaining({
        id: invited.json().id,
        target: { kind: 'organisation', id: orgId, name: 'Parcels' },
        role: 'member',
        invitedBy: { name: 'Customer admin' },
      }),
    ]);
    const accepted = await call(app, other.token, { method: 'POST', url: `/v1/me/invitations/${mine[0].id}/accept` });
    expect(accepted.json()).toMatchObject({ status: 'accepted', role: 'member' });
    expect((await listed()).find((m: { userId: string }) => m.userId === other.userId)).toMatchObject({
      role: 'member',
      kind: 'customer',
    });
    expectProblem(
      await call(app, admin.token, { method: 'POST', url: members, payload: { email: other.email, role: 'admin' } }),
      409,
      'conflict',
    );
    // A courier sees the organisation and its members but may not add anyone: 403, it already knows the organisation.
    expect((await call(app, courierToken, { method: 'GET', url: members })).json().items).toHaveLength(3);
    expectProblem(
      await call(app, courierToken, {
        method: 'POST',
        url: members,
        payload: { email: 'x@example.test', role: 'admin' },
      }),
      403,
      'forbidden',
    );
    await app.close();
  });

  it('mints a key whose secret is shown once and stored only as a hash, uses it, and revokes it', async () => {
    const { app } = await testApp(getStore());
    const admin = await customer(app, 'keys');
    const orgId = (
      await call(app, admin.token, {
        method: 'POST',
        url: '/v1/organisations',
        payload: { name: 'K', kind: 'carrier' },
      })
    ).json().id;
    const created = await call(app, admin.token, {
      method: 'POST',
      url: `/v1/organisations/${orgId}/api-keys`,
      payload: { name: 'shop', scopes: ['deliveries:write', 'deliveries:read'] },
    });
    expect(created.statusCode).toBe(201);
    const { key, secret } = created.json() as { key: { id: string; prefix: string; scopes: string[] }; secret: string };
    expect(secret).toMatch(/^thk_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(key.prefix)).toBe(true);
    expect(key.scopes).toEqual(['deliveries:read', 'deliveries:write']);

    const rows = await getStore().db.selectFrom('api_keys').selectAll().where('id', '=', key.id).execute();
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(rows[0]!.key_hash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await call(app, admin.token, { method: 'GET', url: `/v1/organisations/${orgId}/api-keys` });
    expect(listed.body).not.toContain(secret);
    expect(listed.json().items).toEqual([expect.objectContaining({ id: key.id, revokedAt: null })]);

    for (const headers of [{ authorization: `ApiKey ${secret}` }, { 'x-api-key': secret }]) {
      const asKey = await app.inject({ method: 'GET', url: `/v1/organisations/${orgId}`, headers });
      expect(asKey.statusCode).toBe(200);
      expect(asKey.json().id).toBe(orgId);
    }
    // A key may not manage keys or people, nor act as a user.
    expectProblem(
      await app.inject({ method: 'GET', url: `/v1/organisations/${orgId}/api-keys`, headers: { 'x-api-key': secret } }),
      403,
      'forbidden',
    );
    expectProblem(
      await app.inject({ method: 'GET', url: '/v1/homes', headers: { 'x-api-key': secret } }),
      403,
      'forbidden',
    );

    const revoked = await call(app, admin.token, {
      method: 'DELETE',
      url: `/v1/organisations/${orgId}/api-keys/${key.id}`,
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).toBe('2026-11-25T09:00:00.000Z');
    expectProblem(
      await app.inject({ method: 'GET', url: `/v1/organisations/${orgId}`, headers: { 'x-api-key': secret } }),
      401,
      'unauthenticated',
    );
    expectProblem(
      await app.inject({ method: 'GET', url: `/v1/organisations/${orgId}`, headers: { 'x-api-key': 'thk_forged' } }),
      401,
      'unauthenticated',
    );
    await app.close();
  });
});
