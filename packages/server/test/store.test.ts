import { expect, it } from 'vitest';
import { insertAccessPoint } from '../src/store/access-points-repo.js';
import { findActiveApiKeyByHash, insertApiKey, listApiKeys, revokeApiKey } from '../src/store/api-keys-repo.js';
import { withTransaction } from '../src/store/db.js';
import { saveEnrolment } from '../src/store/deliveries-repo.js';
import { findDoorRows } from '../src/store/door-context-repo.js';
import { findHomeMember, insertHome, insertHomeMember, listHomesOfUser, updateHome } from '../src/store/homes-repo.js';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  deleteExpiredIdempotencyKeys,
  findIdempotencyRecord,
  releaseIdempotencyKey,
} from '../src/store/idempotency-repo.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { findMembership, insertMembership, insertOrganisation, listMembers } from '../src/store/organisations-repo.js';
import { savePreferencesData } from '../src/store/preferences-repo.js';
import {
  findActiveSession,
  findActiveSessionWithUser,
  insertSession,
  revokeSession,
} from '../src/store/sessions-repo.js';
import { clearAttempts, releaseAttempt, reserveAttempt } from '../src/store/sign-in-attempts-repo.js';
import { findUserByEmail, findUserById, insertUser } from '../src/store/users-repo.js';
import { aHome } from './support/app.js';
import { describeEachDialect, rowCounts } from './support/stores.js';

const at = '2026-11-25T09:00:00.000Z';
const user = (id: string, email: string) => ({
  id,
  email,
  name: id,
  kind: 'customer' as const,
  password_hash: 'x',
  created_at: at,
});
const door = (id: string, homeId: string) => ({
  id,
  home_id: homeId,
  kind: 'front_door' as const,
  name: id,
  created_at: at,
});
const home = (id: string) => ({
  id,
  name: aHome.name,
  address_line1: aHome.addressLine1,
  address_line2: null,
  city: aHome.city,
  postal_code: aHome.postalCode,
  country: aHome.country,
  lat: 52.370216,
  lon: 4.895168,
  geofence_radius_m: 50,
  time_zone: aHome.timeZone,
  created_at: at,
  updated_at: at,
});

