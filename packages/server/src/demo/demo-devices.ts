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
// demo front door with the claim codes from their identity files, as a customer would read them off the box. All the
// identities are made by one `devices provision` process (one per device cost seconds apiece at start-up).

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
  lobby: EntranceDevices | null;
  /** The building package room's controller and camera, when the world has it. */
  packageRoom: EntranceDevices | null;
  controlUrl: string;
  stop(): Promise<void>;
}

export interface EntranceDevices {
  controllerId: string;
  cameraId: string;
}

interface Identity {
  id: string;
  claimCode: string;
}

type Kind = 'lock' | 'camera' | 'opener' | 'vehicle' | 'locker_bank';
interface Provisioned {
  file: string;
  identity: Identity;
}

/** The identity files of each group ([kind, file name] each), in order; the missing ones are provisioned together. */
async function provisionAll<G extends string>(
  dir: string,
  groups: Record<G, [Kind, string][]>,
): Promise<Record<G, Provisioned[]>> {
  const wanted = Object.values<[Kind, string][]>(groups).flat();
  const missing = wanted.filter(([, name]) => !existsSync(join(dir, name)));
  const args = missing.flatMap(([kind, name]) => [kind, '--out', join(dir, name)]);
  if (missing.length > 0) await run(process.execPath, [DEVICES_CLI, 'provision', ...args]);
  const read = ([, name]: [Kind, string]): Provisioned => {
    const file = join(dir, name);
    return { file, identity: JSON.parse(readFileSync(file, 'utf8')) as Identity };
  };
  const entries = Object.entries<[Kind, string][]>(groups).map(([group, files]) => [group, files.map(read)]);
  return Object.fromEntries(entries) as Record<G, Provisioned[]>;
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

/** Pairs an entrance's controller or camera with its claim code, as the building manager's admin would. */
async function pairEntranceOnce(
  deps: PairDeps,
  b: { managerId: string; buildingId: string },
  entranceId: string,
  identity: Identity,
): Promise<void> {
  await waitUntilRegistered(deps, identity.id, 15_000);
  if ((await findDevice(deps.db, identity.id))?.claimed_at) return;
  const manager: Principal = { kind: 'user', userId: b.managerId, userKind: 'staff', sessionId: 'demo-seeding' };
  const paired = await pairEntranceDevice(deps, manager, b.buildingId, entranceId, identity.claimCode);
  if (!paired.ok) throw new Error(`demo pairing of the entrance's ${identity.id} failed: ${paired.error.detail}`);
}

/** An entrance's [controller, camera] identity files. */
const entranceFiles = (prefix: string): [Kind, string][] => [
  ['lock', `${prefix}-lock.json`],
  ['camera', `${prefix}-camera.json`],
];

type DemoBuildingRef = { managerId: string; buildingId: string; lobbyId: string; packageRoomId?: string | undefined };

const entranceDevices = (pair: Provisioned[]): EntranceDevices | null =>
  pair.length === 2 ? { controllerId: pair[0]!.identity.id, cameraId: pair[1]!.identity.id } : null;

export async function startDemoDevices(
  deps: PairDeps,
  o: {
    dir: string;
    ownerId: string;
    accessPointId: string;
    garageId?: string | undefined;
    carAccessPointId?: string | undefined;
    lockers?: { adminId: string; sites: DemoLockerSite[] } | undefined;
    building?: DemoBuildingRef | undefined;
    mqttUrl: string;
    platformUrl: string;
    control: string;
  },
): Promise<DemoDevices> {
  mkdirSync(o.dir, { recursive: true });
  // Every missing identity is provisioned by one process: a process each cost seconds apiece at start-up.
  const lockerSites = o.lockers?.sites ?? [];
  const got = await provisionAll(o.dir, {
    home: [
      ['lock', 'lock.json'],
      ['camera', 'camera.json'],
    ],
    opener: o.garageId ? [['opener', 'opener.json']] : [],
    vehicle: o.carAccessPointId ? [['vehicle', 'vehicle.json']] : [],
    banks: lockerSites.map((site) => ['locker_bank', site.deviceFile]),
    lobby: o.building ? entranceFiles('lobby') : [],
    packageRoom: o.building?.packageRoomId ? entranceFiles('package-room') : [],
  });
  const [lock, camera] = got.home as [Provisioned, Provisioned];
  const [opener = null] = got.opener;
  const [vehicle = null] = got.vehicle;
  const { banks, lobby, packageRoom } = got;
  const files = Object.values<Provisioned[]>(got).flatMap((ds) => ds.map((d) => d.file));
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
    for (const d of lobby) await pairEntranceOnce(deps, o.building!, o.building!.lobbyId, d.identity);
    for (const d of packageRoom) await pairEntranceOnce(deps, o.building!, o.building!.packageRoomId!, d.identity);
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
    lobby: entranceDevices(lobby),
    packageRoom: entranceDevices(packageRoom),
    controlUrl: `http://${o.control}`,
    stop,
  };
}
