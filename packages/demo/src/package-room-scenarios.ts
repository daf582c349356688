import { StepFailed } from './http-client.js';
import { type LobbyScenario, throughTheEntrance } from './lobby-scenarios.js';
import { timelineLines } from './timeline.js';

// Package-room delivery (docs/buildings.md): `npm run demo -- delivery --method package_room`. The courier goes
// through Canal Court's package room door (its own controller and camera) and leaves the parcel there; completing the
// visit records which parcel went in (`package_room.parcel_stored`) and tells the resident of unit 4B where it is.

const TOLD_WAIT_MS = 10_000;

const happy: LobbyScenario = async (room, report) => {
  const { flow } = room;
  const visitId = await throughTheEntrance(room, report);
  report.ok('the package room door relocked; visit completed');
  const detail = await flow.waitFor(
    visitId,
    'the parcel recorded in the package room and the resident told',
    (d) =>
      d.timeline.some((e) => e.kind === 'package_room.parcel_stored') &&
      d.alerts.some((a) => a.kind === 'left_in_package_room'),
    TOLD_WAIT_MS,
  );
  const stored = detail.timeline.find((e) => e.kind === 'package_room.parcel_stored')!;
  const told = detail.alerts.find((a) => a.kind === 'left_in_package_room')!;
  if (typeof stored.data.externalId !== 'string') throw new StepFailed('the stored parcel names no external id');
  report.ok(`parcel ${stored.data.externalId} recorded in the package room (package_room.parcel_stored)`);
  report.ok(`the resident is told: "${told.message}"`);
  report.block(timelineLines(detail, room.apiUrl));
};

export const PACKAGE_ROOM_SCENARIOS: Readonly<Record<string, LobbyScenario>> = { happy };
