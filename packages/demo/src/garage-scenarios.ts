import type { DeliveryFlow } from './flow.js';
import { StepFailed } from './http-client.js';
import type { Report } from './report.js';
import { timelineLines } from './timeline.js';

// In-garage delivery (docs/access-points.md "Garage"): the demo home's garage has an emulated opener and no camera
// inside (the customer's choice). The visit completes only once the opener reports the door closed.

export type GarageScenario = (flow: DeliveryFlow, report: Report, apiUrl: string) => Promise<void>;

/** The opener needs about 4 s each way; the platform allows 30 s per move and retries a close once. */
const CLOSE_WAIT_MS = 90_000;

function expect(condition: boolean, message: string): void {
  if (!condition) throw new StepFailed(message);
}

async function openedGarage(flow: DeliveryFlow, report: Report): Promise<string> {
  const garage = flow.world.garage;
  if (!garage)
    throw new StepFailed('the demo home has no garage with an opener: restart `npm start` on a new DATA_DIR');
  const deliveryId = await flow.bookAndAssign({ kind: 'garage' });
  const { visit } = await flow.arrive(deliveryId, flow.atTheDoor());
  expect(visit.state === 'arrived', `expected the visit to be arrived, it is ${visit.state}`);
  report.step('Courier asks to open the garage');
  const opened = await flow.unlock(visit.id);
  expect(opened.unlocked, `expected the garage to open; the visit is ${opened.visit.state}`);
  report.ok(`the opener reports the garage ${await flow.garagePosition()}: the parcel goes in`);
  return visit.id;
}

const happy: GarageScenario = async (flow, report, apiUrl) => {
  const visitId = await openedGarage(flow, report);
  const closing = await flow.complete(visitId);
  report.ok(`courier done: the platform closes the garage (visit ${closing.state})`);
  const detail = await flow.waitForState(visitId, 'completed', CLOSE_WAIT_MS);
  report.ok(`the opener reports the garage ${await flow.garagePosition()}: visit completed`);
  report.block(timelineLines(detail, apiUrl));
};

const obstructed: GarageScenario = async (flow, report, apiUrl) => {
  const visitId = await openedGarage(flow, report);
  const opener = flow.world.garage!.openerId;
  report.step('A bin rolls under the door (fault "obstructed")');
  await flow.setFault(opener, { obstructed: true });
  try {
    await flow.complete(visitId);
    report.step('Waiting: the door reverses, the platform closes it once more, then gives up and alerts');
    const detail = await flow.waitForState(visitId, 'failed', CLOSE_WAIT_MS);
    const alert = detail.alerts.find((a) => a.kind === 'garage_left_open');
    expect(alert !== undefined, 'expected a garage_left_open alert');
    report.ok(`visit failed (${JSON.stringify(detail.outcome)}); alert: ${alert?.message}`);
    report.block(timelineLines(detail, apiUrl));
  } finally {
    await flow.setFault(opener, { obstructed: false });
  }
  report.step('The customer clears the bin and presses the wall button');
  await flow.pressGarageButton();
  report.ok('the garage closes by hand');
};

export const GARAGE_SCENARIOS: Readonly<Record<string, GarageScenario>> = {
  happy,
  'garage-obstructed': obstructed,
};
