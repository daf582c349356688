import { type Check, firstFailure, verdict } from './check.js';
import { type CheckInput, DEFAULT_CHECK_POLICY } from './check-input.js';
import { checkDevicesReady } from './checks-devices.js';
import { checkCustomerAllows, checkNoOpenVisit, checkWithinGeofence } from './checks-home.js';
import { type GrantSchedule, scheduleWindowCheck } from './grant-schedule.js';
import { localClock } from './zone-time.js';

// The checks of a service visit under a grant (docs/grants.md "Check-in"): the seven every visit runs, judged for a
// grant, plus `grant_active`. Every one runs and is recorded with its evidence; none short-circuits.

export type GrantStatusForCheck = 'pending' | 'active' | 'paused' | 'revoked';

export interface ServiceGrantFacts {
  readonly id: string;
  readonly version: number;
  readonly status: GrantStatusForCheck;
  /** People the grant lets in: the named worker, every worker of the provider, or the person who accepted. */
  readonly workerIds: readonly string[];
  /** The schedule in the home's zone; null when it no longer validates there (no window then). */
  readonly schedule: GrantSchedule | null;
}

export type ServiceCheckInput = Omit<CheckInput, 'purpose' | 'servedArea'> & { readonly grant: ServiceGrantFacts };

export function checkGrantPerson(input: Pick<ServiceCheckInput, 'person' | 'grant'>): Check {
  const { personId } = input.person;
  const failure = firstFailure(
    personId === null && 'You are not signed in',
    !input.grant.workerIds.includes(personId ?? '') && 'This access grant does not name you',
  );
  return verdict('person_assigned', failure, { personId, assigned: input.grant.workerIds, purpose: 'service' });
}

export function checkGrantWindow(input: Pick<ServiceCheckInput, 'grant' | 'home'>, nowMs: number): Check {
  const { schedule } = input.grant;
  if (schedule === null) return verdict('within_window', 'This access grant has no valid schedule', { nowMs });
  const where = scheduleWindowCheck(schedule, nowMs);
  const at = (ms: number) => localClock(ms, input.home.zone);
  const next = where.next ? `; the next window is ${where.next.localDate} at ${at(where.next.startMs)}` : '';
  const failure = {
    inside: null,
    before: `Outside the agreed hours${next}`,
    excluded: `The customer cancelled today's window${next}`,
    after: 'This access grant has no more windows',
  }[where.position];
  return verdict('within_window', failure, { nowMs, ...where });
}

export function checkGrantActive(input: Pick<ServiceCheckInput, 'grant'>): Check {
  const { status, id, version } = input.grant;
  const failure = {
    active: null,
    pending: 'The invited person has not accepted this access grant yet',
    paused: 'The customer paused this access grant',
    revoked: 'The customer revoked this access grant',
  }[status];
  return verdict('grant_active', failure, { grantId: id, version, status });
}

/** Runs every check of a service visit at `nowMs`, in a fixed order. */
export function evaluateServiceChecks(input: ServiceCheckInput, nowMs: number): Check[] {
  const policy = input.policy ?? DEFAULT_CHECK_POLICY;
  return [
    checkGrantPerson(input),
    checkGrantWindow(input, nowMs),
    checkWithinGeofence(input, policy.maxAccuracyCreditMeters),
    checkCustomerAllows(input, nowMs),
    // The customer's own grant is the membership here: there is no carrier whose served area could exclude the home.
    verdict('served_area', null, { served: true, grantId: input.grant.id }),
    checkDevicesReady(input, policy),
    checkNoOpenVisit(input),
    checkGrantActive(input),
  ];
}
