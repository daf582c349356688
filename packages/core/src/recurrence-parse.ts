import type { RecurrenceRule, ScheduleResult } from './recurrence.js';

/**
 * Parses the supported subset of an RFC 5545 RRULE value ("FREQ=WEEKLY;BYDAY=TU;INTERVAL=2", an optional "RRULE:"
 * prefix allowed). Anything outside the subset is refused with a sentence naming the part.
 */
export function parseRrule(text: string): ScheduleResult<RecurrenceRule> {
  void text;
  throw new Error('not implemented yet');
}

/** The canonical RRULE text of a rule; parseRrule(formatRrule(rule)) gives the rule back. */
export function formatRrule(rule: RecurrenceRule): string {
  void rule;
  throw new Error('not implemented yet');
}
