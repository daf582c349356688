import { type Check, firstFailure, verdict } from './check.js';
import type { CheckInput } from './check-input.js';
import { scheduleWindowCheck } from './grant-schedule.js';
import { checkDeliveryWindow } from './schedule.js';
import { localClock } from './zone-time.js';

/** The person is authenticated and is the courier assigned to this delivery, or a worker named on this grant. */
export function checkPersonAssigned(input: Pick<CheckInput, 'person' | 'purpose'>): Check {
  const { person, purpose } = input;
  const assigned =
    purpose.kind === 'delivery' ? [purpose.assignedPersonId].filter((id) => id !== null) : purpose.workerIds;
  const failure = firstFailure(
    person.personId === null && 'You are not signed in',
    !assigned.includes(person.personId ?? '') &&
      (purpose.kind === 'delivery' ? 'This delivery is not assigned to you' : 'This access grant does not name you'),
  );
  return verdict('person_assigned', failure, { personId: person.personId, assigned, purpose: purpose.kind });
}

/** Now is inside the delivery window, or inside an occurrence of the grant's schedule in the home's zone. */
export function checkWithinWindow(input: Pick<CheckInput, 'purpose' | 'home'>, nowMs: number): Check {
  const { purpose, home } = input;
  if (purpose.kind === 'delivery') {
    const { position, startMs, endMs } = checkDeliveryWindow(purpose.window, nowMs);
    const failure = {
      inside: null,
      before: `Too early: the delivery window opens at ${localClock(startMs, home.zone)}`,
      after: `Too late: the delivery window closed at ${localClock(endMs, home.zone)}`,
      invalid: 'This delivery has no valid window',
    }[position];
    return verdict('within_window', failure, { ...purpose.window, nowMs, position });
  }
  const window = scheduleWindowCheck(purpose.schedule, nowMs);
  const nextAt = window.next
    ? `the next window is ${window.next.localDate} at ${localClock(window.next.startMs, home.zone)}`
    : null;
  const failure = {
    inside: null,
    before: `Outside the agreed hours: ${nextAt}`,
    excluded: `The customer called off the window of ${window.excluded?.localDate}${nextAt ? `; ${nextAt}` : ''}`,
    after: 'This access grant has no more windows',
  }[window.position];
  return verdict('within_window', failure, { schedule: purpose.schedule, nowMs, ...window });
}
