import { StepFailed } from './http-client.js';
import type { Report } from './report.js';
import type { ServiceFlow } from './service-flow.js';

// `npm run demo -- service`: the demo cleaning company's worker at the demo home under a weekly grant
// (docs/grants.md), and the ways a visit under a grant goes wrong.

const HOUR_MS = 3_600_000;
/** An overstay fires at check-in + maxVisitMinutes (1 min here); the job runner adds a little. */
const OVERSTAY_WAIT_MS = 150_000;

export type ServiceScenario = (flow: ServiceFlow, report: Report, demoGrantId: string | undefined) => Promise<void>;

function expect(condition: boolean, message: string): void {
  if (!condition) throw new StepFailed(message);
}

const wholeDay = (maxVisitMinutes: number) => ({
  schedule: {
    kind: 'recurring',
    rrule: 'FREQ=DAILY',
    firstDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    startLocal: '00:00',
    durationMinutes: 1500,
  },
  maxVisitMinutes,
});

const happy: ServiceScenario = async (flow, report, demoGrantId) => {
  const window = await flow.windowNow(demoGrantId);
  const checkedIn = await flow.checkIn(window.grantId);
  expect(checkedIn.status === 201, `check-in: expected 201, got ${checkedIn.status} ${JSON.stringify(checkedIn.body)}`);
  const { visit } = checkedIn.body;
  expect(visit.state === 'arrived', `expected the visit to be arrived, it is ${visit.state}`);
  await flow.passage(visit.id, 1);
  report.note('the worker takes the rubbish out and comes back in');
  await flow.passage(visit.id, 2);
  const out = await flow.checkOut(visit.id);
  expect(out.verdict?.verdict === 'kept', `expected the verdict kept: ${JSON.stringify(out.verdict)}`);
};

const outsideWindow: ServiceScenario = async (flow, report) => {
  const start = Date.now() + 24 * HOUR_MS;
  const once = { kind: 'once', start: new Date(start).toISOString(), end: new Date(start + HOUR_MS).toISOString() };
  const grantId = await flow.grant({ schedule: once, maxVisitMinutes: 60 }, 'one window, tomorrow at this time');
  try {
    const res = await flow.checkIn(grantId);
    expect(
      res.status === 201 && res.body.visit.state === 'denied',
      `expected a denied visit: ${JSON.stringify(res.body)}`,
    );
    const failed = res.body.visit.checks.filter((c) => !c.passed).map((c) => c.name);
    expect(failed.join() === 'within_window', `expected only within_window to fail, failed: ${failed.join(', ')}`);
    expect((await flow.door.lockBolt()) === 'locked', 'expected the lock never to move');
    report.ok('denied by within_window; the lock never moved');
    await flow.checkOut(res.body.visit.id);
  } finally {
    await flow.revoke(grantId);
  }
};

const revoked: ServiceScenario = async (flow, report) => {
  const grantId = await flow.grant(wholeDay(60), 'every day, all day');
  await flow.revoke(grantId);
  const res = await flow.checkIn(grantId);
  const problem = res.body as unknown as { check?: string; detail?: string };
  expect(
    res.status === 409 && problem.check === 'grant_active',
    `expected 409 grant_active: ${JSON.stringify(problem)}`,
  );
  report.ok(`refused: 409 ${problem.check}: ${problem.detail}; no visit, the lock never moved`);
};

const overstay: ServiceScenario = async (flow, report) => {
  const grantId = await flow.grant(wholeDay(1), 'every day, visits of at most 1 minute');
  try {
    const res = await flow.checkIn(grantId);
    expect(res.status === 201 && res.body.visit.state === 'arrived', `check-in: ${JSON.stringify(res.body)}`);
    const visitId = res.body.visit.id;
    await flow.passage(visitId, 1);
    report.step('The worker stays inside past the 1 minute the grant allows; waiting for the overstay alert');
    const detail = await flow.door.waitFor(
      visitId,
      'worker_overstay alert',
      (d) => d.alerts.some((a) => a.kind === 'worker_overstay'),
      OVERSTAY_WAIT_MS,
    );
    report.ok(`alert to the customer: ${detail.alerts.find((a) => a.kind === 'worker_overstay')?.message}`);
    const out = await flow.checkOut(visitId);
    const broken = out.verdict?.expectations.filter((e) => e.outcome === 'broken').map((e) => e.name) ?? [];
    expect(broken.includes('max_duration'), `expected max_duration broken: ${JSON.stringify(out.verdict)}`);
  } finally {
    await flow.revoke(grantId);
  }
};

export const SERVICE_SCENARIOS: Readonly<Record<string, ServiceScenario>> = {
  happy,
  'outside-window': outsideWindow,
  revoked,
  overstay,
};
