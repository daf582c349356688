import { type GrantSchedule, type RecurringSchedule, validateSchedule } from '../src/index.js';

/** A recurring schedule that must validate (the test fails loudly otherwise). */
export function recurring(
  zone: string,
  rrule: string,
  startLocal: string,
  durationMinutes: number,
  firstDate: string,
  exdates: string[] = [],
): RecurringSchedule {
  const result = validateSchedule({ kind: 'recurring', rrule, startLocal, durationMinutes, firstDate, exdates }, zone);
  if (!result.ok) throw new Error(result.error);
  return result.value as RecurringSchedule;
}

export function once(zone: string, start: string, end: string): GrantSchedule {
  const result = validateSchedule({ kind: 'once', start, end }, zone);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export const at = (iso: string): number => Date.parse(iso);
export const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Occurrences as 'localDate startUTC..endUTC', easy to read in a failing test. */
export const spans = (list: readonly { localDate: string; startMs: number; endMs: number }[]): string[] =>
  list.map((o) => `${o.localDate} ${iso(o.startMs)}..${iso(o.endMs)}`);
