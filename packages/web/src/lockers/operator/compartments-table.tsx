import type { Compartment } from '../../api/lockers.js';
import { Badge } from '../../ui/status.js';
import { compartmentState, DOOR_WORDS, STATE_WORDS } from './compartment-state.js';

// A site's compartments: label, size, door and state; an admin ticks the ones to open.

export function CompartmentsTable({
  compartments,
  lockedOut,
  selected,
  onToggle,
}: {
  compartments: Compartment[];
  lockedOut: ReadonlySet<string>;
  /** The ticked compartments; null for a member, who reads only. */
  selected: ReadonlySet<string> | null;
  onToggle: (id: string) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="compartments">
        <caption className="visually-hidden">Compartments</caption>
        <thead>
          <tr>
            {selected && <th scope="col">Open</th>}
            <th scope="col">Label</th>
            <th scope="col">Size</th>
            <th scope="col">Door</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {compartments.map((c) => {
            const state = STATE_WORDS[compartmentState(c, lockedOut)];
            return (
              <tr key={c.id} aria-label={`Compartment ${c.label}`}>
                {selected && (
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Open ${c.label}`}
                      checked={selected.has(c.id)}
                      onChange={() => onToggle(c.id)}
                    />
                  </td>
                )}
                <th scope="row">{c.label}</th>
                <td>{c.size}</td>
                <td>{DOOR_WORDS[c.door] ?? c.door}</td>
                <td>
                  <Badge tone={state.tone}>{state.label}</Badge>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
