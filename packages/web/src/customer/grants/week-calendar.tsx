import { type PointerEvent, useState } from 'react';
import { covers, hourText, rectangle, type ScheduleDraft, WEEKDAY_NAMES, WEEKDAYS } from './schedule-draft.js';

// A week of hours to draw the window on: press on a cell and drag to another (or, from the keyboard, activate one
// cell and then another) and the rectangle between them becomes the days and hours of the window.

const HOURS = Array.from({ length: 24 }, (_, h) => h);

interface Cell {
  day: number;
  hour: number;
}

function cellAt(x: number, y: number): Cell | null {
  const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-day]');
  if (!el) return null;
  return { day: Number(el.dataset.day), hour: Number(el.dataset.hour) };
}

export function WeekCalendar({
  draft,
  onDraw,
}: {
  draft: ScheduleDraft;
  onDraw: (drawn: ReturnType<typeof rectangle>) => void;
}) {
  const [anchor, setAnchor] = useState<Cell | null>(null);
  const [dragging, setDragging] = useState<{ from: Cell; to: Cell } | null>(null);
  const preview = dragging ? { kind: 'weekly' as const, ...rectangle(dragging.from, dragging.to) } : draft;

  const down = (event: PointerEvent<HTMLButtonElement>, cell: Cell) => {
    event.preventDefault();
    event.currentTarget.releasePointerCapture?.(event.pointerId);
    setDragging({ from: cell, to: cell });
  };
  const move = (event: PointerEvent) => {
    if (!dragging) return;
    const cell = cellAt(event.clientX, event.clientY);
    if (cell && (cell.day !== dragging.to.day || cell.hour !== dragging.to.hour))
      setDragging({ ...dragging, to: cell });
  };
  const up = () => {
    if (!dragging) return;
    onDraw(rectangle(dragging.from, dragging.to));
    setAnchor(null);
    setDragging(null);
  };
  // A click from the keyboard (detail 0): the first cell starts the window, the second closes it.
  const key = (detail: number, cell: Cell) => {
    if (detail !== 0) return;
    if (!anchor) {
      setAnchor(cell);
      onDraw(rectangle(cell, cell));
    } else {
      onDraw(rectangle(anchor, cell));
      setAnchor(null);
    }
  };

  return (
    <div className="week-calendar" onPointerMove={move} onPointerUp={up} onPointerLeave={up}>
      <table aria-label="Week: press and drag over the days and hours of the window">
        <thead>
          <tr>
            <td />
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col">
                {WEEKDAY_NAMES[d]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {HOURS.map((hour) => (
            <tr key={hour}>
              <th scope="row">{hourText(hour)}</th>
              {WEEKDAYS.map((d, day) => {
                const on = covers(preview, d, hour);
                return (
                  <td key={d}>
                    <button
                      type="button"
                      className={on ? 'slot on' : 'slot'}
                      data-day={day}
                      data-hour={hour}
                      aria-pressed={on}
                      aria-label={`${WEEKDAY_NAMES[d]} ${hourText(hour)}`}
                      onPointerDown={(e) => down(e, { day, hour })}
                      onClick={(e) => key(e.detail, { day, hour })}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
