import {
  type AnyCommand,
  type BootData,
  VEHICLE_REPORT_MS,
  VEHICLE_UNLOCK_WINDOW_MS,
  type VehiclePosition,
  type VehicleState,
} from '@threshold/protocol';
import { closeVisitOnDevice, verifyOnDevice } from './capability-guard.js';
import { type DeviceContext, Timer } from './device-context.js';
import { type Outcome, ok, rejected } from './outcome.js';

export interface VehicleOptions {
  /** Where the car stands when it starts, parked with the ignition off. */
  position?: VehiclePosition;
  /** How long it has been parked there at start (device clock), so a demo car is eligible at once. */
  parkedForMs?: number;
  /** Longest gap between two `vehicle` reports (docs/protocol-vehicle.md). */
  reportMs?: number;
  /** A capability-unlocked boot nobody opens locks again after this long. */
  unlockWindowMs?: number;
  /** The boot locks itself this long after it is closed on an unlocked lid (false: it stays unlocked). */
  autoLockOnClose?: boolean;
  lockAfterCloseMs?: number;
}

export const VEHICLE_DEFAULTS = Object.freeze({
  position: { lat: 45.764, lon: 4.8357, accuracyM: 4 },
  parkedForMs: 30 * 60_000,
  reportMs: VEHICLE_REPORT_MS,
  unlockWindowMs: VEHICLE_UNLOCK_WINDOW_MS,
  autoLockOnClose: true,
  lockAfterCloseMs: 500,
});

const BATTERY = { normal: 78, low: 9 };
const SIGNAL_DBM = -71;

/**
 * Connected-vehicle firmware (docs/protocol-vehicle.md): reports where it is, whether it is parked and since when,
 * its ignition and its boot; opens the boot's lock for one capability (checked offline like a lock's, §7) for a few
 * minutes, and locks it on `lock`. The driver's side (drive, park, the boot lid) is the emulator's API.
 */
export class VehicleDevice {
  private position: VehiclePosition;
  private parkedSince: number | null;
  private ignition: 'on' | 'off' = 'off';
  private boot: 'open' | 'closed' = 'closed';
  private locked = true;
  private readonly o: Required<VehicleOptions>;
  private readonly window = new Timer();
  private readonly closeLock = new Timer();
  private readonly reports: NodeJS.Timeout;

  constructor(
    private readonly ctx: DeviceContext,
    options: VehicleOptions = {},
  ) {
    this.o = { ...VEHICLE_DEFAULTS, ...options };
    this.position = { ...this.o.position };
    this.parkedSince = ctx.clock() - this.o.parkedForMs;
    this.reports = setInterval(() => this.report(), this.o.reportMs);
    this.reports.unref();
  }

  state(): VehicleState {
    return {
      kind: 'vehicle',
      position: this.position,
      parked: this.parkedSince !== null,
      parkedSince: this.parkedSince,
      ignition: this.ignition,
      boot: this.boot,
      locked: this.locked,
      battery: this.ctx.faults.get().lowBattery ? BATTERY.low : BATTERY.normal,
      signal: SIGNAL_DBM,
      paired: this.ctx.flash.paired,
    };
  }

  async handle(cmd: AnyCommand): Promise<Outcome> {
    switch (cmd.type) {
      case 'unlock':
        return this.unlockBoot(cmd.id, cmd.params.capability);
      case 'lock':
        return this.lockBoot(cmd.id);
      case 'visit.close':
        closeVisitOnDevice(this.ctx, cmd.params.visit);
        return ok({ visit: cmd.params.visit });
      default:
        return rejected('unsupported');
    }
  }

  /** The driver drives off to `to` (or just starts the engine): ignition on, no longer parked; the boot locks. */
  drive(to?: { lat: number; lon: number }): void {
    this.ignition = 'on';
    this.parkedSince = null;
    if (to) this.position = { ...this.position, lat: to.lat, lon: to.lon };
    this.window.clear();
    if (!this.locked && this.boot === 'closed') this.setBoot({ locked: true }, { cause: 'auto_lock' });
    this.report();
  }

  /** The driver parks where the car is and turns the ignition off (`agoMs`: a demo's car parked a while ago). */
  park(agoMs = 0): void {
    this.ignition = 'off';
    this.parkedSince = this.ctx.clock() - agoMs;
    this.report();
  }

  /** The owner's key fob: locks a closed boot (refused with the `jam` fault or an open lid). */
  lockWithKey(): boolean {
    if (this.boot === 'open' || this.ctx.faults.get().jam) return false;
    if (!this.locked) this.setBoot({ locked: true }, { cause: 'key' });
    return true;
  }

  /** Someone lifts the boot lid: only an unlocked boot opens. */
  openBoot(): boolean {
    if (this.locked || this.boot === 'open') return false;
    this.window.clear();
    this.setBoot({ boot: 'open' }, { cause: 'manual' });
    return true;
  }

  /** Someone shuts the lid; with auto-lock on, the boot locks itself a moment later. */
  closeBoot(): void {
    if (this.boot === 'closed') return;
    this.setBoot({ boot: 'closed' }, { cause: 'manual' });
    if (this.o.autoLockOnClose && !this.locked) {
      this.closeLock.arm(this.o.lockAfterCloseMs, () => this.autoLock());
    }
  }

  stop(): void {
    clearInterval(this.reports);
    this.window.clear();
    this.closeLock.clear();
  }

  private async unlockBoot(command: string, token: string): Promise<Outcome> {
    // A car that is moving or running keeps its boot shut whatever the platform says.
    if (this.ignition === 'on' || this.parkedSince === null) return rejected('busy');
    const verified = await verifyOnDevice(this.ctx, token);
    if (!verified.ok) return rejected(verified.error);
    const { sub: visit, jti: nonce } = verified.value;
    this.locked = false;
    this.window.arm(this.o.unlockWindowMs, () => this.autoLock());
    return ok({ locked: false }, () => this.announceBoot({ cause: 'capability', command, visit, nonce }));
  }

  private lockBoot(command: string): Outcome {
    if (this.boot === 'open') return rejected('busy'); // the lock cannot catch an open lid
    if (this.ctx.faults.get().jam) return rejected('jammed');
    this.window.clear();
    this.closeLock.clear();
    this.locked = true;
    return ok({ locked: true }, () => this.announceBoot({ cause: 'command', command }));
  }

  private autoLock(): void {
    if (this.locked || this.boot === 'open' || this.ctx.faults.get().jam) return;
    this.setBoot({ locked: true }, { cause: 'auto_lock' });
  }

  private setBoot(change: { boot?: 'open' | 'closed'; locked?: boolean }, cause: Omit<BootData, 'boot' | 'locked'>) {
    if (change.boot !== undefined) this.boot = change.boot;
    if (change.locked !== undefined) this.locked = change.locked;
    this.announceBoot(cause);
  }

  private announceBoot(cause: Omit<BootData, 'boot' | 'locked'>): void {
    this.ctx.emit('boot', { boot: this.boot, locked: this.locked, ...cause });
    this.ctx.publishState();
  }

  private report(): void {
    const { position, parkedSince, ignition } = this;
    this.ctx.emit('vehicle', { position, parked: parkedSince !== null, parkedSince, ignition });
  }
}
