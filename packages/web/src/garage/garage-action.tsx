import type { Visit } from '../api/types.js';

// In-garage delivery on the courier's phone (docs/access-points.md "Garage"): open the garage, put the parcel in,
// say done; the platform closes the door and the stop ends only once the opener reports it closed.

/** States in which the garage may be moving or open: the phone follows them. */
export const GARAGE_STATES = ['garage_opening', 'garage_open', 'garage_closing'];

/** A visit at a garage: its device check judged an opener (or it is already in a garage state). */
export const isGarageVisit = (visit: Pick<Visit, 'state' | 'checks'>) =>
  GARAGE_STATES.includes(visit.state) ||
  visit.checks.some((c) => c.name === 'devices_ready' && Object.hasOwn(Object(c.evidence), 'opener'));

export function GarageAction({
  state,
  busy,
  pending,
  onOpen,
  onDone,
}: {
  state: string;
  busy: boolean;
  pending: boolean;
  onOpen(): void;
  onDone(): void;
}) {
  if (state === 'arrived' || state === 'verified' || state === 'garage_opening')
    return (
      <button type="button" className="button primary big" onClick={onOpen} disabled={busy || state !== 'arrived'}>
        {state === 'arrived' && !pending ? 'Open garage' : 'Opening the garage…'}
      </button>
    );
  if (state === 'garage_open')
    return (
      <div className="stack">
        <p role="status">The garage is open. Put the parcel inside, step out, then close it.</p>
        <button type="button" className="button primary big" onClick={onDone} disabled={busy}>
          Done — close the garage
        </button>
      </div>
    );
  if (state === 'garage_closing')
    return <p role="status">Closing the garage… the stop ends when the opener reports it closed.</p>;
  return null;
}

const STEPS: Array<{ label: string; reached: string[] }> = [
  { label: 'Garage opening', reached: ['garage_opening', 'garage_open', 'garage_closing', 'completed'] },
  { label: 'Garage open', reached: ['garage_open', 'garage_closing', 'completed'] },
  { label: 'Closing', reached: ['garage_closing', 'completed'] },
  { label: 'Closed', reached: ['completed'] },
];

export function GarageSteps({ state }: { state: string }) {
  return (
    <section className="card" aria-labelledby="garage-title">
      <h2 id="garage-title">The garage</h2>
      <ol className="progress" aria-label="Garage progress">
        {STEPS.map((step) => {
          const done = step.reached.includes(state);
          return (
            <li key={step.label} className={done ? 'done' : 'pending'}>
              <span aria-hidden="true">{done ? '✓' : '○'}</span>
              {step.label}
              <span className="visually-hidden">{done ? ' done' : ' not yet'}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
