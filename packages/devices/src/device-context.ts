import type { EventDataMap, EventType } from '@threshold/protocol';
import type { FaultSwitch } from './faults.js';
import type { Flash } from './flash.js';
import type { DeviceIdentity } from './identity.js';

/** What a device's behaviour may use: its identity, memory, faults, clock and a way to speak. Nothing else. */
export interface DeviceContext {
  identity: DeviceIdentity;
  flash: Flash;
  faults: FaultSwitch;
  /** The device's clock in ms: true time plus the `clockSkewMs` fault. */
  clock: () => number;
  emit: <T extends EventType>(type: T, data: EventDataMap[T]) => void;
  /** Sends the full retained state again (after any change). */
  publishState: () => void;
}

/** One restartable timer: arming it again replaces the previous one. */
export class Timer {
  private handle: NodeJS.Timeout | null = null;

  arm(ms: number, fire: () => void): void {
    this.clear();
    this.handle = setTimeout(() => {
      this.handle = null;
      fire();
    }, ms);
  }

  clear(): void {
    if (this.handle !== null) clearTimeout(this.handle);
    this.handle = null;
  }

  get armed(): boolean {
    return this.handle !== null;
  }
}
