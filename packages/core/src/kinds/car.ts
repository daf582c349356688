import type { AccessKindModule } from '../access-kind.js';
import { carUnlockAllowed } from '../car-checks.js';
import { CAR_ARRIVAL_CHECKS, checkVehicleReady } from '../car-visit-checks.js';
import { pairingProblem } from '../checks-devices.js';
import { fail, onArrive } from '../visit-arrival.js';
import { issueEffects, liveCapability } from '../visit-capability.js';
import { onAbort, onFallback } from '../visit-endings.js';
import type { CarStep, Effect, VisitEvent } from '../visit-events.js';
import { disarmAll, type Handled, ledger, raise, refuse, retime } from '../visit-step.js';
import {
  BOOT_OPEN_STATES,
  type CarBootClosedVisit,
  type CarBootOpenVisit,
  type CarSecuredVisit,
  type CarUnlockedVisit,
  type TimerKind,
  type Visit,
  type VisitCapability,
} from '../visit-types.js';
import { onTimer as onCommonTimer } from '../visit-watch.js';

// In-car delivery (docs/car-boot.md): a connected car whose boot opens for one capability. The rules this module
// exists for: the boot is unlocked only on checks run again at the courier's request (the car did not move, the
// courier stands at it), and **a car visit completes only from the car's own report that the boot is closed and
// locked**. A boot left unlocked gets the platform's `lock`, then an alert; the visit then fails.

type StepOf<K extends CarStep['kind']> = Extract<CarStep, { kind: K }>;
type Unlocked = CarUnlockedVisit | CarBootOpenVisit | CarBootClosedVisit | CarSecuredVisit;

const vehicle = {
  unlock: { type: 'command', role: 'vehicle', command: 'unlock' },
  lock: { type: 'command', role: 'vehicle', command: 'lock' },
  visitClose: { type: 'command', role: 'vehicle', command: 'visit.close' },
} as const satisfies Record<string, Effect>;

/** How long the car may take to report the boot unlocked after the command. */
const UNLOCK_CONFIRM_MS = 30_000;

function onUnlockRequested(visit: Visit, step: StepOf<'unlock_requested'>, nowMs: number): Handled {
  if (visit.state !== 'arrived') return refuse('access can be requested once, after arrival with all checks passed');
  const recorded = step.checks.map((c) =>
    ledger('visit.check', { name: c.name, passed: c.passed, reason: c.reason, evidence: c.evidence, at: 'unlock' }),
  );
  if (!carUnlockAllowed(step.checks)) {
    const failed = step.checks.filter((c) => !c.passed);
    // The arrival timeout stays armed: a denied visit still closes if the courier does nothing.
    return {
      visit: { ...visit, state: 'denied', deniedAtMs: nowMs, checks: step.checks },
      effects: [
        ...recorded,
        ledger('visit.denied', { failed: failed.map((c) => c.name), reasons: failed.map((c) => c.reason) }),
        { type: 'notify_customer', message: `The car was not opened: ${failed.map((c) => c.reason).join('; ')}` },
      ],
    };
  }
  const capability: VisitCapability = { ...step.capability, channel: 'mqtt', unused: false };
  const { timers, effects } = retime(visit.timers, { open_confirm_timeout: nowMs + UNLOCK_CONFIRM_MS }, [
    'arrival_timeout',
  ]);
  return {
    visit: {
      ...visit,
      state: 'boot_unlocking',
      unlockRequestedAtMs: nowMs,
      unlockChecks: step.checks,
      timers,
      capability,
    },
    effects: [
      ...recorded,
      ...effects,
      ledger('unlock.requested', { atMs: nowMs }),
      ...issueEffects(visit, capability),
      vehicle.unlock,
    ],
  };
}

/** The boot reported closed and locked: the passage is secured, and a courier who already said "done" is done. */
function secured(visit: Unlocked, nowMs: number, before: Effect[]): Handled {
  const { timers, effects } = retime(visit.timers, {}, ['relock_due', 'overdue', 'door_open_too_long']);
  const at: CarSecuredVisit = { ...visit, state: 'boot_secured', securedAtMs: nowMs, timers };
  const facts = [...before, ...effects, ledger('boot.secured', { atMs: nowMs, opened: visit.openedAtMs !== null })];
  if (!visit.completeRequested) return { visit: at, effects: facts };
  const done = complete(at, nowMs);
  return 'refused' in done ? done : { visit: done.visit, effects: [...facts, ...done.effects] };
}

