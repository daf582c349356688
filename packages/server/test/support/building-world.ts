import type { AddressInfo } from 'node:net';
import { type CameraHandle, type LockHandle, provision, startDevice } from '@threshold/devices';
import { type Account, customer } from './app.js';
import type { Platform } from './platform.js';
import { until } from './raw-device.js';
import { newBuilding } from './route-cases/buildings.js';

// An apartment building for tests (docs/buildings.md): a building manager, a building with a lobby and a package
// room (each with an emulated controller — the lock — and camera paired over MQTT), a unit whose resident accepted
// the manager's invitation and enrolled with the platform's carrier, and that carrier let in all day.

export const LOBBY_AT = { lat: 52.3702, lon: 4.8902 };
export const ROOM_AT = { lat: 52.3704, lon: 4.8904 };
export const EVERY_DAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** Round the clock: a window ending at or before its start runs into the next day. */
export const ALL_DAY = [
  { days: EVERY_DAY, startLocal: '00:00', endLocal: '12:00' },
  { days: EVERY_DAY, startLocal: '12:00', endLocal: '00:00' },
];

export interface Entrance {
  id: string;
  controller: LockHandle;
  camera: CameraHandle;
}

export interface Building {
  manager: Account;
  organisationId: string;
  buildingId: string;
  lobby: Entrance;
  room: Entrance;
  resident: Account & { homeId: string; unitId: string };
  stop(): Promise<void>;
}

type Cast = Pick<Platform, 'call' | 'app' | 'gateway' | 'store' | 'clock' | 'carrier'>;

export async function created(p: Cast, who: string, url: string, payload: object = {}) {
  const res = await p.call(who, { method: 'POST', url, payload });
  if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`POST ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown> & { id: string };
}

/** An entrance with its controller (and, unless `camera` is false, its camera) paired over MQTT. */
export async function addEntrance(
  p: Cast,
  token: string,
  buildingId: string,
  kind: string,
  at: typeof LOBBY_AT,
  camera = true,
) {
  const made = await created(p, token, `/v1/buildings/${buildingId}/entrances`, {
    kind,
    name: kind === 'lobby' ? 'Lobby' : 'Package room',
    ...at,
    radiusM: 30,
  });
  const address = p.app.server.address() as AddressInfo;
  const options = {
    mqttUrl: `mqtt://127.0.0.1:${p.gateway.brokerPort}`,
    platformUrl: `http://127.0.0.1:${address.port}`,
    now: p.clock.now,
  };
  const controllerId = provision('lock');
  const cameraId = provision('camera');
  const controller = await startDevice(controllerId, options);
  const cameraHandle = camera ? await startDevice(cameraId, { ...options, camera: { heartbeatMs: 500 } }) : null;
  for (const device of camera ? [controllerId, cameraId] : [controllerId]) {
    await until(
      async () =>
        (await p.store.db.selectFrom('devices').select('id').where('id', '=', device.id).executeTakeFirst()) !==
        undefined,
      `${device.id} registered`,
    );
    await created(p, token, `/v1/buildings/${buildingId}/entrances/${made.id}/devices`, {
      claimCode: device.claimCode,
    });
  }
  return { id: made.id, controller, camera: cameraHandle };
}

/** A unit of the building with a resident who accepted, enrolled with the platform's carrier. */
export async function residentOf(p: Cast, b: Pick<Building, 'manager' | 'buildingId'>, label: string) {
  const unit = await created(p, b.manager.token, `/v1/buildings/${b.buildingId}/units`, { label });
  const person = await customer(p.app, `resident-${label}`);
  const invitation = await created(p, b.manager.token, `/v1/buildings/${b.buildingId}/units/${unit.id}/invitations`, {
    email: person.email,
  });
  await created(p, person.token, `/v1/me/invitations/${invitation.id}/accept`);
  const homeId = (invitation.target as { id: string }).id;
  await created(p, person.token, `/v1/homes/${homeId}/enrolments`, {
    organisationId: p.carrier.organisationId,
    plan: 'standard',
  });
  return { ...person, homeId, unitId: unit.id };
}

async function withCamera(made: ReturnType<typeof addEntrance>): Promise<Entrance> {
  const e = await made;
  if (!e.camera) throw new Error('the entrance has no camera');
  return { ...e, camera: e.camera };
}

export async function addBuilding(p: Cast): Promise<Building> {
  const manager = await customer(p.app, 'manager');
  const org = await created(p, manager.token, '/v1/organisations', { name: 'Blocks Ltd', kind: 'building_manager' });
  const building = await created(p, manager.token, '/v1/buildings', newBuilding(org.id));
  const lobby = await withCamera(addEntrance(p, manager.token, building.id, 'lobby', LOBBY_AT));
  const room = await withCamera(addEntrance(p, manager.token, building.id, 'package_room', ROOM_AT));
  const resident = await residentOf(p, { manager, buildingId: building.id }, '2A');
  for (const e of [lobby, room]) {
    await created(p, manager.token, `/v1/buildings/${building.id}/carrier-access`, {
      entranceId: e.id,
      organisationId: p.carrier.organisationId,
      windows: ALL_DAY,
    });
    await until(() => e.controller.connected(), 'controller paired');
  }
  return {
    manager,
    organisationId: org.id,
    buildingId: building.id,
    lobby,
    room,
    resident,
    async stop() {
      await Promise.allSettled([lobby, room].flatMap((e) => [e.controller.stop(), e.camera.stop()]));
    },
  };
}

/** The assigned courier arrives at `at` for a delivery; the visit with its named checks. */
export async function arriveAt(p: Pick<Platform, 'call' | 'courier'>, deliveryId: string, at: typeof LOBBY_AT) {
  const res = await p.call(p.courier.token, {
    method: 'POST',
    url: `/v1/deliveries/${deliveryId}/arrive`,
    payload: { position: { ...at, accuracyMeters: 5 } },
  });
  if (res.statusCode !== 201) throw new Error(`arrive: ${res.statusCode} ${res.body}`);
  return (
    res.json() as {
      visit: {
        id: string;
        state: string;
        checks: { name: string; passed: boolean; reason: string | null; evidence: Record<string, unknown> }[];
      };
    }
  ).visit;
}
