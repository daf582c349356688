import { type Check, firstFailure, verdict } from './check.js';
import type { CheckInput } from './check-input.js';
import { checkDeliveryWindow } from './schedule.js';
import { nextOccurrences, weeklyOccurrenceAt } from './weekly-window.js';
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

/** Now is inside the delivery window, or inside one of the grant's weekly windows in the home's zone. */
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
  const current = weeklyOccurrenceAt(purpose.schedule, nowMs);
  const next = current ? null : (nextOccurrences(purpose.schedule, nowMs, 1)[0] ?? null);
  const failure = current
    ? null
    : next
      ? `Outside the agreed hours: the next window is ${next.date} at ${localClock(next.startMs, home.zone)}`
      : 'This access grant has no more windows';
  return verdict('within_window', failure, { schedule: purpose.schedule, nowMs, current, next });
}
