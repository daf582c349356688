import type { Threshold } from '@threshold/sdk';
import { DeliveryFlow } from './flow.js';
import { type ApiClient, expectOk, StepFailed, sdkAs } from './http-client.js';
import type { Report } from './report.js';
import { timelineLines } from './timeline.js';

// Lobby delivery (docs/buildings.md): `npm run demo -- delivery --method lobby`. The demo customer lives in unit 4B
// of Canal Court, whose lobby door and package room each have an emulated controller (a lock) and camera; the demo
// carrier may use both all day. The courier's steps are the ordinary visit flow at the entrance; the building manager
// sees only that a courier of that carrier came in, never for whom. package-room-scenarios.ts drives the package room.

const HOUR_MS = 3_600_000;

export type LobbyScenario = (lobby: LobbyFlow, report: Report) => Promise<void>;

/** A building's entrance a delivery goes through. */
export type EntranceKind = 'lobby' | 'package_room';

export interface LobbyFlow {
  entrance: EntranceKind;
  flow: DeliveryFlow;
  carrier: Threshold;
  apiUrl: string;
}

function expect(condition: boolean, message: string): void {
  if (!condition) throw new StepFailed(message);
}

/** The customer's unit and the entrance as its manager has it, and a visit flow whose door is the entrance's. */
export async function lobbyFlow(
  apiUrl: string,
  devices: ApiClient,
  home: DeliveryFlow,
  manager: Threshold,
  report: Report,
  entrance: EntranceKind = 'lobby',
): Promise<LobbyFlow> {
  const customer = sdkAs(apiUrl, home.world.customer.as);
  const homes = await expectOk(customer.api.GET('/v1/homes', { params: { query: { limit: 100 } } }), 'list homes');
  const unit = homes.items.find((h) => h.addressLine2?.startsWith('Unit '));
  const buildings = await expectOk(manager.api.GET('/v1/buildings'), 'list the buildings');
  const building = buildings.items[0];
  if (!unit || !building) throw new StepFailed('no demo building: restart `npm start` on a new DATA_DIR');
  const params = { path: { buildingId: building.id } };
  const detail = await expectOk(manager.api.GET('/v1/buildings/{buildingId}', { params }), 'read the building');
  const lobby = detail.entrances.find((e) => e.kind === entrance);
  if (!lobby?.controllerId || !lobby.cameraId)
    throw new StepFailed(`the demo building has no ${entrance} with a controller and camera: restart \`npm start\``);
  report.ok(`${building.name}, ${unit.addressLine2}: ${entrance} ${lobby.id}, controller ${lobby.controllerId}`);
  const world = {
    ...home.world,
    home: { id: unit.id, lat: lobby.lat, lon: lobby.lon, geofenceRadiusM: lobby.radiusM },
    doorId: lobby.id,
    lockId: lobby.controllerId,
    cameraId: lobby.cameraId,
    garage: null,
  };
  const flow = new DeliveryFlow(apiUrl, devices, world, report);
  return { entrance, flow, carrier: sdkAs(apiUrl, world.carrier), apiUrl };
}

const WORDS: Record<EntranceKind, string> = { lobby: 'the lobby', package_room: 'the package room' };

/** Books a delivery through the flow's entrance and assigns the demo courier. */
export async function bookLobby(lobby: LobbyFlow, report: Report): Promise<string> {
  const { world } = lobby.flow;
  const now = Date.now();
  const window = { start: new Date(now - HOUR_MS / 6).toISOString(), end: new Date(now + 2 * HOUR_MS).toISOString() };
  const body = {
    homeId: world.home.id,
    externalId: `demo-${lobby.entrance.replace('_', '-')}-${now}`,
    window,
    building: { entrance: lobby.entrance },
  };
  report.step(`Carrier books a delivery through ${WORDS[lobby.entrance]} for the resident of unit 4B`);
  const delivery = await expectOk(lobby.carrier.api.POST('/v1/deliveries', { body }), 'book the delivery');
  expect(
    delivery.method === lobby.entrance,
    `expected method ${lobby.entrance}, got ${delivery.method}: ${delivery.reasons.join('; ')}`,
  );
  report.ok(`delivery ${delivery.id}, method ${delivery.method}`);
  const assign = { params: { path: { deliveryId: delivery.id } }, body: { courierId: world.courier.userId } };
  await expectOk(lobby.carrier.api.POST('/v1/deliveries/{deliveryId}/assign', assign), 'assign the courier');
  return delivery.id;
}

/** Books, arrives, unlocks, opens and closes the entrance's door and completes the visit; returns the visit id. */
export async function throughTheEntrance(lobby: LobbyFlow, report: Report): Promise<string> {
  const { flow } = lobby;
  const { visit } = await flow.arrive(await bookLobby(lobby, report), flow.atTheDoor());
  expect(visit.state === 'arrived', `expected the visit to be arrived, it is ${visit.state}`);
  const unlock = await flow.unlock(visit.id);
  expect(
    unlock.unlocked,
    `expected the door of ${WORDS[lobby.entrance]} to unlock; the visit is ${unlock.visit.state}`,
  );
  report.ok(`${WORDS[lobby.entrance]}'s camera recording, capability issued, controller ${await flow.lockBolt()}`);
  await flow.door('open');
  await flow.waitForState(visit.id, 'door_opened');
  await flow.door('close');
  await flow.waitForState(visit.id, 'relocked');
  const done = await flow.complete(visit.id);
  expect(done.state === 'completed', `expected completed, got ${done.state}`);
  return visit.id;
}

const happy: LobbyScenario = async (lobby, report) => {
  const visitId = await throughTheEntrance(lobby, report);
  report.ok('the lobby door relocked; the courier takes the parcel up to 4B; visit completed');
  report.block(timelineLines(await lobby.flow.detail(visitId), lobby.apiUrl));
};

export const LOBBY_SCENARIOS: Readonly<Record<string, LobbyScenario>> = { happy };
