import { DEFAULT_EXPECTATIONS, GARAGE_OPEN_STATES } from '@threshold/core';
import type { JobHandler } from '../../../jobs/runner.js';
import { cancelJob, scheduleJob } from '../../../jobs/schedule.js';
import { isoAt } from '../../../ports.js';
import type { Db } from '../../../store/db.js';
import { listOpenVisitsAt } from '../../../store/visits-repo.js';
import { findDevice } from '../../devices-repo.js';
import type { VisitDeps } from '../deps.js';
import { inState } from './feed.js';
import { raiseUnexplainedOpening } from './unexplained-opening.js';

// A garage opened with no visit (docs/access-points.md "Garage"): beyond the `garage_opened_without_visit` alert, a
// durable timer per access point. If the opener has not reported `closed` within `garageOpenMs`
// (GARAGE_OPEN_SECONDS), the customer hears `garage_left_open`. The opener's `closed` report cancels the timer.

export const GARAGE_LEFT_OPEN_JOB = 'garage.left_open';
const leftOpenKey = (accessPointId: string) => `garage:${accessPointId}:left_open`;
const openMs = (deps: VisitDeps) => deps.expectations?.garageOpenMs ?? DEFAULT_EXPECTATIONS.garageOpenMs ?? 120_000;

interface LeftOpen {
  homeId: string;
  accessPointId: string;
  deviceId: string;
  openedAtMs: number;
}

/** Arms the timer in the caller's transaction (the alert's), so it exists exactly when the alert does. */
export async function armLeftOpen(tx: Db, deps: VisitDeps, job: LeftOpen): Promise<void> {
  await scheduleJob(tx, {
    key: leftOpenKey(job.accessPointId),
    kind: GARAGE_LEFT_OPEN_JOB,
    runAt: isoAt(job.openedAtMs + openMs(deps)),
    payload: job,
    createdAt: isoAt(deps.clock.now()),
  });
}

export async function disarmLeftOpen(deps: VisitDeps, accessPointId: string): Promise<void> {
  await cancelJob(deps.db, leftOpenKey(accessPointId));
}

async function onLeftOpen(deps: VisitDeps, job: LeftOpen): Promise<void> {
  const device = await findDevice(deps.db, job.deviceId);
  if (!device || device.access_point_id !== job.accessPointId) return; // unpaired since: nothing to watch
  const health = JSON.parse(device.health) as { garage?: string };
  if (health.garage === 'closed') return;
  const open = await listOpenVisitsAt(deps.db, job.accessPointId);
  if (inState(open, GARAGE_OPEN_STATES)) return; // a visit has the garage now, and its own timers
  const nowMs = deps.clock.now();
  const minutes = Math.max(1, Math.round((nowMs - job.openedAtMs) / 60_000));
  await raiseUnexplainedOpening(deps, job, job.deviceId, {
    kind: 'garage_left_open',
    message: `The garage door has been open for ${minutes} min with no visit in progress`,
    atMs: nowMs,
    evidence: {
      openedAtMs: job.openedAtMs,
      position: health.garage ?? null,
      openVisitIds: open.map((v) => v.id),
    },
  });
}

export function garageJobHandlers(deps: VisitDeps): Record<string, JobHandler> {
  return { [GARAGE_LEFT_OPEN_JOB]: (payload) => onLeftOpen(deps, payload as LeftOpen) };
}
