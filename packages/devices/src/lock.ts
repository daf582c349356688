import type { AlarmData, BoltData, LockState } from '@threshold/protocol';
import { type DeviceContext, Timer } from './device-context.js';
import type { Faults } from './faults.js';

export interface LockOptions {
  /** The code that opens the lock from its own keypad. */
  keypadCode?: string;
  /** Relock this long after an unlock when the door is never opened (0 disables auto-relock); kept in flash. */
  autoRelockMs?: number;
  /** Relock this long after the door closes again. */
  relockAfterCloseMs?: number;
  /** Raise `door_ajar` when the door stays open this long. */
  doorAjarMs?: number;
}

export const LOCK_DEFAULTS = Object.freeze({
  keypadCode: '2580',
  autoRelockMs: 30_000,
  relockAfterCloseMs: 1000,
  doorAjarMs: 120_000,
});

type Bolt = LockState['bolt'];
type BoltCause = Omit<BoltData, 'bolt'>;

const BATTERY = { normal: 87, low: 8 };
const SIGNAL_DBM = -61;

/**
 * The lock's mechanics and sensors: bolt, door, battery and the alarms they raise. Changes are applied at once and
 * announced through the returned function, so a command's ack can go out before the event it promises (§4).
 */
export class LockMechanics {
  private door: LockState['door'] = 'closed';
  private doorAjar = false;
  private forced = false;
  private readonly relock = new Timer();
  private readonly ajar = new Timer();
  private readonly o: Required<LockOptions>;

  constructor(
    private readonly ctx: DeviceContext,
    options: LockOptions = {},
  ) {
    this.o = { ...LOCK_DEFAULTS, ...options };
    if (options.autoRelockMs !== undefined) ctx.flash.set('autoRelockMs', options.autoRelockMs);
    ctx.faults.onChange((now, before) => this.onFaults(now, before));
  }

  get keypadCode(): string {
    return this.o.keypadCode;
  }

  state(): LockState {
    const { flash, faults } = this.ctx;
    const bolt = this.bolt;
    return {
      kind: 'lock',
      bolt,
      door: this.door,
      battery: faults.get().lowBattery ? BATTERY.low : BATTERY.normal,
      signal: SIGNAL_DBM,
      jammed: bolt === 'jammed',
      doorAjar: this.doorAjar,
      tamper: false,
      autoRelockMs: this.autoRelockMs,
      paired: flash.paired,
    };
  }

  get bolt(): Bolt {
    return this.ctx.flash.setting<string>('bolt', 'locked') as Bolt;
  }

  get doorOpen(): boolean {
    return this.door === 'open';
  }

  get autoRelockMs(): number {
    return this.ctx.flash.setting('autoRelockMs', this.o.autoRelockMs);
  }

  setAutoRelock(ms: number): void {
    this.ctx.flash.set('autoRelockMs', ms);
    this.ctx.publishState();
  }

  /**
   * Drives the bolt. With the `jam` fault the motor stalls: the bolt is `jammed` and the alarm goes up. Returns
   * whether the bolt reached `target`, and the announcement (events and state) to make when the caller is ready.
   */
  move(target: 'locked' | 'unlocked', cause: BoltCause): { moved: boolean; announce: () => void } {
    const wasJammed = this.bolt === 'jammed';
    const jams = this.ctx.faults.get().jam;
    const reached: Bolt = jams ? 'jammed' : target;
    this.ctx.flash.set('bolt', reached);
    this.relock.clear();
    if (reached === 'unlocked' && !this.doorOpen) this.armRelock(this.autoRelockMs);
    const announce = () => {
      this.ctx.emit('bolt', { bolt: reached, ...cause });
      if (jams !== wasJammed) this.alarm('jammed', jams);
      this.ctx.publishState();
      if (reached === 'unlocked' && this.ctx.faults.get().doorLeftOpen) this.openDoor();
    };
    return { moved: !jams, announce };
  }

  openDoor(): void {
    if (this.doorOpen) return;
    this.door = 'open';
    this.relock.clear();
    this.ctx.emit('door', { door: 'open' });
    // The door can only open against a thrown bolt if someone forces it.
    if (this.bolt === 'locked') {
      this.forced = true;
      this.alarm('forced_entry', true);
    }
    this.ajar.arm(this.o.doorAjarMs, () => {
      this.doorAjar = true;
      this.alarm('door_ajar', true);
      this.ctx.publishState();
    });
    this.ctx.publishState();
  }

  closeDoor(): void {
    if (!this.doorOpen) return;
    this.door = 'closed';
    this.ajar.clear();
    this.ctx.emit('door', { door: 'closed' });
    if (this.doorAjar) this.alarm('door_ajar', false);
    if (this.forced) this.alarm('forced_entry', false);
    this.doorAjar = false;
    this.forced = false;
    if (this.bolt === 'unlocked') this.armRelock(this.o.relockAfterCloseMs);
    this.ctx.publishState();
  }

  stop(): void {
    this.relock.clear();
    this.ajar.clear();
  }

  private armRelock(ms: number): void {
    if (this.autoRelockMs === 0) return;
    this.relock.arm(ms, () => {
      if (this.bolt === 'unlocked' && !this.doorOpen) this.move('locked', { cause: 'auto_relock' }).announce();
    });
  }

  private alarm(alarm: AlarmData['alarm'], active: boolean): void {
    this.ctx.emit('alarm', { alarm, active });
  }

  private onFaults(now: Faults, before: Faults): void {
    if (now.lowBattery === before.lowBattery) return;
    this.alarm('low_battery', now.lowBattery);
    this.ctx.publishState();
  }
}
