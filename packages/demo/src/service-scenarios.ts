import { ProblemError } from '@threshold/sdk';
import { refused, StepFailed } from './http-client.js';
import type { Report } from './report.js';
import type { GrantTerms, ServiceFlow } from './service-flow.js';

// `npm run demo -- service`: the demo cleaning company's worker at the demo home under a weekly grant
// (docs/grants.md), and the ways a visit under a grant goes wrong.

const HOUR_MS = 3_600_000;
/** An overstay fires at check-in + maxVisitMinutes (1 min here); the job runner adds a little. */
const OVERSTAY_WAIT_MS = 150_000;

export type ServiceScenario = (flow: ServiceFlow, report: Report, demoGrantId: string | undefined) => Promise<void>;

function expect(condition: boolean, message: string): void {
  if (!condition) throw new StepFailed(message);
}

/** The visit a check-in opened; a refusal fails the step. */
async function checkedIn(flow: ServiceFlow, grantId: string) {
  const outcome = await flow.checkIn(grantId);
  if (outcome instanceof ProblemError) throw refused('check in', outcome);
  return outcome.visit;
}

const wholeDay = (maxVisitMinutes: number): GrantTerms => ({
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
  const visit = await checkedIn(flow, window.grantId);
  expect(visit.state === 'arrived', `expected the visit to be arrived, it is ${visit.state}`);
  await flow.passage(visit.id, 1);
  report.note('the worker takes the rubbish out and comes back in');
  await flow.passage(visit.id, 2);
  const out = await flow.checkOut(visit.id);
  expect(out.verdict?.verdict === 'kept', `expected the verdict kept: ${JSON.stringify(out.verdict)}`);
};

const outsideWindow: ServiceScenario = async (flow, report) => {
  const start = Date.now() + 24 * HOUR_MS;
  const once = {
    kind: 'once' as const,
    start: new Date(start).toISOString(),
    end: new Date(start + HOUR_MS).toISOString(),
  };
  const grantId = await flow.grant({ schedule: once, maxVisitMinutes: 60 }, 'one window, tomorrow at this time');
  try {
    const visit = await checkedIn(flow, grantId);
    expect(visit.state === 'denied', `expected a denied visit: ${JSON.stringify(visit)}`);
    const failed = visit.checks.filter((c) => !c.passed).map((c) => c.name);
    expect(failed.join() === 'within_window', `expected only within_window to fail, failed: ${failed.join(', ')}`);
    expect((await flow.door.lockBolt()) === 'locked', 'expected the lock never to move');
    report.ok('denied by within_window; the lock never moved');
    await flow.checkOut(visit.id);
  } finally {
    await flow.revoke(grantId);
  }
};

const revoked: ServiceScenario = async (flow, report) => {
  const grantId = await flow.grant(wholeDay(60), 'every day, all day');
  await flow.revoke(grantId);
  const outcome = await flow.checkIn(grantId);
  const problem = outcome instanceof ProblemError ? outcome : undefined;
  expect(
    problem?.status === 409 && problem.extras.check === 'grant_active',
    `expected 409 grant_active: ${JSON.stringify(problem ?? outcome)}`,
  );
  report.ok(`refused: 409 ${String(problem?.extras.check)}: ${problem?.detail}; no visit, the lock never moved`);
};

const overstay: ServiceScenario = async (flow, report) => {
  const grantId = await flow.grant(wholeDay(1), 'every day, visits of at most 1 minute');
  try {
    const visit = await checkedIn(flow, grantId);
    expect(visit.state === 'arrived', `check-in: ${JSON.stringify(visit)}`);
    const visitId = visit.id;
    await flow.passage(visitId, 1);
    const inside = Date.now(); // after the first unlock
    report.step('The worker stays inside past the 1 minute the grant allows; waiting for the overstay alert');
    const detail = await flow.door.waitFor(
      visitId,
      'worker_overstay alert',
      (d) => d.alerts.some((a) => a.kind === 'worker_overstay'),
      OVERSTAY_WAIT_MS,
    );
    report.ok(`alert to the customer: ${detail.alerts.find((a) => a.kind === 'worker_overstay')?.message}`);
    // The alert counts from the check-in, the verdict from the first unlock: stay until that minute is over too.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, inside + 60_000 - Date.now())));
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
