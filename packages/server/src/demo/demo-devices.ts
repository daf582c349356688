import { type ChildProcess, execFile, fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Principal } from '../policy.js';
import { pairEntranceDevice } from '../services/buildings/manage.js';
import { type PairDeps, pairDevice } from '../services/devices.js';
import { findDevice } from '../services/devices-repo.js';
import { pairBank } from '../services/lockers/pairing.js';
import { findBank } from '../store/lockers-repo.js';
import { DEMO_CAR_PARKING } from './demo-car.js';
import { type DemoLockerSite, demoOperator } from './demo-lockers.js';

// The demo's emulated lock and camera. They run as a separate process (packages/devices), exactly as hardware would:
// the platform only meets them over MQTT. The demo provisions them "at the factory" once, then pairs them to the
// demo front door with the claim codes from their identity files, as a customer would read them off the box.

const run = promisify(execFile);

/** packages/devices/dist/cli.js, relative to this file in packages/server/dist/demo/. */
const DEVICES_CLI = fileURLToPath(new URL('../../../devices/dist/cli.js', import.meta.url));

export interface DemoDevices {
  lockId: string;
  cameraId: string;
  /** The garage's opener, when the world has a garage. */
  openerId: string | null;
  /** The home's connected car, when the world has one. */
  vehicleId: string | null;
  /** The locker banks of the demo's locker sites, in the world's site order. */
  lockerBankIds: string[];
  /** The building lobby's controller (an emulated lock) and camera, when the world has the building. */
  lobby: { controllerId: string; cameraId: string } | null;
  controlUrl: string;
  stop(): Promise<void>;
}

interface Identity {
  id: string;
  claimCode: string;
}

async function provisioned(
  dir: string,
  kind: 'lock' | 'camera' | 'opener' | 'vehicle' | 'locker_bank',
  name = `${kind}.json`,
): Promise<{ file: string; identity: Identity }> {
  const file = join(dir, name);
  if (!existsSync(file)) await run(process.execPath, [DEVICES_CLI, 'provision', kind, '--out', file]);
  return { file, identity: JSON.parse(readFileSync(file, 'utf8')) as Identity };
}

function startFleet(files: string[], mqttUrl: string, platformUrl: string, control: string): ChildProcess {
  const car = ['--vehicle-at', `${DEMO_CAR_PARKING.lat},${DEMO_CAR_PARKING.lon}`];
  // An IPC channel ties the fleet's life to ours: it powers off when this process exits, even on SIGKILL.
  return fork(
    DEVICES_CLI,
    ['run', ...files, '--mqtt', mqttUrl, '--platform', platformUrl, '--control', control, ...car],
    {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  );
}

async function waitUntilRegistered(deps: PairDeps, deviceId: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await findDevice(deps.db, deviceId)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`demo device ${deviceId} did not say hello within ${timeoutMs} ms`);
}

async function pairOnce(deps: PairDeps, owner: Principal, identity: Identity, accessPointId: string): Promise<void> {
  await waitUntilRegistered(deps, identity.id, 15_000);
  const device = await findDevice(deps.db, identity.id);
  if (device?.claimed_at) return;
  const paired = await pairDevice(deps, owner, { claimCode: identity.claimCode, accessPointId });
  if (!paired.ok) throw new Error(`demo pairing of ${identity.id} failed: ${paired.error.detail}`);
}

/** Pairs a locker site's bank with the claim code on its emulated device, as the operator's admin would. */
async function pairBankOnce(deps: PairDeps, adminId: string, site: DemoLockerSite, identity: Identity): Promise<void> {
  await waitUntilRegistered(deps, identity.id, 15_000);
  if ((await findBank(deps.db, site.bankId))?.device_id === identity.id) return;
  const paired = await pairBank(deps, demoOperator(adminId), { ...site, claimCode: identity.claimCode });
  if (!paired.ok) throw new Error(`demo pairing of the locker bank ${identity.id} failed: ${paired.error.detail}`);
}

