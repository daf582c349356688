import type { Expectation, GrantVisit } from '../../api/grants.js';

// A service visit's verdict in plain words (docs/grants.md "Check-out and the verdict").

const KEPT: Record<Expectation['name'], string> = {
  in_window: 'Came and left within the agreed window',
  max_duration: 'Stayed no longer than agreed',
  door_relocked: 'The door locked again after every entry',
  camera_recording: 'The camera recorded every entry',
  checked_out: 'Checked out when leaving',
};

const BROKEN: Record<Expectation['name'], string> = {
  in_window: 'Came or left outside the agreed window',
  max_duration: 'Stayed longer than agreed',
  door_relocked: 'The door did not lock again after an entry',
  camera_recording: 'An entry was not fully recorded',
  checked_out: 'Did not check out',
};

export function expectationWords(e: Expectation): string {
  if (e.outcome === 'not_applicable') return `${KEPT[e.name]}: not asked for`;
  if (e.outcome === 'kept') return KEPT[e.name];
  return e.reason ? `${BROKEN[e.name]}: ${e.reason}` : BROKEN[e.name];
}

const UNDER_WAY: Record<string, string> = {
  arrived: 'Checked in at the door',
  verified: 'Opening the door',
  recording: 'The camera is recording; the door opens next',
  unlocked: 'The door is unlocked',
  door_opened: 'Inside: the door is open',
  door_closed: 'The door closed; it locks by itself',
  relocked: 'The door is locked again; still checked in',
  denied: 'Refused at the door',
  completed: 'Checked out',
  aborted: 'Ended before going in',
  failed: 'The door could not be opened',
};

/** What the visit is now, before its verdict. */
export const visitStateWords = (v: GrantVisit) => UNDER_WAY[v.state] ?? v.state;
