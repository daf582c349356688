import { useState } from 'react';

// Days off are calendar dates in the home's zone (docs/visits.md "Time zones and DST"), so the calendar works on
// plain dates: no instants, no zone arithmetic.

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m + 1)}-${pad(d)}`;

export interface Cell {
  key: string;
  /** Day of the month, or null for a day of a neighbouring month. */
  day: number | null;
}

/** The weeks of a month, Monday first. */
export function monthGrid(year: number, month: number): Cell[][] {
  const first = (new Date(Date.UTC(year, month, 1)).getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells: Array<number | null> = [...Array(first).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const keyed = cells.map((day, i) => ({ key: day === null ? `blank-${i}` : isoDate(year, month, day), day }));
  return Array.from({ length: keyed.length / 7 }, (_, w) => keyed.slice(w * 7, w * 7 + 7));
}

export function DaysOffCalendar({ value, onChange }: { value: string[]; onChange: (days: string[]) => void }) {
  const today = new Date();
  const todayIso = isoDate(today.getFullYear(), today.getMonth(), today.getDate());
  const [month, setMonth] = useState({ year: today.getFullYear(), month: today.getMonth() });
  const title = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(
    new Date(month.year, month.month, 1),
  );
  const dayLabel = new Intl.DateTimeFormat(undefined, { dateStyle: 'full' });
  const shift = (delta: number) => {
    const d = new Date(month.year, month.month + delta, 1);
    setMonth({ year: d.getFullYear(), month: d.getMonth() });
  };
  const toggle = (date: string) =>
    onChange(value.includes(date) ? value.filter((d) => d !== date) : [...value, date].sort());
  return (
    <div className="stack">
      <div className="row">
        <button
          type="button"
          className="button secondary small"
          onClick={() => shift(-1)}
          disabled={month.year === today.getFullYear() && month.month === today.getMonth()}
        >
          ‹ Previous<span className="visually-hidden"> month</span>
        </button>
        <button type="button" className="button secondary small" onClick={() => shift(1)}>
          Next<span className="visually-hidden"> month</span> ›
        </button>
      </div>
      <table className="calendar">
        <caption aria-live="polite">{title}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month.year, month.month).map((week) => (
            <tr key={week[0]!.key}>
              {week.map(({ key, day }) => {
                if (day === null) return <td key={key} />;
                const date = isoDate(month.year, month.month, day);
                const off = value.includes(date);
                // A day that has passed cannot be taken off any more (ISO dates compare as strings).
                const past = date < todayIso;
                const label = `${dayLabel.format(new Date(month.year, month.month, day))}${off ? ', day off' : ''}`;
                return (
                  <td key={date}>
                    <button
                      type="button"
                      aria-pressed={off}
                      aria-label={label}
                      disabled={past && !off}
                      onClick={() => toggle(date)}
                    >
                      {day}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        {value.length === 0 ? 'No days off: in-home delivery is allowed every day.' : `Days off: ${value.join(', ')}`}
      </p>
    </div>
  );
}
