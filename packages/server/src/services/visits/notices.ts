import type { Check, Visit } from '@threshold/core';

// What the customer is told when a visit ends (the core's `notify_customer` effect, docs/visits.md "Notices"). A
// notice is stored as an alert of the home (kind below), so it reaches the app live, the alerts page and the visit.

export interface Notice {
  kind: string;
  message: string;
}

/** The courier's reasons as the app offers them, in the customer's words. */
export const ABORT_REASON_WORDS: Readonly<Record<string, string>> = {
  dog: 'a dog was loose',
  unsafe: 'it was not safe',
  no_access: 'the courier could not get to the door',
  other: 'something else',
  timed_out: 'the courier left without opening the door',
};

/** A failed check in the customer's words: the checks' own reasons speak to the courier ("You are 480 m …"). */
function checkWords(check: Check): string {
  switch (check.name) {
    case 'within_geofence': {
      const distance = (check.evidence as { distanceMeters?: unknown } | null)?.distanceMeters;
      const away = typeof distance === 'number' && Number.isFinite(distance) ? ` (${Math.round(distance)} m away)` : '';
      return `the courier was not at your address${away}`;
    }
    case 'within_window':
      return 'it was outside the delivery window';
    case 'customer_allows':
      return 'your preferences do not allow access today';
    case 'served_area':
      return 'your address is not served by this carrier';
    case 'person_assigned':
      return 'the courier is not the one assigned';
    case 'no_open_visit':
      return 'another visit was still open at the door';
    default:
      return check.reason ? check.reason.charAt(0).toLowerCase() + check.reason.slice(1) : check.name;
  }
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/** The notice for a visit that just moved into `visit.state`, or null when there is nothing to tell. */
export function noticeOf(visit: Visit): Notice | null {
  switch (visit.state) {
    case 'completed':
      return completedNotice(visit);
    case 'denied': {
      const failed = visit.checks.filter((c) => !c.passed).map(checkWords);
      const why = failed.length > 0 ? failed.join('; ') : 'a check could not be run';
      return { kind: 'access_refused', message: `The courier was not let in: ${why}.` };
    }
    case 'fallback':
      return fallbackNotice(visit.method);
    case 'aborted': {
      const why = ABORT_REASON_WORDS[visit.reason] ?? visit.reason;
      const note = visit.note ? ` The courier wrote: “${visit.note}”` : '';
      return { kind: 'not_delivered', message: `Not delivered: ${why}.${note}` };
    }
    case 'failed':
      return { kind: 'visit_failed', message: sentence(`The visit could not go ahead: ${visit.detail}`) };
    default:
      return null;
  }
}

/** A completed visit: inside the home, or through the building's entrance (docs/buildings.md). */
function completedNotice(visit: Visit): Notice {
  if (visit.access === 'package_room') {
    const ref = visit.parcel ? ` (${visit.parcel.externalId})` : '';
    return { kind: 'left_in_package_room', message: `Your parcel${ref} is in your building's package room.` };
  }
  if (visit.access === 'lobby') {
    return { kind: 'delivered_in_building', message: "Delivered through your building's lobby." };
  }
  return { kind: 'delivered_inside', message: 'Delivered inside. The door is locked again.' };
}

export function fallbackNotice(method: string): Notice {
  if (method === 'doorstep')
    return { kind: 'left_outside', message: 'Your parcel was left outside the door. The courier took a photo.' };
  if (method === 'locker') return { kind: 'left_in_locker', message: 'Your parcel was left in a locker.' };
  return { kind: 'delivery_rescheduled', message: 'The courier could not deliver and will try again later.' };
}
