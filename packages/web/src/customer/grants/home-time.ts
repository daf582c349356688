// Times in the home's zone, whatever the browser's: windows are agreed in home time (docs/grants.md "Schedules").
// Only Intl is used; the platform computes the windows themselves (GrantView.nextWindows).

const pad = (n: number) => String(n).padStart(2, '0');

function parts(zone: string, ms: number): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
}

/** The zone's offset from UTC at an instant, in minutes (east positive). */
export function offsetMinutes(zone: string, ms: number): number {
  const p = parts(zone, ms);
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

export const localDateOf = (zone: string, ms: number) => {
  const p = parts(zone, ms);
  return `${p.year}-${p.month}-${p.day}`;
};

export const localTimeOf = (zone: string, ms: number) => {
  const p = parts(zone, ms);
  return `${p.hour}:${p.minute}`;
};

/** The instant a wall time of the home names (the first pass of a repeated hour; a skipped one moves forward). */
export function instantOf(zone: string, date: string, time: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const first = wall - offsetMinutes(zone, wall) * 60_000;
  return wall - offsetMinutes(zone, first) * 60_000;
}

const dayFormat = (zone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' });

/** "Tue 8 Dec, 10:00–12:00" in the home's zone. */
export function formatHomeWindow(zone: string, start: string, end: string): string {
  const s = Date.parse(start);
  const e = Date.parse(end);
  const sameDay = localDateOf(zone, s) === localDateOf(zone, e - 1);
  const endText = sameDay ? localTimeOf(zone, e) : `${dayFormat(zone).format(e)} ${localTimeOf(zone, e)}`;
  return `${dayFormat(zone).format(s)}, ${localTimeOf(zone, s)}–${endText}`;
}

export interface ClockChange {
  /** The local date the clocks change on. */
  date: string;
  label: string;
  direction: 'forward' | 'back';
  fromOffset: number;
  toOffset: number;
}

/** The next change of the zone's clocks within `days` of `fromMs`, found by comparing each day's noon offset. */
export function nextClockChange(zone: string, fromMs: number, days: number): ClockChange | null {
  let previous = offsetMinutes(zone, fromMs);
  for (let i = 1; i <= days; i++) {
    const at = fromMs + i * 86_400_000;
    const offset = offsetMinutes(zone, at);
    if (offset !== previous) {
      // The change happened in the last day: its local date is the date of the first instant with the new offset.
      let lo = at - 86_400_000;
      let hi = at;
      while (hi - lo > 60_000) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetMinutes(zone, mid) === previous) lo = mid;
        else hi = mid;
      }
      return {
        date: localDateOf(zone, hi),
        label: dayFormat(zone).format(hi),
        direction: offset > previous ? 'forward' : 'back',
        fromOffset: previous,
        toOffset: offset,
      };
    }
    previous = offset;
  }
  return null;
}

export const formatOffset = (minutes: number) => {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};
