import type { MyWindow } from '../api/grants.js';
import { ArrivalChecks } from '../courier/arrival-checks.js';
import { DoorSteps } from '../courier/door-steps.js';
import { PositionControl } from '../courier/position-control.js';
import { expectationWords } from '../customer/grants/verdict-words.js';
import { useMe } from '../session/session.js';
import { ErrorPanel } from '../ui/status.js';
import { type ServiceVisit, useServiceVisit } from './use-service-visit.js';

// The worker at the door: check in → open the door (again, after it locked, as often as needed) → check out.

const BOLT_OPEN = ['verified', 'recording', 'unlocked', 'door_opened', 'door_closed'];
const OPEN_STATES = ['arrived', 'relocked', ...BOLT_OPEN];

function CheckOut({ flow }: { flow: ServiceVisit }) {
  const state = flow.visit?.state ?? '';
  const waiting = BOLT_OPEN.includes(state);
  return (
    <div className="stack">
      <button
        type="button"
        className="button secondary big"
        onClick={flow.checkOut}
        disabled={flow.busy !== null || waiting}
        aria-describedby={waiting ? 'check-out-why' : undefined}
      >
        Check out
      </button>
      {waiting && (
        <p id="check-out-why" className="muted">
          You can check out once the door has locked again: close it and it locks by itself.
        </p>
      )}
    </div>
  );
}

function Primary({ flow, window }: { flow: ServiceVisit; window: MyWindow }) {
  const me = useMe();
  const state = flow.visit?.state ?? '';
  const busy = flow.busy !== null;
  if (!flow.visit || state === 'denied' || !OPEN_STATES.includes(state)) {
    const near = { ...window.location, accuracyMeters: 10 };
    return <PositionControl near={near} busy={busy} demoMode={me.demo === true} onPosition={flow.checkIn} />;
  }
  if (state === 'arrived' || state === 'relocked')
    return (
      <button type="button" className="button primary big" onClick={flow.unlock} disabled={busy}>
        {flow.busy === 'unlock'
          ? 'Opening… the camera starts first'
          : state === 'relocked'
            ? 'Open the door again'
            : 'Open the door'}
      </button>
    );
  return <p role="status">Go in or out, then close the door. It locks by itself.</p>;
}

function Done({ flow }: { flow: ServiceVisit }) {
  const v = flow.verdict;
  return (
    <div className="stack">
      <p className="notice notice-success" role="status">
        Checked out. Thank you — the customer can see your visit.
      </p>
      {v && (
        <section className="card" aria-labelledby="verdict-title">
          <h2 id="verdict-title">
            {v.verdict === 'kept' ? 'Every expectation kept' : 'Some expectations were broken'}
          </h2>
          <ul className="list">
            {v.expectations.map((e) => (
              <li key={e.name}>{expectationWords(e)}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export function VisitFlow({ window }: { window: MyWindow }) {
  const flow = useServiceVisit(window.grantId);
  const state = flow.visit?.state ?? '';
  if (state === 'completed') return <Done flow={flow} />;
  return (
    <div className="stack">
      {flow.error && <ErrorPanel error={flow.error} />}
      {flow.visit && flow.visit.checks.length > 0 && <ArrivalChecks key={flow.visit.id} checks={flow.visit.checks} />}
      <div className="primary-action">
        <Primary flow={flow} window={window} />
      </div>
      {flow.visit && OPEN_STATES.includes(state) && (
        <>
          <section className="card" aria-labelledby="door-title">
            <h2 id="door-title">The door</h2>
            <DoorSteps visit={flow.visit} pending={flow.busy === 'unlock'} />
          </section>
          <CheckOut flow={flow} />
        </>
      )}
      {flow.visit && state === 'denied' && <CheckOut flow={flow} />}
    </div>
  );
}
