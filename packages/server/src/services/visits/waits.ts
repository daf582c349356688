import type { Bus, BusEvents } from '../../bus.js';
import type { VisitDeps } from './deps.js';

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
