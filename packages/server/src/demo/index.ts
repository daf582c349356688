import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PairDeps } from '../services/devices.js';
import { DEMO_ACCOUNTS, type DemoWorld, seedDemoWorld } from './demo-accounts.js';
import { seedDemoBuilding } from './demo-building.js';
import { seedDemoCar } from './demo-car.js';
import { type DemoDevices, startDemoDevices } from './demo-devices.js';
import { seedDemoGarage } from './demo-garage.js';
import { seedDemoLockers } from './demo-lockers.js';
import { startLockerTimeMachine } from './demo-lockers-time.js';
import { seedDemoService } from './demo-service.js';
import { seedDemoSupport } from './demo-support.js';

export { DEMO_ACCOUNTS } from './demo-accounts.js';

export interface Demo {
  world: DemoWorld;
  devices: DemoDevices;
  /** The lines `npm start` prints: how to sign in as each demo account. */
  banner(publicUrl: string): string;
  stop(): Promise<void>;
}

async function loadOrSeed(deps: PairDeps, file: string): Promise<DemoWorld> {
  const found = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DemoWorld) : null;
  const seeded = await seedDemoService(deps, found ?? (await seedDemoWorld(deps)));
  const withCar = await seedDemoCar(deps, await seedDemoGarage(deps, await seedDemoSupport(deps, seeded)));
  const world = await seedDemoBuilding(deps, await seedDemoLockers(deps, withCar));
  if (world !== found) writeFileSync(file, `${JSON.stringify(world, null, 2)}\n`, { mode: 0o600 });
  return world;
}

/** Seeds the demo world once per data folder and starts its emulated devices, paired to the front door. */
export async function startDemo(
  deps: PairDeps,
  o: { dataDir: string; mqttUrl: string; platformUrl: string; control: string },
): Promise<Demo> {
  const dir = join(o.dataDir, 'demo');
  mkdirSync(dir, { recursive: true });
  const world = await loadOrSeed(deps, join(dir, 'demo.json'));
  const devices = await startDemoDevices(deps, {
    dir,
    ownerId: world.customerId,
    accessPointId: world.frontDoorId,
    garageId: world.garageId,
    carAccessPointId: world.carAccessPointId,
    lockers:
      world.lockerOperatorAdminId && world.lockerSites
        ? { adminId: world.lockerOperatorAdminId, sites: world.lockerSites }
        : undefined,
    building: world.building,
    mqttUrl: o.mqttUrl,
    platformUrl: o.platformUrl,
    control: o.control,
  });
  const banner = (publicUrl: string) =>
    [
      '',
      'Threshold demo is running',
      `  app / API      ${publicUrl}   (API docs: ${publicUrl}/docs)`,
      `  customer       ${DEMO_ACCOUNTS.customer.email} / ${DEMO_ACCOUNTS.customer.password}`,
      `  courier        ${DEMO_ACCOUNTS.courier.email} / ${DEMO_ACCOUNTS.courier.password}`,
      `  carrier admin  ${DEMO_ACCOUNTS.carrier.email} / ${DEMO_ACCOUNTS.carrier.password}`,
      `  carrier key    ${world.carrierApiKey}   (Authorization: ApiKey …)`,
      `  cleaning admin ${DEMO_ACCOUNTS.cleaning.email} / ${DEMO_ACCOUNTS.cleaning.password}   (provider ${world.cleaningId})`,
      `  worker         ${DEMO_ACCOUNTS.worker.email} / ${DEMO_ACCOUNTS.worker.password}   (grant ${world.grantId}, every day)`,
      `  support        ${DEMO_ACCOUNTS.support.email} / ${DEMO_ACCOUNTS.support.password}   (platform staff: the claims queue)`,
      `  building admin ${DEMO_ACCOUNTS.manager.email} / ${DEMO_ACCOUNTS.manager.password}   (building ${world.building?.buildingId})`,
      `  locker admin   ${DEMO_ACCOUNTS.operator.email} / ${DEMO_ACCOUNTS.operator.password}   (operator ${world.lockerOperatorId})`,
      `  home           ${world.homeId}, front door ${world.frontDoorId}`,
      `  lock           ${devices.lockId}`,
      `  camera         ${devices.cameraId}`,
      ...(devices.openerId
        ? [`  garage opener  ${devices.openerId}   (garage ${world.garageId}, no camera inside)`]
        : []),
      ...(devices.vehicleId
        ? [`  car            ${devices.vehicleId}   (boot ${world.carAccessPointId}, parked across the street)`]
        : []),
      ...(world.lockerSites ?? []).map(
        (site, i) =>
          `  locker bank    ${devices.lockerBankIds[i]}   (${site.name}, site ${site.siteId}, compartments A1–A6)`,
      ),
      ...(devices.lobby
        ? [
            `  lobby door     ${devices.lobby.controllerId}, camera ${devices.lobby.cameraId}   (Canal Court; the customer lives in unit 4B, home ${world.building?.unitHomeId})`,
          ]
        : []),
      ...(devices.packageRoom
        ? [
            `  package room   ${devices.packageRoom.controllerId}, camera ${devices.packageRoom.cameraId}   (Canal Court, entrance ${world.building?.packageRoomId})`,
          ]
        : []),
      `  devices        physical-world control at ${devices.controlUrl}/devices`,
      '',
    ].join('\n');
  const timeMachine = startLockerTimeMachine(deps, world);
  const stop = async () => {
    await timeMachine.stop();
    await devices.stop();
  };
  return { world, devices, banner, stop };
}
