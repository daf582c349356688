import type { Grant } from '../../api/grants.js';
import { formatOffset, localTimeOf, nextClockChange } from './home-time.js';

// A weekly window keeps its local start time across a change of the clocks (docs/grants.md "Instants, across DST"):
// said plainly, before it happens, when a change falls within the next eight weeks.

export function ClockChangeNote({ grant, zone, now }: { grant: Grant; zone: string; now: number }) {
  if (grant.schedule.kind !== 'recurring' || grant.status === 'revoked') return null;
  const change = nextClockChange(zone, now, 56);
  if (!change) return null;
  const start =
    grant.schedule.startLocal ??
    (grant.nextWindows[0] ? localTimeOf(zone, Date.parse(grant.nextWindows[0].start)) : '');
  return (
    <p className="notice notice-info">
      Clocks go {change.direction} on {change.label} ({formatOffset(change.fromOffset)} to{' '}
      {formatOffset(change.toOffset)}): the {start} window stays at {start} local time.
    </p>
  );
}