function complete(visit: CarSecuredVisit, nowMs: number): Handled {
  return {
    visit: { ...visit, state: 'completed', access: 'car', completedAtMs: nowMs },
    effects: [
      ledger('visit.completed', { atMs: nowMs, insideMs: visit.securedAtMs - visit.unlockedAtMs, marks: visit.marks }),
      { type: 'notify_customer', message: 'The parcel is in your car and the boot is closed and locked' },
    ],
  };
}

function fromUnlocking(visit: Visit, step: StepOf<'boot'>, nowMs: number): Handled {
  if (visit.state !== 'boot_unlocking') return refuse('no unlock is pending');
  if (step.locked && step.boot === 'closed') return { visit, effects: [] }; // not yet: a report from before
  const { timers, effects } = retime(visit.timers, { overdue: nowMs + visit.expectations.maxDurationMs }, [
    'open_confirm_timeout',
  ]);
  const unlocked: CarUnlockedVisit = {
    ...visit,
    state: 'boot_unlocked',
    unlockedAtMs: nowMs,
    openedAtMs: null,
    lockCommanded: false,
    completeRequested: false,
    timers,
  };
  const facts = [ledger('boot.unlocked', { atMs: nowMs }), ...effects];
  return step.boot === 'open' ? opened(unlocked, nowMs, facts) : { visit: unlocked, effects: facts };
}

function opened(visit: Unlocked, nowMs: number, before: Effect[]): Handled {
  const { timers, effects } = retime(visit.timers, { door_open_too_long: nowMs + visit.expectations.maxDoorOpenMs }, [
    'relock_due',
  ]);
  const next: CarBootOpenVisit = { ...visit, state: 'boot_open', openedAtMs: visit.openedAtMs ?? nowMs, timers };
  return { visit: next, effects: [...before, ledger('boot.opened', { atMs: nowMs }), ...effects] };
}

function closed(visit: Unlocked, nowMs: number): Handled {
  const { timers, effects } = retime(visit.timers, { relock_due: nowMs + visit.expectations.relockAfterMs }, [
    'door_open_too_long',
  ]);
  const next: CarBootClosedVisit = { ...visit, state: 'boot_closed', lockCommanded: false, timers };
  return { visit: next, effects: [ledger('boot.closed', { atMs: nowMs }), ...effects] };
}

/** The car's boot report, read against where the visit stands. */
function onBoot(visit: Visit, step: StepOf<'boot'>, nowMs: number): Handled {
  if (visit.state === 'boot_unlocking') return fromUnlocking(visit, step, nowMs);
  if (visit.state === 'boot_secured') return { visit, effects: [] }; // the owner's key, later: not this visit's
  if (visit.state !== 'boot_unlocked' && visit.state !== 'boot_open' && visit.state !== 'boot_closed') {
    return refuse('the boot is not open for this visit');
  }
  if (step.boot === 'open') return visit.state === 'boot_open' ? { visit, effects: [] } : opened(visit, nowMs, []);
  if (step.locked)
    return secured(visit, nowMs, visit.state === 'boot_open' ? [ledger('boot.closed', { atMs: nowMs })] : []);
  return visit.state === 'boot_open' ? closed(visit, nowMs) : { visit, effects: [] };
}

/** The courier says "done": complete once secured; closed but unlocked, the platform locks it and waits. */
function onComplete(visit: Visit, nowMs: number): Handled {
  if (visit.state === 'boot_secured') return complete(visit, nowMs);
  if (visit.state === 'boot_closed' || visit.state === 'boot_unlocked') {
    const lock = visit.lockCommanded ? [] : [vehicle.lock, ledger('boot.lock_requested', { atMs: nowMs })];
    const { timers, effects } = retime(visit.timers, { relock_due: nowMs + visit.expectations.relockAfterMs });
    return {
      visit: { ...visit, completeRequested: true, lockCommanded: true, timers },
      effects: [...lock, ...effects],
    };
  }
  if (visit.state === 'boot_open')
    return refuse('close the boot first: the visit completes once the car reports it locked');
  return refuse('a car visit completes only once the boot is reported closed and locked');
}

/** First relock_due: the platform sends `lock`; second: the boot is still not secured, so alert and fail. */
function onRelockDue(visit: Visit, nowMs: number): Handled {
  if (visit.state !== 'boot_unlocked' && visit.state !== 'boot_closed') return refuse('no lock is due');
  if (!visit.lockCommanded) {
    const { timers, effects } = retime(visit.timers, { relock_due: nowMs + visit.expectations.relockAfterMs });
    return {
      visit: { ...visit, lockCommanded: true, timers },
      effects: [vehicle.lock, ledger('boot.lock_requested', { atMs: nowMs }), ...effects],
    };
  }
  return bootNotSecured(visit, nowMs, 'the boot did not report closed and locked after the platform locked it');
}

