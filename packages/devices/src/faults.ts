/** Failures a test or an operator can switch on and off while a device runs (docs/devices.md, "Faults"). */
export interface Faults {
  /** Drop off the network without a goodbye (the broker publishes the last will) and stay away until cleared. */
  offline: boolean;
  /** Every bolt move jams while set. */
  jam: boolean;
  lowBattery: boolean;
  /** Offset of the device's clock from true time, in ms. */
  clockSkewMs: number;
  /** The camera keeps recording but sends no heartbeat. */
  dropHeartbeats: boolean;
  /** The camera acks `record.start` but never records nor confirms. */
  noRecordingConfirm: boolean;
  /** After an unlock the door swings open and is left open. */
  doorLeftOpen: boolean;
  /** Garage opener: something is in the door's way; a closing door stops and goes back up. */
  obstructed: boolean;
}

export const NO_FAULTS: Readonly<Faults> = Object.freeze({
  offline: false,
  jam: false,
  lowBattery: false,
  clockSkewMs: 0,
  dropHeartbeats: false,
  noRecordingConfirm: false,
  doorLeftOpen: false,
  obstructed: false,
});

export type FaultName = keyof Faults;

/** The current faults of one device; listeners learn about every change. */
export class FaultSwitch {
  private current: Faults = { ...NO_FAULTS };
  private readonly listeners: Array<(now: Faults, before: Faults) => void> = [];

  get(): Readonly<Faults> {
    return this.current;
  }

  set(patch: Partial<Faults>): void {
    const before = this.current;
    this.current = { ...before, ...pickFaults(patch) };
    for (const listener of this.listeners) listener(this.current, before);
  }

  onChange(listener: (now: Faults, before: Faults) => void): void {
    this.listeners.push(listener);
  }
}

/** Keeps only known fault names with values of the right type (input may come from the control API). */
export function pickFaults(input: unknown): Partial<Faults> {
  if (typeof input !== 'object' || input === null) return {};
  const out: Partial<Record<FaultName, boolean | number>> = {};
  for (const [name, value] of Object.entries(input)) {
    if (!(name in NO_FAULTS)) continue;
    if (typeof value === typeof NO_FAULTS[name as FaultName]) out[name as FaultName] = value as boolean | number;
  }
  return out as Partial<Faults>;
}

/** Parses a CLI fault: `jam` (switch on) or `clockSkewMs=5000` / `jam=false`. */
export function parseFaultArg(arg: string): Partial<Faults> | null {
  const [name, raw] = arg.split('=', 2) as [string, string | undefined];
  if (!(name in NO_FAULTS)) return null;
  const kind = typeof NO_FAULTS[name as FaultName];
  if (kind === 'boolean') {
    if (raw === undefined || raw === 'true') return { [name]: true };
    return raw === 'false' ? { [name]: false } : null;
  }
  const n = Number(raw);
  return raw !== undefined && Number.isFinite(n) ? { [name]: n } : null;
}
