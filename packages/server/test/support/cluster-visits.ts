import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-accounts.js';
import { PARTITIONS } from '../../src/gateway/ownership.js';
import {
  type ClusterNodeProcess,
  eventually,
  liveOwners,
  startDemoNode,
  startNode,
  type TestDatabase,
} from './cluster-nodes.js';
import { api } from './server-process.js';

// A demo visit driven over HTTP against real nodes, and what fault tests check afterwards (the visit's end, the
// devices' refusals, the home's ledger).

export interface DemoWorld {
  homeId: string;
  carrierApiKey: string;
}

export interface VisitView {
  state: string;
  alerts: Array<{ kind: string }>;
}

const TERMINAL = new Set(['relocked', 'completed', 'failed', 'aborted', 'denied', 'fallback']);

export function demoWorld(node: ClusterNodeProcess): DemoWorld {
  return JSON.parse(readFileSync(join(node.dataDir, 'demo', 'demo.json'), 'utf8')) as DemoWorld;
}

export async function bearer(base: string, account: { email: string; password: string }): Promise<string> {
  const res = await api<{ token: string }>(base, 'POST', '/v1/auth/sign-in', {
    body: { email: account.email, password: account.password },
  });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}`);
  return `Bearer ${res.body.token}`;
}

/** A delivery booked, assigned to the demo courier and arrived at through `base`: the open visit's id. */
export async function arriveVisit(base: string, world: DemoWorld, externalId: string): Promise<string> {
  const carrier = `ApiKey ${world.carrierApiKey}`;
  const courier = await api<{ token: string; user: { id: string } }>(base, 'POST', '/v1/auth/sign-in', {
    body: { email: DEMO_ACCOUNTS.courier.email, password: DEMO_ACCOUNTS.courier.password },
  });
  const now = Date.now();
  const window = { start: new Date(now - 60_000).toISOString(), end: new Date(now + 3_600_000).toISOString() };
  const booked = await api<{ id: string }>(base, 'POST', '/v1/deliveries', {
    auth: carrier,
    body: { homeId: world.homeId, externalId, window },
  });
  if (booked.status !== 201) throw new Error(`booking answered ${booked.status}`);
  const assigned = await api(base, 'POST', `/v1/deliveries/${booked.body.id}/assign`, {
    auth: carrier,
    body: { courierId: courier.body.user.id },
  });
  if (assigned.status !== 200) throw new Error(`assignment answered ${assigned.status}`);
  const position = { lat: 51.53896, lon: -0.08813, accuracyMeters: 8 };
  const arrived = await api<{ visit: { id: string; state: string } }>(
    base,
    'POST',
    `/v1/deliveries/${booked.body.id}/arrive`,
    { auth: `Bearer ${courier.body.token}`, body: { position } },
  );
  if (arrived.body.visit?.state !== 'arrived') throw new Error(`arrival answered ${arrived.status}`);
  return arrived.body.visit.id;
}

/** The courier's unlock request: its status and whether the door was unlocked. */
export async function unlockVisit(base: string, visitId: string): Promise<{ status: number; unlocked: boolean }> {
  const auth = await bearer(base, DEMO_ACCOUNTS.courier);
  const res = await api<{ unlocked?: boolean }>(base, 'POST', `/v1/visits/${visitId}/unlock`, { auth });
  return { status: res.status, unlocked: res.body.unlocked === true };
}

/** Waits for the visit to reach a state from which it opens nothing more (relocked or an end), as its customer sees it. */
export async function visitSettled(base: string, visitId: string, timeoutMs: number): Promise<VisitView> {
  const auth = await bearer(base, DEMO_ACCOUNTS.customer);
  return eventually(`visit ${visitId} relocked or ended`, timeoutMs, async () => {
    const res = await api<VisitView>(base, 'GET', `/v1/visits/${visitId}`, { auth });
    return res.status === 200 && TERMINAL.has(res.body.state) ? res.body : undefined;
  });
}

/** The home's ledger checked end to end by the platform (hash chain and checkpoint signature). */
export async function ledgerVerifies(base: string, homeId: string): Promise<{ ok: boolean }> {
  const auth = await bearer(base, DEMO_ACCOUNTS.customer);
  return (await api<{ ok: boolean }>(base, 'GET', `/v1/homes/${homeId}/ledger/verify`, { auth })).body;
}

/** The devices of a home (the demo home's lock and camera). */
export async function homeDevices(db: TestDatabase, homeId: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>('select id from devices where home_id = $1', [homeId]);
  return rows.map((r) => r.id);
}

/** Refusals recorded for `devices` (a lost or doubled event shows here as `replayed`). */
export function refusalsOf(db: TestDatabase, devices: readonly string[]) {
  return db.query<{ device_id: string; reason: string; topic: string }>(
    'select device_id, reason, topic from device_rejections where device_id = any($1)',
    [devices],
  );
}

/** Waits until every one of `devices` is online in the store. */
export function devicesOnline(db: TestDatabase, devices: readonly string[], timeoutMs: number): Promise<true> {
  return eventually('devices online', timeoutMs, async () => {
    const rows = await db.query<{ online: boolean | number }>('select online from devices where id = any($1)', [
      devices,
    ]);
    return rows.length === devices.length && rows.every((r) => Boolean(r.online)) ? true : undefined;
  });
}

/** Whether the node answers `/readyz` with 200 (its store and its broker answer). */
export async function isReady(node: ClusterNodeProcess): Promise<boolean> {
  return fetch(`${node.base}/readyz`).then(
    (res) => res.ok,
    () => false,
  );
}

/** Waits until both nodes hold live leases and together every partition (the store may be coming back meanwhile). */
export function splitBetweenTwo(db: TestDatabase, timeoutMs: number): Promise<true> {
  return eventually('partitions split between both nodes', timeoutMs, async () => {
    const owners = await liveOwners(db).catch(() => new Map<number, string>());
    return owners.size === PARTITIONS && new Set(owners.values()).size === 2 ? true : undefined;
  });
}

/**
 * Node A runs the demo (its homes and emulated devices on `mqttUrl`), node B is plain; both are pushed onto `into` as
 * they start (so the caller stops whatever started), and resolve once they split the partitions.
 */
export async function startTwoNodes(
  db: TestDatabase,
  mqttUrl: string,
  into: ClusterNodeProcess[],
): Promise<[ClusterNodeProcess, ClusterNodeProcess]> {
  // The demo node seeds and pairs its devices first: on a loaded machine that takes more than a minute.
  const a = await startDemoNode('node-a', db, mqttUrl, 150_000);
  into.push(a);
  const b = await startNode('node-b', db, mqttUrl);
  into.push(b);
  await splitBetweenTwo(db, 60_000);
  return [a, b];
}
