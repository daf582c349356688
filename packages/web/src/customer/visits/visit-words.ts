import type { TimelineEntry } from '../../api/types.js';
import { humanize } from '../../ui/format.js';
import type { Tone } from '../../ui/status.js';

// Visit states and ledger kinds in plain words (docs/visits.md "States" and "Effects").

const STATES: Record<string, [string, Tone]> = {
  scheduled: ['Scheduled', 'neutral'],
  arrived: ['Courier at the door', 'info'],
  verified: ['Starting the camera', 'info'],
  recording: ['Recording, unlocking', 'info'],
  unlocked: ['Unlocked', 'warn'],
  door_opened: ['Door open', 'warn'],
  door_closed: ['Door closed, unlocked', 'warn'],
  relocked: ['Locked again', 'info'],
  garage_opening: ['Garage opening', 'warn'],
  garage_open: ['Garage open', 'warn'],
  garage_closing: ['Garage closing', 'warn'],
  completed: ['Completed', 'good'],
  denied: ['Denied', 'bad'],
  fallback: ['Left another way', 'neutral'],
  aborted: ['Aborted', 'neutral'],
  failed: ['Failed', 'bad'],
};

export const stateLabel = (state: string): [string, Tone] => STATES[state] ?? [humanize(state), 'neutral'];

/** States in which the camera must be recording: the indicator shows how fresh its heartbeat is. */
export const RECORDING_STATES = ['recording', 'unlocked', 'door_opened', 'door_closed', 'relocked'];
/** A garage (docs/access-points.md "Garage"): its door may be moving or open. */
const GARAGE_STATES = ['garage_opening', 'garage_open', 'garage_closing'];
export const OPEN_STATES = ['scheduled', 'arrived', 'verified', 'denied', ...RECORDING_STATES, ...GARAGE_STATES];

const KINDS: Record<string, string> = {
  'visit.opened': 'Visit opened',
  'visit.denied': 'Access denied',
  'unlock.requested': 'The courier asked to open the door',
  'recording.requested': 'The camera was told to record',
  'recording.confirmed': 'The camera confirmed it is recording',
  'capability.issued': 'A single-use unlock was issued to the lock',
  'lock.unlocked': 'Door unlocked',
  'door.opened': 'Door opened',
  'door.closed': 'Door closed',
  'lock.relocked': 'Door locked again',
  'recording.stop_requested': 'The camera will stop after its post-roll',
  'recording.stopped': 'The camera stopped recording',
  'visit.completed': 'Visit completed',
  'visit.fallback': 'Left another way',
  'visit.aborted': 'Visit aborted',
  'visit.failed': 'Visit failed',
  'visit.alert': 'Alert',
  'capability.revoked': 'The unused unlock was withdrawn from the lock',
  'garage.open_requested': 'The garage was told to open',
  'garage.opened': 'The garage reported open',
  'garage.close_requested': 'The garage was told to close',
  'garage.obstructed': 'The garage did not close (obstruction or no report)',
  'garage.closed': 'The garage reported closed',
  'package_room.parcel_stored': "Your parcel was left in your building's package room",
};

/** What a check makes sure of, for the list behind "details". */
export const CHECK_TITLES: Record<string, string> = {
  person_assigned: 'The courier is the one assigned',
  within_window: 'Inside the delivery window',
  within_geofence: 'At your address',
  customer_allows: 'Your preferences allow it today',
  served_area: 'Your address is served by the carrier',
  devices_ready: 'Your lock and camera are ready',
  no_open_visit: 'No other visit at the door',
  resident_of_building: 'The delivery is to you, through this entrance of your building',
  carrier_window: "Inside the carrier's hours at your building",
  resident_allows_building: 'You allow delivery through your building',
};

/** One ledger entry as a sentence; checks and alerts say which and why. */
export function describeEntry(entry: TimelineEntry): string {
  const d = entry.data;
  if (entry.kind === 'visit.check') {
    const name = CHECK_TITLES[String(d.name)] ?? humanize(String(d.name ?? 'check'));
    return d.passed ? `Check passed: ${name}` : `Check failed: ${name}${d.reason ? ` — ${d.reason}` : ''}`;
  }
  if (entry.kind === 'visit.alert' && typeof d.message === 'string') return `Alert: ${d.message}`;
  if (entry.kind === 'visit.fallback' && d.method === 'doorstep') return 'Left outside the door, with a photo';
  if (entry.kind === 'visit.fallback' && typeof d.method === 'string') return `Left another way: ${humanize(d.method)}`;
  if (entry.kind === 'visit.aborted' && d.reason === 'timed_out') return 'Closed: the courier left without opening';
  if (entry.kind === 'clip.stored') return "The video was stored; its fingerprint (SHA-256) is in your home's ledger";
  if (entry.kind.startsWith('clip.')) return `Video clip: ${humanize(entry.kind.slice(5))}`;
  return KINDS[entry.kind] ?? humanize(entry.kind);
}
