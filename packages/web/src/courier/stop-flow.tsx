import type { Stop } from '../api/types.js';
import { CarGuide, isCarVisit } from '../car/car-guide.js';
import { GARAGE_STATES, GarageAction, GarageSteps, isGarageVisit } from '../garage/garage-action.js';
import { useMe } from '../session/session.js';
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
  aborted: 'Marked as not delivered. The customer has been told.',
};
const BOLT_OPEN = ['unlocked', 'door_opened', 'door_closed'];
/** A car's boot (docs/car-boot.md): it completes only once the car reports the boot closed and locked. */
const BOOT_OPEN = ['boot_unlocked', 'boot_open'];
const BOOT_SHUT = ['boot_closed', 'boot_secured'];
const UNDER_WAY = ['verified', 'recording', ...BOLT_OPEN, 'relocked'];

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

/** The one thing to do now, pinned where the thumb is: arrive → open door → done. */
function PrimaryAction({ flow, stop }: { flow: VisitFlow; stop: Stop }) {
  const me = useMe();
  const state = flow.visit?.state ?? '';
  const busy = flow.busy !== null;
  if (!flow.visit || state === 'denied') {
    const near = { ...stop.location, accuracyMeters: 10 };
    return <PositionControl near={near} busy={busy} demoMode={me.demo === true} onPosition={flow.arrive} />;
  }
  if (flow.visit && isCarVisit(flow.visit.checks)) return <BootAction flow={flow} state={state} busy={busy} />;
  if (flow.visit && isGarageVisit(flow.visit)) {
    const pending = flow.busy === 'unlock';
    return <GarageAction state={state} busy={busy} pending={pending} onOpen={flow.unlock} onDone={flow.complete} />;
  }
  if (state === 'arrived' || state === 'verified' || state === 'recording')
    return (
      <button type="button" className="button primary big" onClick={flow.unlock} disabled={busy || state !== 'arrived'}>
        {state === 'arrived' && flow.busy !== 'unlock' ? 'Open door' : 'Opening… the camera starts first'}
      </button>
    );
  if (BOLT_OPEN.includes(state))
    return <p role="status">Put the parcel inside and close the door. It locks by itself.</p>;
  if (state === 'relocked')
    return (
      <button type="button" className="button primary big" onClick={flow.complete} disabled={busy}>
        Done
      </button>
    );
  return null;
}

function BootAction({ flow, state, busy }: { flow: VisitFlow; state: string; busy: boolean }) {
  if (state === 'arrived' || state === 'boot_unlocking')
    return (
      <button type="button" className="button primary big" onClick={flow.unlock} disabled={busy || state !== 'arrived'}>
        {state === 'arrived' && flow.busy !== 'unlock' ? 'Open boot' : 'Opening the boot…'}
      </button>
    );
  if (BOOT_OPEN.includes(state))
    return <p role="status">Put the parcel in the boot and close it. It locks by itself.</p>;
  if (BOOT_SHUT.includes(state))
    return (
      <button type="button" className="button primary big" onClick={flow.complete} disabled={busy}>
        {state === 'boot_secured' ? 'Done' : 'Done — lock the boot'}
      </button>
    );
  return null;
}

/** Leaving the parcel another way, or not at all: folded away unless the door cannot open. */
function OtherOptions({ flow }: { flow: VisitFlow }) {
  const state = flow.visit?.state ?? '';
  const canFallBack =
    (state === 'denied' || state === 'arrived' || state === 'failed') && flow.fallback?.kind !== 'retry';
  const canAbort = state === 'denied' || state === 'arrived' || state === 'verified';
  if (!canFallBack && !canAbort) return null;
  const blocked = state === 'denied' || state === 'failed';
  return (
    <details className="card more" open={blocked || undefined}>
      <summary>{blocked ? 'What you can do instead' : "Can't open the door? Other options"}</summary>
      <div className="stack">
        {canFallBack && <LeaveOutside busy={flow.busy !== null} onLeave={flow.leave} />}
        {canAbort && <CantDeliver busy={flow.busy !== null} onAbort={flow.abort} />}
      </div>
    </details>
  );
}

/** The courier at one stop: arrive, see the checks, open the door or leave the parcel another way. */
export function StopFlow({ stop }: { stop: Stop }) {
  const flow = useVisitFlow(stop.delivery.id, stop.visitId);
  const state = flow.visit?.state;
  const car = flow.visit ? isCarVisit(flow.visit.checks) : false;
  const garage = flow.visit ? isGarageVisit(flow.visit) : false;
  if (garage && state === 'completed')
    return (
      <p className="notice notice-success" role="status">
        Delivered into the garage. The opener reports it closed.
      </p>
    );
  if (state && DONE_STATES[state])
    return (
      <p className="notice notice-success" role="status">
        {car && state === 'completed' ? 'Delivered into the car. The boot is locked.' : DONE_STATES[state]}
      </p>
    );
  return (
    <div className="stack">
      {flow.error && <ErrorPanel error={flow.error} />}
      {flow.visit && flow.visit.checks.length > 0 && <ArrivalChecks key={flow.visit.id} checks={flow.visit.checks} />}
      <FallbackAdvice flow={flow} />
      {state !== 'failed' && (
        <div className="primary-action">
          <PrimaryAction flow={flow} stop={stop} />
        </div>
      )}
      {car && flow.visit && <CarGuide visitId={flow.visit.id} stop={stop} />}
      {garage && state && GARAGE_STATES.includes(state) && <GarageSteps state={state} />}
      {!garage && state && UNDER_WAY.includes(state) && (
        <section className="card" aria-labelledby="door-title">
          <h2 id="door-title">The door</h2>
          <DoorSteps visit={flow.visit} pending={flow.busy === 'unlock'} />
        </section>
      )}
      <OtherOptions flow={flow} />
    </div>
  );
}
