import type { DeliveryFlow } from './flow.js';
import { StepFailed } from './http-client.js';
import type { Report } from './report.js';
import { timelineLines } from './timeline.js';

// The demo's scenarios (README "Run it"): each drives one delivery through the public API and says what it expected.

/** 500 m north of the door: 0.0045° of latitude is about 500 m anywhere on Earth. */
const FIVE_HUNDRED_METRES_LAT = 0.0045;
const CLIP_WAIT_MS = 60_000;
/** The customer's door-open limit is 90 s (docs/visits.md, DEFAULT_EXPECTATIONS); the job runner adds a little. */
const DOOR_ALERT_WAIT_MS = 120_000;

export type Scenario = (flow: DeliveryFlow, report: Report, apiUrl: string) => Promise<void>;

function expect(condition: boolean, message: string): void {
  if (!condition) throw new StepFailed(message);
}

async function openedVisit(flow: DeliveryFlow, report: Report): Promise<string> {
  const { visit } = await flow.arrive(await flow.bookAndAssign(), flow.atTheDoor());
  expect(visit.state === 'arrived', `expected the visit to be arrived, it is ${visit.state}`);
  const unlock = await flow.unlock(visit.id);
  expect(
    unlock.unlocked,
    `expected the door to unlock; the visit is ${unlock.visit.state} ${JSON.stringify(unlock.visit.outcome)}`,
  );
  report.ok(`camera recording, capability issued, lock ${await flow.lockBolt()}: visit ${unlock.visit.state}`);
  return visit.id;
}

async function closeAndComplete(flow: DeliveryFlow, report: Report, visitId: string): Promise<void> {
  await flow.door('close');
  await flow.waitForState(visitId, 'relocked');
  report.ok(`the lock relocked itself (bolt ${await flow.lockBolt()})`);
  const done = await flow.complete(visitId);
  expect(done.state === 'completed', `expected completed, got ${done.state}`);
  report.ok('visit completed');
}

const happy: Scenario = async (flow, report, apiUrl) => {
  const visitId = await openedVisit(flow, report);
  await flow.door('open');
  await flow.waitForState(visitId, 'door_opened');
  report.ok('door open: the parcel goes in');
  await closeAndComplete(flow, report, visitId);
  report.step('Waiting for the camera to upload the clip (10 s post-roll, then render and upload)');
  const detail = await flow.waitFor(visitId, 'clip uploaded', (d) => d.clips.length > 0, CLIP_WAIT_MS);
  report.ok(`clip stored; timeline of ${visitId}:`);
  report.block(timelineLines(detail, apiUrl));
};

/** A denial: exactly `check` failed, nothing unlocked; the visit is closed with a later attempt. */
async function deniedBy(flow: DeliveryFlow, report: Report, check: string, lat: number): Promise<void> {
  const position = { ...flow.atTheDoor(), lat };
  const { visit, fallback } = await flow.arrive(await flow.bookAndAssign(), position);
  const failed = visit.checks.filter((c) => !c.passed).map((c) => c.name);
  expect(visit.state === 'denied', `expected a denial, the visit is ${visit.state}`);
  expect(failed.length === 1 && failed[0] === check, `expected only ${check} to fail, failed: ${failed.join(', ')}`);
  report.ok(`denied by ${check}; the platform suggests ${JSON.stringify(fallback)}`);
  const unlock = await flow.unlock(visit.id).catch((e: unknown) => e);
  expect(unlock instanceof StepFailed, 'expected the unlock of a denied visit to be refused');
  const bolt = await flow.lockBolt();
  expect(bolt === 'locked', `expected the lock never to move, its bolt is ${bolt}`);
  const moved = (await flow.detail(visit.id)).timeline.some((e) => e.kind === 'lock.unlocked');
  expect(!moved, 'the ledger shows an unlock');
  report.ok('unlock refused; the lock never moved');
  await flow.fallBack(visit.id);
}

const wrongAddress: Scenario = (flow, report) =>
  deniedBy(flow, report, 'within_geofence', flow.world.home.lat + FIVE_HUNDRED_METRES_LAT);

const cameraOffline: Scenario = async (flow, report) => {
  report.step('The camera drops off the network (fault "offline")');
  await flow.setFault(flow.world.cameraId, { offline: true });
  try {
    await flow.waitForDevice(flow.world.cameraId, false);
    report.ok('the platform sees the camera offline');
    await deniedBy(flow, report, 'devices_ready', flow.world.home.lat);
  } finally {
    await flow.setFault(flow.world.cameraId, { offline: false });
    await flow.waitForDevice(flow.world.cameraId, true);
    report.ok('camera back online');
  }
};

const doorLeftOpen: Scenario = async (flow, report) => {
  const visitId = await openedVisit(flow, report);
  await flow.door('open');
  await flow.waitForState(visitId, 'door_opened');
  report.step('The courier walks away with the door open; waiting for the alert (limit 90 s)');
  try {
    const detail = await flow.waitFor(
      visitId,
      'door_left_open alert',
      (d) => d.alerts.some((a) => a.kind === 'door_left_open'),
      DOOR_ALERT_WAIT_MS,
    );
    report.ok(`alert: ${detail.alerts.find((a) => a.kind === 'door_left_open')?.message}`);
  } finally {
    await closeAndComplete(flow, report, visitId);
  }
};

/** Presents the phone's capability twice through the lock's local channel: once it opens, then it is `replayed`. */
async function presentTwice(flow: DeliveryFlow, report: Report, visitId: string): Promise<void> {
  const token = await flow.phoneCapability(visitId);
  const first = await flow.presentCapability(token);
  expect(first.status === 200, `expected the first presentation to unlock: ${JSON.stringify(first)}`);
  report.ok(`first presentation: ${JSON.stringify(first.body)}`);
  const second = await flow.presentCapability(token);
  const refused = second.status === 403 && (second.body as { error?: string }).error === 'replayed';
  expect(refused, `expected the second presentation to be refused as replayed: ${JSON.stringify(second)}`);
  report.ok(`second presentation refused: ${JSON.stringify(second.body)}`);
}

const replay: Scenario = async (flow, report) => {
  const { visit } = await flow.arrive(await flow.bookAndAssign(), flow.atTheDoor());
  expect(visit.state === 'arrived', `expected the visit to be arrived, it is ${visit.state}`);
  report.step('The lock loses its network (fault "offline"): the courier\'s phone will carry the capability');
  await flow.setFault(flow.world.lockId, { offline: true });
  try {
    await flow.waitForDevice(flow.world.lockId, false);
    const unlock = await flow.unlock(visit.id);
    expect(
      unlock.lockUnreachable && unlock.visit.state === 'recording',
      `expected an unreachable lock: ${JSON.stringify(unlock)}`,
    );
    report.ok('camera recording; the lock is unreachable');
    await presentTwice(flow, report, visit.id);
  } finally {
    await flow.setFault(flow.world.lockId, { offline: false });
  }
  await flow.waitForState(visit.id, 'unlocked');
  report.ok('the lock is back online and the platform saw the unlock');
  await flow.door('open');
  await closeAndComplete(flow, report, visit.id);
};

export const SCENARIOS: Readonly<Record<string, Scenario>> = {
  happy,
  'wrong-address': wrongAddress,
  'camera-offline': cameraOffline,
  'door-left-open': doorLeftOpen,
  replay,
};