function bootNotSecured(visit: Visit, nowMs: number, detail: string): Handled {
  const alert = raise(visit, 'boot_left_unlocked', nowMs);
  const failed = fail({ ...visit, marks: alert.marks }, 'boot_not_secured', detail, nowMs, alert.effects);
  if ('refused' in failed) return failed;
  return { visit: { ...failed.visit, boltMayBeOpen: true } as Visit, effects: failed.effects };
}

function onTimer(visit: Visit, kind: TimerKind, nowMs: number): Handled {
  switch (kind) {
    case 'arrival_timeout':
      return onCommonTimer(visit, kind, nowMs);
    case 'open_confirm_timeout':
      if (visit.state !== 'boot_unlocking') return refuse('no unlock is pending');
      // The unlock may still land late: the car is told to lock, and nothing was opened.
      return fail(visit, 'unlock_refused', 'the car did not confirm the boot unlocked in time', nowMs, [vehicle.lock]);
    case 'relock_due':
      return onRelockDue(visit, nowMs);
    case 'overdue':
    case 'door_open_too_long': {
      if (!BOOT_OPEN_STATES.includes(visit.state)) return refuse('the boot is not open for this visit');
      const alert = raise(visit, kind === 'overdue' ? 'visit_overdue' : 'door_left_open', nowMs, {
        message: kind === 'overdue' ? undefined : 'The car\u2019s boot has been left open',
      });
      const { timers } = retime(visit.timers, {}, [kind]);
      return { visit: { ...visit, timers, marks: alert.marks }, effects: alert.effects };
    }
    default:
      return refuse(`a car visit has no ${kind} timer`);
  }
}

function onUnlockRefused(visit: Visit, reason: string, nowMs: number): Handled {
  if (visit.state !== 'boot_unlocking') return refuse('no unlock is pending');
  return fail(visit, 'unlock_refused', `the car refused to unlock its boot (${reason})`, nowMs, []);
}

function onCarAbort(visit: Visit, event: Extract<VisitEvent, { type: 'abort' }>, nowMs: number): Handled {
  if (BOOT_OPEN_STATES.includes(visit.state)) return refuse('the boot must be closed and locked before the visit ends');
  if (visit.state !== 'boot_secured') return onAbort(visit, event, nowMs);
  // Secured but the courier gives up (nothing left in the boot): the visit ends aborted, timers disarmed.
  const { timers, effects } = disarmAll(visit.timers);
  return {
    visit: { ...visit, state: 'aborted', reason: event.reason, note: event.note, endedAtMs: nowMs, timers },
    effects: [...effects, ledger('visit.aborted', { reason: event.reason, note: event.note, atMs: nowMs })],
  };
}

function handle(visit: Visit, event: VisitEvent, nowMs: number): Handled {
  switch (event.type) {
    case 'arrive':
      return onArrive(visit, event, nowMs, CAR_ARRIVAL_CHECKS);
    case 'car':
      return event.step.kind === 'boot'
        ? onBoot(visit, event.step, nowMs)
        : onUnlockRequested(visit, event.step, nowMs);
    case 'unlock_refused':
      return onUnlockRefused(visit, event.reason, nowMs);
    case 'complete':
      return onComplete(visit, nowMs);
    case 'fallback':
      return onFallback(visit, event, nowMs);
    case 'abort':
      return onCarAbort(visit, event, nowMs);
    case 'timer':
      return onTimer(visit, event.kind, nowMs);
    default:
      return refuse(`a car visit does not take ${event.type}`);
  }
}

/** A visit that ends while its capability may still be live tells the car the visit is over (as a lock, §7). */
function endings(before: Visit, nowMs: number): Effect[] {
  const live = liveCapability(before, nowMs);
  if (!live) return [];
  return [vehicle.visitClose, ledger('capability.revoked', { nonce: live.jti, expiresAtMs: live.expiresAtMs })];
}

export const carKind: AccessKindModule = {
  kind: 'car',
  handle,
  endings,
  devicesReady: (input, policy) => checkVehicleReady(input, policy),
  pairingProblems: (input) => {
    const problem = pairingProblem('vehicle', input.vehicle ?? null, input.accessPoint.id);
    return problem === null ? [] : [problem];
  },
};
