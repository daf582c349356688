import { expect, it } from 'vitest';
import { runAdminCommand } from '../src/admin/commands.js';
import { INVITATION_TTL_MS } from '../src/services/invitations.js';
import { aHome, call, customer, expectProblem, testApp } from './support/app.js';
import { describeEachDialect, rowCounts } from './support/stores.js';

const password = 'correct horse battery';

describeEachDialect('invitations and platform staff', (getStore) => {
  async function setUp() {
    const t = await testApp(getStore());
    const admin = await customer(t.app, 'admin');
    const org = await call(t.app, admin.token, {
      method: 'POST',
      url: '/v1/organisations',
      payload: { name: 'Parcels', kind: 'carrier' },
    });
    const members = `/v1/organisations/${org.json().id}/members`;
    const invite = (payload: object) => call(t.app, admin.token, { method: 'POST', url: members, payload });
    const memberIds = async () =>
      (await call(t.app, admin.token, { method: 'GET', url: members }))
        .json()
        .items.map((m: { userId: string }) => m.userId);
    return { ...t, admin, members, invite, memberIds };
  }

  /** What an inviter could compare between two answers: everything but the id and the email it sent. */
  const comparable = (res: { statusCode: number; json(): Record<string, unknown> }) => {
    const { id, email, ...rest } = res.json();
    return { status: res.statusCode, keys: Object.keys(res.json()).sort(), rest, idShape: String(id).slice(0, 4) };
  };

  it('answers an invitation identically whether or not the email has an account, and joins nobody', async () => {
    const { app, invite, memberIds } = await setUp();
    const existing = await customer(app, 'existing');
    const before = await memberIds();
    const toAccount = await invite({ email: existing.email, role: 'member' });
    const toNobody = await invite({ email: 'nobody-here@example.test', role: 'member' });
    expect(comparable(toAccount)).toEqual(comparable(toNobody));
    expect(toAccount.statusCode).toBe(201);
    // With `account`: a new courier is created; an existing account is invited instead, with the same answer, and
    // neither its password nor its kind changes.
    const fresh = await invite({ email: 'fresh@example.test', role: 'courier', account: { name: 'F', password } });
    const taken = await invite({
      email: existing.email,
      role: 'courier',
      account: { name: 'X', password: 'another password 1' },
    });
    expect(comparable(taken)).toEqual(comparable(fresh));
    const asExisting = await app.inject({
      method: 'POST',
      url: '/v1/auth/sign-in',
      payload: { email: existing.email, password: 'another password 1' },
    });
    expect(asExisting.statusCode).toBe(401);
    const me = await call(app, existing.token, { method: 'GET', url: '/v1/me' });
    expect(me.json()).toMatchObject({ user: { kind: 'customer' }, organisations: [] });
    // Only the fresh courier joined.
    expect((await memberIds()).length).toBe(before.length + 1);
    // The existing account sees both invitations; nobody can accept for it.
    const mine = (await call(app, existing.token, { method: 'GET', url: '/v1/me/invitations' })).json().items;
    expect(mine.map((i: { role: string }) => i.role).sort()).toEqual(['courier', 'member']);
    // Whatever the password rules think of a password, they think it of a taken email and a free one alike.
    const weak = { name: 'W', password: 'aaaaaaaaaaaa' };
    const weakTaken = await invite({ email: existing.email, role: 'worker', account: weak });
    const weakFree = await invite({ email: 'weak-free@example.test', role: 'worker', account: weak });
    expect(weakTaken.statusCode).toBe(weakFree.statusCode);
    if (weakFree.statusCode === 201) expect(comparable(weakTaken)).toEqual(comparable(weakFree));
    else expect(weakTaken.json()).toEqual(weakFree.json());
    await app.close();
  });

  it('an invitation is the invitee’s alone: accept once, decline, expiry, and a later sign-up sees nothing', async () => {
    const { app, clock, invite, memberIds } = await setUp();
    const [ana, bo, cy] = [await customer(app, 'ana'), await customer(app, 'bo'), await customer(app, 'cy')];
    const forAna = (await invite({ email: ana.email, role: 'admin' })).json().id as string;
    const forBo = (await invite({ email: bo.email, role: 'member' })).json().id as string;
    const forCy = (await invite({ email: cy.email, role: 'member' })).json().id as string;
    const answer = (token: string, id: string, verb: string) =>
      call(app, token, { method: 'POST', url: `/v1/me/invitations/${id}/${verb}` });

    expectProblem(await answer(bo.token, forAna, 'accept'), 404, 'not-found');
    expect((await answer(ana.token, forAna, 'accept')).json()).toMatchObject({ status: 'accepted', role: 'admin' });
    expectProblem(await answer(ana.token, forAna, 'accept'), 409, 'conflict');
    expect((await answer(bo.token, forBo, 'decline')).json()).toMatchObject({ status: 'declined' });
    expectProblem(await answer(bo.token, forBo, 'accept'), 409, 'conflict');
    expect(await memberIds()).not.toContain(bo.userId);
    expect(await memberIds()).toContain(ana.userId);

    clock.advance(INVITATION_TTL_MS + 1);
    expect((await call(app, cy.token, { method: 'GET', url: '/v1/me/invitations' })).json().items).toEqual([]);
    expectProblem(await answer(cy.token, forCy, 'accept'), 409, 'conflict');
    expect(await memberIds()).not.toContain(cy.userId);

    // Invited before the account existed: the invitation belongs to no account, so whoever signs up later with that
    // email cannot take it (emails are not verified).
    await invite({ email: 'later@example.test', role: 'admin' });
    const later = await app.inject({
      method: 'POST',
      url: '/v1/auth/sign-up',
      payload: { email: 'later@example.test', name: 'L', password },
    });
    const laterToken = later.json().token as string;
    expect((await call(app, laterToken, { method: 'GET', url: '/v1/me/invitations' })).json().items).toEqual([]);
    await app.close();
  });

  it('a home member joins only by accepting, and an unknown email is answered the same', async () => {
    const { app } = await setUp();
    const owner = await customer(app, 'owner');
    const home = (await call(app, owner.token, { method: 'POST', url: '/v1/homes', payload: aHome })).json();
    const friend = await customer(app, 'friend');
    const invite = (email: string) =>
      call(app, owner.token, {
        method: 'POST',
        url: `/v1/homes/${home.id}/members`,
        payload: { email, role: 'owner' },
      });
    const known = await invite(friend.email);
    const unknown = await invite('stranger@example.test');
    expect(comparable(known)).toEqual(comparable(unknown));
    expectProblem(await call(app, friend.token, { method: 'GET', url: `/v1/homes/${home.id}` }), 404, 'not-found');
    const accepted = await call(app, friend.token, {
      method: 'POST',
      url: `/v1/me/invitations/${known.json().id}/accept`,
    });
    expect(accepted.statusCode).toBe(200);
    expect((await call(app, friend.token, { method: 'GET', url: `/v1/homes/${home.id}` })).statusCode).toBe(200);
    await app.close();
  });

  it('makes platform staff only by the server command, which changes nothing else', async () => {
    const { app, clock } = await setUp();
    const person = await customer(app, 'staff');
    const deps = { db: getStore().db, clock };
    const run = (...argv: string[]) => runAdminCommand(deps, argv);
    const before = await rowCounts(getStore());
    expect(await run('staff', 'grant', '--email', person.email, '--role', 'support')).toMatchObject({ code: 0 });
    expect(await run('staff', 'grant', '--email', person.email.toUpperCase(), '--role', 'admin')).toMatchObject({
      code: 0,
    });
    const listed = await run('staff', 'list');
    expect(listed.lines).toEqual([expect.stringMatching(new RegExp(`^${person.email}\\tadmin\\tgranted .* by cli$`))]);
    expect(await rowCounts(getStore())).toEqual({ ...before, platform_staff: before.platform_staff! + 1 });
    expect(await run('staff', 'grant', '--email', 'ghost@example.test', '--role', 'support')).toMatchObject({
      code: 1,
    });
    expect(await run('staff', 'grant', '--email', person.email, '--role', 'root')).toMatchObject({ code: 2 });
    expect(await run('staff', 'grant', '--email', person.email, '--nope')).toMatchObject({ code: 2 });
    expect(await run('staff', 'revoke', '--email', person.email)).toMatchObject({ code: 0 });
    expect(await run('staff', 'revoke', '--email', person.email)).toMatchObject({ code: 1 });
    expect((await run('staff', 'list')).lines).toEqual(['No platform staff']);
    await app.close();
  });
});
