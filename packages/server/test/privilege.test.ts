import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runAdminCommand } from '../src/admin/commands.js';
import { createClipStore } from '../src/clips/clip-store.js';
import { type Account, bearer, customer, expectProblem, type TestApp, testApp } from './support/app.js';
import { seedVisit } from './support/ledger-rows.js';
import { describeEachDialect } from './support/stores.js';
import { type World, world } from './support/world.js';

// DESIGN.md "Trust rules": no caller can widen their own rights. Signing up and making an organisation, of any kind,
// gives no sight inside anyone's home; neither does being platform staff, until purpose-bound access exists.

const body = Buffer.from(Array.from({ length: 100 }, (_, i) => i));
const sha256 = createHash('sha256').update(body).digest('hex');
const KINDS = ['carrier', 'service_provider', 'building_manager', 'locker_operator', 'operator'] as const;

describeEachDialect('nobody makes themselves staff', (getStore) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-privilege-'));
  let t: TestApp;
  let w: World;
  let visitId: string;
  let clipId: string;
  const get = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
  /** Everything inside home A that a reader could see, the live stream last (a member's stream stays open). */
  const homeReads = () => [
    `/v1/homes/${w.a.homeId}/ledger`,
    `/v1/homes/${w.a.homeId}/ledger/verify`,
    `/v1/homes/${w.a.homeId}/ledger/checkpoints/latest`,
    `/v1/visits/${visitId}/evidence`,
    `/v1/clips/${clipId}`,
  ];

  beforeAll(async () => {
    const clips = createClipStore({ dataDir });
    await clips.put(sha256, body);
    t = await testApp(getStore(), { clips });
    w = await world(t.app);
    ({ visitId, clipId } = await seedVisit(getStore(), {
      homeId: w.a.homeId,
      accessPointId: w.a.accessPointId,
      sha256,
      bytes: body.length,
    }));
    // The member reads it all (watching puts the visit on the ledger; the evidence export signs a checkpoint).
    expect((await get(w.a.token, `/v1/clips/${clipId}`)).statusCode).toBe(200);
    expect((await get(w.a.token, `/v1/visits/${visitId}/evidence`)).statusCode).toBe(200);
    for (const url of homeReads()) expect([url, (await get(w.a.token, url)).statusCode]).toEqual([url, 200]);
  });
  afterAll(async () => {
    await t.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function expectBlind(outsider: Account) {
    for (const url of [...homeReads(), `/v1/homes/${w.a.homeId}/events`])
      expectProblem(await get(outsider.token, url), 404, 'not-found');
  }

  it('a freshly signed-up user with an organisation of any kind reads nothing of another home', async () => {
    const created: Record<string, number> = {};
    for (const kind of KINDS) {
      const user = await customer(t.app, kind);
      const org = await t.app.inject({
        method: 'POST',
        url: '/v1/organisations',
        headers: bearer(user.token),
        payload: { name: `Self-made ${kind}`, kind },
      });
      created[kind] = org.statusCode;
      await expectBlind(user);
    }
    // `operator` is no longer a kind anyone can create; the others are created and grant nothing inside a home.
    expect(created).toEqual({ ...Object.fromEntries(KINDS.map((k) => [k, 201])), operator: 400 });
    const views = await getStore()
      .db.selectFrom('ledger_entries')
      .select('data')
      .where('home_id', '=', w.a.homeId)
      .where('kind', '=', 'clip.viewed')
      .execute();
    expect(views.map((v) => JSON.parse(v.data).viewer.userId)).toEqual([w.a.userId]);
  });

  it('platform staff made on the server see nothing inside a home either, until purpose-bound access exists', async () => {
    const support = await customer(t.app, 'support');
    const deps = { db: getStore().db, clock: t.clock };
    const granted = await runAdminCommand(deps, ['staff', 'grant', '--email', support.email, '--role', 'admin']);
    expect(granted.code).toBe(0);
    // Staff without a purpose are refused everything: 404 for the home's own records, 403 where a purpose could open
    // the one visit's evidence (docs/claims.md), never a 2xx.
    for (const url of [...homeReads(), `/v1/homes/${w.a.homeId}/events`]) {
      const res = await get(support.token, url);
      expect([url, res.statusCode, String(res.headers['content-type']).split(';')[0]]).toEqual([
        url,
        url.startsWith('/v1/homes/') ? 404 : 403,
        'application/problem+json',
      ]);
    }
  });
});
