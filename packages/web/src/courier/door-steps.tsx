import type { Visit } from '../api/types.js';

// The unlock as the courier sees it (docs/visits.md "States"): the camera must record before the bolt moves.

const STEPS: Array<{ label: string; reached: string[] }> = [
  {
    label: 'Camera recording',
    reached: ['recording', 'unlocked', 'door_opened', 'door_closed', 'relocked', 'completed'],
  },
  { label: 'Door unlocked', reached: ['unlocked', 'door_opened', 'door_closed', 'relocked', 'completed'] },
  { label: 'Door opened', reached: ['door_opened', 'door_closed', 'relocked', 'completed'] },
  { label: 'Door closed', reached: ['door_closed', 'relocked', 'completed'] },
  { label: 'Locked again', reached: ['relocked', 'completed'] },
];

export function DoorSteps({ visit, pending }: { visit: Visit | null; pending: boolean }) {
  const state = visit?.state ?? '';
  return (
    <ol className="progress" aria-label="Door progress">
      {STEPS.map((step, i) => {
        const done = step.reached.includes(state);
        const current = !done && (i === 0 ? pending : (STEPS[i - 1]?.reached.includes(state) ?? false));
        return (
          <li key={step.label} className={done ? 'done' : 'pending'} aria-current={current ? 'step' : undefined}>
            <span aria-hidden="true">{done ? '✓' : current ? '…' : '○'}</span>
            {step.label}
            <span className="visually-hidden">{done ? ' done' : current ? ' in progress' : ' not yet'}</span>
          </li>
        );
      })}
    </ol>
  );
}
