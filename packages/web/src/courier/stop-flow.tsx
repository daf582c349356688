import type { Stop } from '../api/types.js';
import { humanize } from '../ui/format.js';
import { ErrorPanel } from '../ui/status.js';
import { ArrivalChecks } from './arrival-checks.js';
import { CantDeliver } from './cant-deliver.js';
import { DoorSteps } from './door-steps.js';
import { LeaveOutside } from './leave-outside.js';
import { PositionControl } from './position-control.js';
import { useVisitFlow, type VisitFlow } from './use-visit-flow.js';

const DONE_STATES: Record<string, string> = {
  completed: 'Delivered inside. Thank you — the door is locked.',
  fallback: 'Left outside. The customer has been told.',
  aborted: 'Marked as not delivered.',
};
const BOLT_OPEN = ['unlocked', 'door_opened', 'door_closed'];

function FallbackAdvice({ flow }: { flow: VisitFlow }) {
  if (!flow.fallback) return null;
  const f = flow.fallback;
  const advice =
    f.kind === 'retry'
      ? 'Nothing can be left here yet. Sort out the reason above, then say you are here again.'
      : `The customer asks for: ${humanize(f.method)}.`;
  return (
    <div className="notice notice-warn" role="status">
      <p className="notice-title">{f.reason}</p>
      <p>{advice}</p>
    </div>
  );
}

function DoorControls({ flow }: { flow: VisitFlow }) {
  const state = flow.visit?.state ?? '';
  return (
    <section className="card" aria-labelledby="door-title">
      <h2 id="door-title">The door</h2>
      <DoorSteps visit={flow.visit} pending={flow.busy === 'unlock'} />
      <div className="actions">
        {state === 'arrived' && (
          <button type="button" className="button primary big" onClick={flow.unlock} disabled={flow.busy !== null}>
            {flow.busy === 'unlock' ? 'Opening… the camera starts first' : 'Open door'}
          </button>
        )}
        {BOLT_OPEN.includes(state) && (
          <p role="status">Put the parcel inside and close the door. It locks by itself.</p>
        )}
        {state === 'relocked' && (
          <button type="button" className="button primary big" onClick={flow.complete} disabled={flow.busy !== null}>
            Done
          </button>
        )}
      </div>
    </section>
  );
}

/** The courier at one stop: arrive, see the checks, open the door or leave the parcel another way. */
export function StopFlow({ stop }: { stop: Stop }) {
  const flow = useVisitFlow(stop.delivery.id, stop.visitId);
  const state = flow.visit?.state;
  const near = { ...stop.location, accuracyMeters: 10 };
  if (state && DONE_STATES[state])
    return (
      <p className="notice notice-success" role="status">
        {DONE_STATES[state]}
      </p>
    );
  const canArrive = !flow.visit || state === 'denied';
  const canFallBack = state === 'denied' || state === 'arrived' || state === 'failed';
  return (
    <div className="stack">
      {flow.error && <ErrorPanel error={flow.error} />}
      {flow.visit && flow.visit.checks.length > 0 && <ArrivalChecks key={flow.visit.id} checks={flow.visit.checks} />}
      <FallbackAdvice flow={flow} />
      {canArrive && <PositionControl near={near} busy={flow.busy !== null} onPosition={flow.arrive} />}
      {flow.visit && !canArrive && state !== 'failed' && <DoorControls flow={flow} />}
      {canFallBack && flow.fallback?.kind !== 'retry' && (
        <LeaveOutside busy={flow.busy !== null} onLeave={flow.leave} />
      )}
      {(state === 'denied' || state === 'arrived' || state === 'verified') && (
        <CantDeliver busy={flow.busy !== null} onAbort={flow.abort} />
      )}
    </div>
  );
}
