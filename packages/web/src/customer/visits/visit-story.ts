import type { Check, VisitDetail } from '../../api/types.js';
import { formatShortTime } from '../../ui/format.js';
import type { Tone } from '../../ui/status.js';
import { stateLabel } from './visit-words.js';

// A visit told in plain sentences for the customer: what happened, and why when it did not go to plan.

/** The courier's reasons as the customer reads them. */
export const ABORT_WORDS: Record<string, string> = {
  dog: 'a dog was loose',
  unsafe: 'it was not safe',
  no_access: 'the courier could not get to the door',
  other: 'something else stopped the courier',
  timed_out: 'the courier left without opening the door, so the visit was closed',
};

/** A failed check in the customer's words (the checks' own reasons speak to the courier: "You are 480 m …"). */
export function checkWords(check: Check): string {
  switch (check.name) {
    case 'within_geofence': {
      const d = (check.evidence as { distanceMeters?: unknown } | null)?.distanceMeters;
      return typeof d === 'number'
        ? `The courier was ${Math.round(d)} m from your address`
        : 'The courier was not at your address';
    }
    case 'within_window':
      return 'It was outside the delivery window';
    case 'customer_allows':
      return 'Your preferences do not allow access today';
    case 'served_area':
      return 'Your address is not served by this carrier';
    case 'person_assigned':
      return 'The courier is not the one assigned to this delivery';
    case 'devices_ready':
      return check.reason ?? 'Your lock or camera was not ready';
    case 'no_open_visit':
      return 'Another visit was still open at your door';
    default:
      return check.reason ?? check.name;
  }
}

export interface Story {
  headline: string;
  tone: Tone;
  /** Further sentences: why, what the courier said. */
  details: string[];
}

const entryAt = (visit: VisitDetail, kind: string) => visit.timeline.find((e) => e.kind === kind)?.at ?? null;

export function storyOf(visit: VisitDetail): Story {
  const outcome = (visit.outcome ?? {}) as Record<string, unknown>;
  switch (visit.state) {
    case 'completed': {
      const relocked = entryAt(visit, 'lock.relocked');
      return {
        headline: 'Delivered inside',
        tone: 'good',
        details: [relocked ? `The door was locked again at ${formatShortTime(relocked)}.` : 'The door is locked.'],
      };
    }
    case 'fallback':
      return outcome.method === 'doorstep'
        ? { headline: 'Left outside the door', tone: 'neutral', details: ['The courier took a photo of where.'] }
        : { headline: 'Not delivered yet', tone: 'warn', details: ['The courier will try again later.'] };
    case 'aborted': {
      const reason = String(outcome.reason ?? 'other');
      const note = typeof outcome.note === 'string' && outcome.note ? [`The courier wrote: “${outcome.note}”`] : [];
      const why = ABORT_WORDS[reason] ?? reason;
      return {
        headline: 'Not delivered',
        tone: 'warn',
        details: [`${why.charAt(0).toUpperCase()}${why.slice(1)}.`, ...note],
      };
    }
    case 'denied':
      return {
        headline: 'The courier was not let in',
        tone: 'bad',
        details: visit.checks.filter((c) => !c.passed).map((c) => `${checkWords(c)}.`),
      };
    case 'failed':
      return {
        headline: 'The visit could not go ahead',
        tone: 'bad',
        details: [`${String(outcome.detail ?? 'Something went wrong').replace(/^./, (c) => c.toUpperCase())}.`],
      };
    default: {
      const [label] = stateLabel(visit.state);
      return { headline: `In progress: ${label}`, tone: 'info', details: [] };
    }
  }
}
