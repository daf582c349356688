import type { Bus, BusEvents } from '../../bus.js';
import type { VisitDeps } from './deps.js';
import type { SentCommand } from './effects.js';

export interface Waiting<T> {
  /** The first matching payload, or null when the time ran out or the wait was cancelled. */
  promise: Promise<T | null>;
  cancel(): void;
}

/**
 * Subscribes now and resolves with the first matching bus event within `timeoutMs`. Subscribe BEFORE doing what
 * provokes the event: a device may answer faster than the code that sent the command resumes.
 */
export function waitForBus<K extends keyof BusEvents>(
  bus: Bus,
  name: K,
  match: (payload: BusEvents[K]) => boolean,
  timeoutMs: number,
): Waiting<BusEvents[K]> {
  let finish: (value: BusEvents[K] | null) => void = () => {};
  const promise = new Promise<BusEvents[K] | null>((resolve) => {
    const timer = setTimeout(() => finish(null), timeoutMs);
    const off = bus.on(name, (payload) => {
      if (match(payload)) finish(payload);
    });
    finish = (value) => {
      clearTimeout(timer);
      off();
      resolve(value);
    };
  });
  return { promise, cancel: () => finish(null) };
}

/** The camera's signed `recording: started` for the visit's session: nothing opens before it (DESIGN.md "Visits"). */
export function waitForRecording(
  deps: Pick<VisitDeps, 'bus' | 'waits'>,
  cameraId: string | null,
  visitId: string,
): Waiting<BusEvents['device.event']> {
  return waitForBus(
    deps.bus,
    'device.event',
    ({ deviceId, event }) =>
      deviceId === cameraId &&
      event.type === 'recording' &&
      event.data.recording === 'started' &&
      event.data.session === visitId,
    deps.waits?.recordingMs ?? 5_000,
  );
}

/**
 * How the unlock request learns that the camera confirmed: `here` when this node's transaction that accepted the
 * camera's `recording: started` also moved the visit to `recording` (device-events.ts), with the unlock command's
 * answers (sent after that commit); `heard` when the bus carried the camera's message (accepted by another node, or
 * by one that does not move visits in the accept), which may or may not have moved the visit. Either way `moved`
 * was subscribed before the lock could answer: the visit leaving `recording`, within the unlock wait.
 */
export type Confirmation =
  | { by: 'here'; commands: Promise<SentCommand[]>; moved: Waiting<BusEvents['home.visit']> }
  | { by: 'heard'; moved: Waiting<BusEvents['home.visit']> };

type Handoff = (commands: Promise<SentCommand[]>) => void;

/**
 * The unlock requests of this process waiting for their visit's confirmation, by visit id (ids are unique, so nodes
 * sharing a process cannot mix them up).
 */
const waiting = new Map<string, Handoff>();

/**
 * Called once the transaction that moved `visitId` to `recording` committed: hands the unlock command's answers to
 * the request waiting on this node, if there is one. Without one (it is on another node, or gone) nothing else is
 * needed: the commit already sends the unlock, and the visit's timers bound what follows.
 */
export function handOffConfirmed(visitId: string, commands: Promise<SentCommand[]>): void {
  waiting.get(visitId)?.(commands);
}

/** The visit leaving `recording` (the bolt, a refusal, a jam or an end), within the unlock wait. */
export const visitMoved = (deps: Pick<VisitDeps, 'bus' | 'waits'>, visitId: string) =>
  waitForBus(
    deps.bus,
    'home.visit',
    (p) => p.visitId === visitId && p.state !== 'recording',
    deps.waits?.unlockMs ?? 5_000,
  );

/**
 * The camera's confirmation for the visit's session (see `Confirmation`), or null when the time ran out. Subscribe
 * before the visit asks the camera to record.
 */
export function waitForConfirmation(
  deps: Pick<VisitDeps, 'bus' | 'waits'>,
  cameraId: string | null,
  visitId: string,
): Waiting<Confirmation> {
  const heard = waitForRecording(deps, cameraId, visitId);
  let settle: (value: Confirmation | null) => void = () => {};
  const promise = new Promise<Confirmation | null>((resolve) => {
    settle = resolve;
  });
  let settled = false;
  const finish = (make: () => Confirmation | null) => {
    if (settled) return;
    settled = true;
    if (waiting.get(visitId) === handOff) waiting.delete(visitId);
    heard.cancel();
    settle(make());
  };
  // Synchronous, right after the commit and before the accepted message reaches the bus: `here` wins when both come.
  const handOff: Handoff = (commands) => finish(() => ({ by: 'here', commands, moved: visitMoved(deps, visitId) }));
  waiting.set(visitId, handOff);
  void heard.promise.then((event) => finish(() => (event ? { by: 'heard', moved: visitMoved(deps, visitId) } : null)));
  return { promise, cancel: () => finish(() => null) };
}