/** Pairs the lobby's controller or camera with its claim code, as the building manager's admin would. */
async function pairLobbyOnce(
  deps: PairDeps,
  b: { managerId: string; buildingId: string; lobbyId: string },
  identity: Identity,
): Promise<void> {
  await waitUntilRegistered(deps, identity.id, 15_000);
  if ((await findDevice(deps.db, identity.id))?.claimed_at) return;
  const manager: Principal = { kind: 'user', userId: b.managerId, userKind: 'staff', sessionId: 'demo-seeding' };
  const paired = await pairEntranceDevice(deps, manager, b.buildingId, b.lobbyId, identity.claimCode);
  if (!paired.ok) throw new Error(`demo pairing of the lobby's ${identity.id} failed: ${paired.error.detail}`);
}

export async function startDemoDevices(
  deps: PairDeps,
  o: {
    dir: string;
    ownerId: string;
    accessPointId: string;
    garageId?: string | undefined;
    carAccessPointId?: string | undefined;
    lockers?: { adminId: string; sites: DemoLockerSite[] } | undefined;
    building?: { managerId: string; buildingId: string; lobbyId: string } | undefined;
    mqttUrl: string;
    platformUrl: string;
    control: string;
  },
): Promise<DemoDevices> {
  mkdirSync(o.dir, { recursive: true });
  // Each provisioning is a process of its own; they run side by side.
  const lockerSites = o.lockers?.sites ?? [];
  const [[lock, camera, opener, vehicle], banks, lobby] = await Promise.all([
    Promise.all([
      provisioned(o.dir, 'lock'),
      provisioned(o.dir, 'camera'),
      o.garageId ? provisioned(o.dir, 'opener') : null,
      o.carAccessPointId ? provisioned(o.dir, 'vehicle') : null,
    ]),
    Promise.all(lockerSites.map((site) => provisioned(o.dir, 'locker_bank', site.deviceFile))),
    Promise.all(
      o.building
        ? [provisioned(o.dir, 'lock', 'lobby-lock.json'), provisioned(o.dir, 'camera', 'lobby-camera.json')]
        : [],
    ),
  ]);
  const optional = [opener, vehicle].flatMap((d) => (d ? [d.file] : []));
  const files = [lock.file, camera.file, ...optional, ...[...banks, ...lobby].map((d) => d.file)];
  const fleet = startFleet(files, o.mqttUrl, o.platformUrl, o.control);
  const owner: Principal = { kind: 'user', userId: o.ownerId, userKind: 'customer', sessionId: 'demo-seeding' };
  const exited = new Promise<void>((resolve) => fleet.once('exit', () => resolve()));
  const stop = async () => {
    if (fleet.exitCode === null) fleet.kill('SIGTERM');
    await exited;
  };
  try {
    await pairOnce(deps, owner, lock.identity, o.accessPointId);
    await pairOnce(deps, owner, camera.identity, o.accessPointId);
    if (opener && o.garageId) await pairOnce(deps, owner, opener.identity, o.garageId);
    if (vehicle && o.carAccessPointId) await pairOnce(deps, owner, vehicle.identity, o.carAccessPointId);
    for (const d of lobby) await pairLobbyOnce(deps, o.building!, d.identity);
    for (const [i, site] of lockerSites.entries())
      await pairBankOnce(deps, o.lockers!.adminId, site, banks[i]!.identity);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    lockId: lock.identity.id,
    cameraId: camera.identity.id,
    openerId: opener?.identity.id ?? null,
    vehicleId: vehicle?.identity.id ?? null,
    lockerBankIds: banks.map((b) => b.identity.id),
    lobby: lobby.length === 2 ? { controllerId: lobby[0]!.identity.id, cameraId: lobby[1]!.identity.id } : null,
    controlUrl: `http://${o.control}`,
    stop,
  };
}
