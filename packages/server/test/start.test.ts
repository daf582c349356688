import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { api, type ServerProcess, serverEnv, startServer, stopServer } from './support/server-process.js';

// `npm start` as a newcomer runs it: the built server, a fresh data folder, the demo. Needs `npm run build` first
// (npm test does it).

describe('npm start on a bare machine', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'threshold-start-'));
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServer(await serverEnv(dataDir));
  }, 60_000);

  afterAll(async () => {
    await stopServer(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Each account signs in once and its session is reused: sign-ins are limited to 10 a minute per address.
  const sessions = new Map<string, ReturnType<typeof api<{ token: string }>>>();
  const signIn = (account: { email: string; password: string }) => {
    const session =
      sessions.get(account.email) ??
      api<{ token: string }>(server.base, 'POST', '/v1/auth/sign-in', {
        body: { email: account.email, password: account.password },
      });
    sessions.set(account.email, session);
    return session;
  };

  it('prints the demo accounts, and each signs in', async () => {
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      expect(server.banner).toContain(`${account.email} / ${account.password}`);
      expect((await signIn(account)).status).toBe(200);
    }
  });

  it('seeds a platform support person, made staff through the service (GET /v1/me says so)', async () => {
    const { token } = (await signIn(DEMO_ACCOUNTS.support)).body;
    const me = await api<{ staff: string | null }>(server.base, 'GET', '/v1/me', { auth: `Bearer ${token}` });
    expect(me.body.staff).toBe('support');
    const customer = (await signIn(DEMO_ACCOUNTS.customer)).body;
    expect(
      (await api<{ staff: string | null }>(server.base, 'GET', '/v1/me', { auth: `Bearer ${customer.token}` })).body
        .staff,
    ).toBeNull();
  });

  it('serves the OpenAPI document', async () => {
    const { status, body } = await api<{ openapi: string; paths: Record<string, unknown> }>(
      server.base,
      'GET',
      '/openapi.json',
    );
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths)).toContain('/v1/homes/{homeId}/devices');
  });

  it('shows the demo home devices online within 10 s: lock and camera at the front door, the garage opener, the car', async () => {
    const world = JSON.parse(readFileSync(join(dataDir, 'demo', 'demo.json'), 'utf8')) as { homeId: string };
    const { token } = (await signIn(DEMO_ACCOUNTS.customer)).body;
    const deadline = Date.now() + 10_000;
    let devices: Array<{ kind: string; online: boolean }> = [];
    while (Date.now() < deadline) {
      const res = await api<{ items: typeof devices }>(server.base, 'GET', `/v1/homes/${world.homeId}/devices`, {
        auth: `Bearer ${token}`,
      });
      devices = res.body.items;
      if (devices.length === 4 && devices.every((d) => d.online)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(devices.map((d) => [d.kind, d.online]).sort()).toEqual([
      ['camera', true],
      ['lock', true],
      ['opener', true],
      ['vehicle', true],
    ]);
  });

  it('seeds a locker operator with two sites near the home, each bank paired with its emulated device', async () => {
    const { token } = (await signIn(DEMO_ACCOUNTS.operator)).body;
    const auth = `Bearer ${token}`;
    const sites = await api<{ items: Array<{ id: string; name: string; timeZone: string; openingHours: string }> }>(
      server.base,
      'GET',
      '/v1/locker-sites',
      { auth },
    );
    expect(sites.body.items.map((s) => [s.name, s.timeZone, s.openingHours]).sort()).toEqual([
      ['Essex Road Station Lockers', 'Europe/London', 'Mo-Su 00:00-24:00'],
      ['Rosemary Lane Lockers', 'Europe/London', 'Mo-Su 00:00-24:00'],
    ]);
    for (const site of sites.body.items) {
      const detail = await api<{ banks: Array<{ deviceId: string | null }>; compartments: Array<{ size: string }> }>(
        server.base,
        'GET',
        `/v1/locker-sites/${site.id}`,
        { auth },
      );
      expect(detail.body.banks).toHaveLength(1);
      expect(detail.body.banks[0]?.deviceId).toMatch(/^lkb-[a-z2-7]{26}$/);
      expect(server.banner).toContain(
        `locker bank    ${detail.body.banks[0]?.deviceId}   (${site.name}, site ${site.id}`,
      );
      expect(detail.body.compartments.map((c) => c.size)).toEqual(['S', 'S', 'M', 'M', 'L', 'XL']);
    }
  });

  it("seeds a building whose lobby and package room each have a paired controller and camera, and whose unit 4B is the customer's", async () => {
    const manager = `Bearer ${(await signIn(DEMO_ACCOUNTS.manager)).body.token}`;
    const list = await api<{ items: Array<{ id: string }> }>(server.base, 'GET', '/v1/buildings', { auth: manager });
    expect(list.body.items).toHaveLength(1);
    const detail = await api<{
      entrances: Array<{ kind: string; controllerId: string | null; cameraId: string | null }>;
    }>(server.base, 'GET', `/v1/buildings/${list.body.items[0]?.id}`, { auth: manager });
    const paired = (kind: string) =>
      expect.objectContaining({
        kind,
        controllerId: expect.stringMatching(/^lk-/),
        cameraId: expect.stringMatching(/^cam-/),
      });
    const entrances = [...detail.body.entrances].sort((a, b) => a.kind.localeCompare(b.kind));
    expect(entrances).toEqual([paired('lobby'), paired('package_room')]);
    const room = entrances[1]!;
    expect(server.banner).toContain(`  package room   ${room.controllerId}, camera ${room.cameraId}`);
    const customer = `Bearer ${(await signIn(DEMO_ACCOUNTS.customer)).body.token}`;
    const homes = await api<{ items: Array<{ addressLine2: string | null }> }>(server.base, 'GET', '/v1/homes', {
      auth: customer,
    });
    expect(homes.body.items.map((h) => h.addressLine2)).toContain('Unit 4B');
  });

  it('shuts down cleanly on SIGTERM, devices included', async () => {
    expect(await stopServer(server.child)).toBe(0);
  });
});
