import { ensureRounds, scheduleRound } from '../../jobs/recurring.js';
import type { JobHandler } from '../../jobs/runner.js';
import type { ServiceDeps } from '../deps.js';
import { checkOpenDoors, expireDueReservations } from './operator.js';

// The lockers' round (docs/lockers.md "Expiry, holds and return"): a durable recurring job, so parcels past their
// pickup period are marked for return (and their carriers told) and doors left open reach the operator, even across
// restarts, by whichever node claims it.

export const LOCKER_EXPIRY_JOB = 'lockers.expire';
const LOCKER_EXPIRY_PERIOD_MS = 10 * 60_000;

export async function ensureLockerSchedule(deps: ServiceDeps): Promise<void> {
  await ensureRounds(deps, LOCKER_EXPIRY_JOB, LOCKER_EXPIRY_PERIOD_MS);
}

export function lockerJobHandlers(deps: ServiceDeps): Record<string, JobHandler> {
  return {
    [LOCKER_EXPIRY_JOB]: async () => {
      while ((await expireDueReservations(deps)) === 100) {
        // a full page: there may be more due
      }
      await checkOpenDoors(deps);
      await scheduleRound(deps, LOCKER_EXPIRY_JOB, LOCKER_EXPIRY_PERIOD_MS);
    },
  };
}