describeEachDialect('store', (getStore) => {
  it('is migrated, and migrating again does nothing', async () => {
    const again = await migrateToLatest(getStore().db, getStore().schema);
    expect(again).toEqual({ ok: true, value: [] });
  });

  it('keeps users, with unique emails', async () => {
    const { db } = getStore();
    await insertUser(db, user('usr_1', 'one@example.test'));
    expect(await findUserById(db, 'usr_1')).toMatchObject({ email: 'one@example.test', kind: 'customer' });
    expect((await findUserByEmail(db, 'one@example.test'))?.id).toBe('usr_1');
    expect(await findUserByEmail(db, 'two@example.test')).toBeUndefined();
    await expect(insertUser(db, user('usr_dup', 'one@example.test'))).rejects.toThrow();
  });

  it('finds only live sessions', async () => {
    const { db } = getStore();
    const owner = user('usr_s', 's@example.test');
    await insertUser(db, owner);
    const session = {
      id: 'ses_1',
      token_hash: 'h1',
      user_id: 'usr_s',
      created_at: at,
      expires_at: '2026-11-26T09:00:00.000Z',
      revoked_at: null,
    };
    await insertSession(db, session);
    expect(await findActiveSession(db, 'h1', at)).toEqual(session);
    expect(await findActiveSessionWithUser(db, 'h1', at)).toEqual({ session, user: owner });
    expect(await findActiveSession(db, 'h1', '2026-11-26T09:00:00.000Z')).toBeUndefined();
    expect(await findActiveSessionWithUser(db, 'h1', '2026-11-26T09:00:00.000Z')).toBeUndefined();
    expect(await findActiveSessionWithUser(db, 'h2', at)).toBeUndefined();
    await revokeSession(db, 'ses_1', at);
    expect(await findActiveSession(db, 'h1', at)).toBeUndefined();
    expect(await findActiveSessionWithUser(db, 'h1', at)).toBeUndefined();
  });

  it('keeps organisations, members and keys', async () => {
    const { db } = getStore();
    await insertUser(db, user('usr_o', 'o@example.test'));
    await insertOrganisation(db, { id: 'org_1', name: 'Carrier', kind: 'carrier', created_at: at });
    await insertMembership(db, { organisation_id: 'org_1', user_id: 'usr_o', role: 'admin', created_at: at });
    expect((await findMembership(db, 'org_1', 'usr_o'))?.role).toBe('admin');
    expect(await listMembers(db, 'org_1')).toEqual([
      {
        organisation_id: 'org_1',
        user_id: 'usr_o',
        role: 'admin',
        created_at: at,
        email: 'o@example.test',
        name: 'usr_o',
        kind: 'customer',
      },
    ]);
    const key = {
      id: 'key_1',
      organisation_id: 'org_1',
      name: 'k',
      prefix: 'thk_abc',
      key_hash: 'kh',
      scopes: '["deliveries:read"]',
      created_by: 'usr_o',
      created_at: at,
      last_used_at: null,
      revoked_at: null,
    };
    await insertApiKey(db, key);
    expect(await findActiveApiKeyByHash(db, 'kh')).toEqual(key);
    await revokeApiKey(db, 'key_1', at);
    expect(await findActiveApiKeyByHash(db, 'kh')).toBeUndefined();
    expect((await listApiKeys(db, 'org_1'))[0]?.revoked_at).toBe(at);
  });

  it('lists only the homes a user is a member of, with exact coordinates', async () => {
    const { db } = getStore();
    await insertUser(db, user('usr_h1', 'h1@example.test'));
    await insertUser(db, user('usr_h2', 'h2@example.test'));
    for (const id of ['home_a', 'home_b', 'home_c']) await insertHome(db, home(id));
    await insertHomeMember(db, { home_id: 'home_a', user_id: 'usr_h1', role: 'owner', created_at: at });
    await insertHomeMember(db, { home_id: 'home_c', user_id: 'usr_h1', role: 'resident', created_at: at });
    await insertHomeMember(db, { home_id: 'home_b', user_id: 'usr_h2', role: 'owner', created_at: at });
    const mine = await listHomesOfUser(db, 'usr_h1', { limit: 10 });
    expect(mine.map((h) => h.id)).toEqual(['home_a', 'home_c']);
    // The retention columns take their defaults (migrations/20261202-0009-retention.ts).
    expect(mine[0]).toEqual({ ...home('home_a'), clip_retention_days: 30, deleted_at: null });
    expect((await listHomesOfUser(db, 'usr_h1', { limit: 10, after: 'home_a' })).map((h) => h.id)).toEqual(['home_c']);
    expect(await findHomeMember(db, 'home_b', 'usr_h1')).toBeUndefined();
  });

  it('reserves sign-in attempts up to a limit per window, in one statement', async () => {
    const { db } = getStore();
    const window = { now: '2026-11-25T09:00:00.000Z', expiredBefore: '2026-11-25T08:45:00.000Z', limit: 2 };
    const reserve = (subject: string, w = window) => reserveAttempt(db, { ...w, subject });
    expect(await reserve('account:x')).toEqual({ attempts: 1, windowStart: window.now });
    expect(await reserve('account:x')).toEqual({ attempts: 2, windowStart: window.now });
    expect(await reserve('account:x')).toBeUndefined();
    expect(await reserve('account:y')).toEqual({ attempts: 1, windowStart: window.now });
    await releaseAttempt(db, 'account:x');
    expect(await reserve('account:x')).toEqual({ attempts: 2, windowStart: window.now });
    // Once the window has passed, counting starts over.
    const later = { now: '2026-11-25T09:15:00.000Z', expiredBefore: '2026-11-25T09:00:00.000Z', limit: 2 };
    expect(await reserve('account:x', later)).toEqual({ attempts: 1, windowStart: later.now });
    await clearAttempts(db, 'account:x');
    expect(await reserve('account:x')).toEqual({ attempts: 1, windowStart: window.now });
  });

  it('lets one of concurrent duplicates claim an idempotency key, and replays what it stored', async () => {
    const { db } = getStore();
    const limits = { expiredBefore: '2026-11-24T09:00:00.000Z', abandonedBefore: '2026-11-25T08:58:00.000Z' };
    const held = { scope: 'user:u POST /v1/homes', key: 'k', requestHash: 'r1', claimedAt: at };
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => claimIdempotencyKey(db, held, limits)));
    expect(outcomes.filter((o) => o.kind === 'claimed')).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === 'in_flight')).toHaveLength(3);
    expect(await claimIdempotencyKey(db, { ...held, requestHash: 'r2' }, limits)).toEqual({ kind: 'mismatch' });
    await completeIdempotencyKey(db, held, 201, '{"a":1}');
    const replay = { kind: 'replay', status: 201, response: '{"a":1}' };
    expect(await claimIdempotencyKey(db, held, limits)).toEqual(replay);
    // The same key in another scope is another key.
    expect(await claimIdempotencyKey(db, { ...held, scope: 'user:v POST /v1/homes' }, limits)).toEqual({
      kind: 'claimed',
    });
    // A failed request lets go of its key; a retry claims it afresh.
    const failed = { ...held, key: 'k2' };
    expect((await claimIdempotencyKey(db, failed, limits)).kind).toBe('claimed');
    await releaseIdempotencyKey(db, failed);
    expect((await claimIdempotencyKey(db, failed, limits)).kind).toBe('claimed');
    // A request in flight for longer than the lease died with its process: one retry takes the key over.
    const later = { expiredBefore: limits.expiredBefore, abandonedBefore: '2026-11-25T09:01:00.000Z' };
    const retry = { ...failed, claimedAt: '2026-11-25T09:03:00.000Z' };
    const takeovers = await Promise.all([1, 2].map(() => claimIdempotencyKey(db, retry, later)));
    expect(takeovers.map((o) => o.kind).sort()).toEqual(['claimed', 'in_flight']);
    // The late first request cannot store its answer over the one that took over.
    await completeIdempotencyKey(db, failed, 201, '{"late":true}');
    expect((await findIdempotencyRecord(db, held.scope, 'k2'))?.status_code).toBe(0);
    // After 24 h a key is forgotten and runs afresh, even with another request.
    const nextDay = { expiredBefore: '2026-11-25T09:00:00.001Z', abandonedBefore: '2026-11-26T08:58:00.000Z' };
    const tomorrow = { ...held, requestHash: 'r3', claimedAt: '2026-11-26T09:00:00.000Z' };
    expect(await claimIdempotencyKey(db, tomorrow, nextDay)).toEqual({ kind: 'claimed' });
  });

  it('takes over an expired idempotency key for exactly one of concurrent claims, and sweeps the rest', async () => {
    const { db } = getStore();
    const day1 = { expiredBefore: '2026-11-24T09:00:00.000Z', abandonedBefore: '2026-11-25T08:58:00.000Z' };
    const first = { scope: 'user:e POST /v1/homes', key: 'old', requestHash: 'r1', claimedAt: at };
    expect((await claimIdempotencyKey(db, first, day1)).kind).toBe('claimed');
    await completeIdempotencyKey(db, first, 201, '{"first":true}');
    const untouched = { ...first, key: 'left-alone' };
    expect((await claimIdempotencyKey(db, untouched, day1)).kind).toBe('claimed');
    await completeIdempotencyKey(db, untouched, 201, '{}');
    // A day later the stored answer is no longer replayed: another request with the key runs afresh, once.
    const day2 = { expiredBefore: '2026-11-25T09:00:00.001Z', abandonedBefore: '2026-11-26T08:58:00.000Z' };
    const again = { ...first, requestHash: 'r2', claimedAt: '2026-11-26T09:00:00.000Z' };
    const outcomes = await Promise.all([1, 2, 3].map(() => claimIdempotencyKey(db, again, day2)));
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['claimed', 'in_flight', 'in_flight']);
    const row = await findIdempotencyRecord(db, first.scope, 'old');
    expect(row).toMatchObject({ request_hash: 'r2', status_code: 0, response: '', created_at: again.claimedAt });
    // The sweep forgets only what expired: the taken-over key stays, the one nobody used again goes.
    expect(await deleteExpiredIdempotencyKeys(db, day2.expiredBefore)).toBeGreaterThanOrEqual(1);
    expect(await findIdempotencyRecord(db, first.scope, 'left-alone')).toBeUndefined();
    expect((await findIdempotencyRecord(db, first.scope, 'old'))?.request_hash).toBe('r2');
  });

  it('rolls a failed transaction back', async () => {
    const store = getStore();
    const before = await rowCounts(store);
    await expect(
      withTransaction(store.db, async (tx) => {
        await insertUser(tx, user('usr_tx', 'tx@example.test'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await rowCounts(store)).toEqual(before);
    expect(await findUserById(store.db, 'usr_tx')).toBeUndefined();
  });

  it('reads the home, its own door, the preferences and the enrolment as the four separate reads did', async () => {
    const { db } = getStore();
    await insertHome(db, home('home_door'));
    await insertHome(db, home('home_other'));
    await insertAccessPoint(db, door('ap_a', 'home_door'));
    await insertAccessPoint(db, door('ap_b', 'home_other'));
    await insertOrganisation(db, { id: 'org_c', name: 'Carrier', kind: 'carrier', created_at: at });
    await insertOrganisation(db, { id: 'org_d', name: 'Other', kind: 'carrier', created_at: at });

    const bare = await findDoorRows(db, 'home_door', 'ap_a', 'org_c');
    expect(bare).toMatchObject({ home: home('home_door'), accessPoint: door('ap_a', 'home_door'), enrolled: false });
    expect(bare?.preferencesData).toBeUndefined();
    // Another home's door is not this home's: the caller then looks for a building entrance.
    expect((await findDoorRows(db, 'home_door', 'ap_b', 'org_c'))?.accessPoint).toBeUndefined();
    expect(await findDoorRows(db, 'home_x', 'ap_a', 'org_c')).toBeUndefined();

    await savePreferencesData(db, 'home_door', '{"instructions":"ring"}', at);
    await saveEnrolment(db, { home_id: 'home_door', organisation_id: 'org_c', plan: 'basic', created_at: at });
    const full = await findDoorRows(db, 'home_door', 'ap_a', 'org_c');
    expect(full).toMatchObject({ preferencesData: '{"instructions":"ring"}', enrolled: true });
    // Enrolled with one organisation is not enrolled with another.
    expect((await findDoorRows(db, 'home_door', 'ap_a', 'org_d'))?.enrolled).toBe(false);

    // A deleted home is a tombstone: no home at all.
    await updateHome(db, 'home_door', { deleted_at: at });
    expect(await findDoorRows(db, 'home_door', 'ap_a', 'org_c')).toBeUndefined();
  });
});
