import {
  type AnyCommand,
  GARAGE_TRAVEL_MS,
  type GarageData,
  type GaragePosition,
  type OpenerState,
} from '@threshold/protocol';
import { type DeviceContext, Timer } from './device-context.js';
import { type Outcome, ok, rejected } from './outcome.js';

export interface OpenerOptions {
  /** How long a full open or close takes. */
  travelMs?: number;
  /** How long the light stays on after the door stops. */
  lightMs?: number;
}

export const OPENER_DEFAULTS = Object.freeze({ travelMs: GARAGE_TRAVEL_MS, lightMs: 3 * 60_000 });

const SIGNAL_DBM = -58;
type Cause = GarageData['cause'];

/**
 * Garage-door opener firmware (docs/protocol-garage.md): moves the door on the platform's signed `garage.open` and
 * `garage.close`, and reports every position it reaches. Its obstruction sensor (the `obstructed` fault) stops a
 * closing door and sends it back up, as a real opener's safety beam does. The door's position is kept in flash: a
 * door stays where it is when the opener loses power.
 */
export class OpenerDevice {
  private readonly o: Required<OpenerOptions>;
  private readonly travel = new Timer();
  private readonly lightOff = new Timer();
  private light = false;

  constructor(
    private readonly ctx: DeviceContext,
    options: OpenerOptions = {},
  ) {
    this.o = { ...OPENER_DEFAULTS, ...options };
    // A door that was moving when the power went is stopped where it was.
    if (this.position === 'opening' || this.position === 'closing') this.setPosition('stopped');
    ctx.faults.onChange((now, before) => {
      if (now.obstructed && !before.obstructed && this.position === 'closing') this.reverse();
    });
  }

  private get position(): GaragePosition {
    return this.ctx.flash.setting('garagePosition', 'closed') as GaragePosition;
  }

  private setPosition(position: GaragePosition): void {
    this.ctx.flash.set('garagePosition', position);
  }

  state(): OpenerState {
    return {
      kind: 'opener',
      position: this.position,
      obstructed: this.ctx.faults.get().obstructed,
      light: this.light,
      battery: 100, // mains powered
      signal: SIGNAL_DBM,
      paired: this.ctx.flash.paired,
    };
  }

  handle(cmd: AnyCommand): Outcome {
    switch (cmd.type) {
      case 'garage.open':
        return this.move('open', { cause: 'command', command: cmd.id, visit: cmd.params.visit });
      case 'garage.close':
        return this.move('closed', { cause: 'command', command: cmd.id, visit: cmd.params.visit });
      case 'garage.light':
        this.setLight(cmd.params.on);
        return ok({ light: this.light });
      default:
        return rejected('unsupported');
    }
  }

  /** The wall button: the same movement as a command, with no visit. */
  pressButton(): void {
    const target = this.position === 'open' || this.position === 'opening' ? 'closed' : 'open';
    this.move(target, { cause: 'wall_button' }).after?.();
  }

  stop(): void {
    this.travel.clear();
    this.lightOff.clear();
  }

  private move(
    target: 'open' | 'closed',
    why: { cause: Cause; command?: string; visit?: string | undefined },
  ): Outcome {
    const moving: GaragePosition = target === 'open' ? 'opening' : 'closing';
    if (this.position === target) {
      // Already there: say so again, so the platform hears the position it waits for.
      return ok({ position: target }, () => this.announce(target, why));
    }
    return ok({ position: moving }, () => {
      this.setLight(true);
      this.setPosition(moving);
      this.announce(moving, why);
      const obstructed = () => target === 'closed' && this.ctx.faults.get().obstructed;
      // A closing door meets the obstruction half-way down and goes back up.
      const half = this.o.travelMs / 2;
      this.travel.arm(obstructed() ? half : this.o.travelMs, () => {
        if (obstructed()) return this.reverse(why);
        this.arrive(target, why);
      });
    });
  }

  private reverse(why: { command?: string; visit?: string | undefined } = {}): void {
    this.setPosition('opening');
    this.announce('opening', { ...why, cause: 'obstruction' });
    this.travel.arm(this.o.travelMs / 2, () => this.arrive('open', { ...why, cause: 'obstruction' }));
  }

  private arrive(position: 'open' | 'closed', why: { cause: Cause; command?: string; visit?: string | undefined }) {
    this.setPosition(position);
    this.announce(position, why);
    this.lightOff.arm(this.o.lightMs, () => this.setLight(false));
  }

  private setLight(on: boolean): void {
    if (this.light === on) return;
    this.light = on;
    this.ctx.publishState();
  }

  private announce(position: GaragePosition, why: { cause: Cause; command?: string; visit?: string | undefined }) {
    const data: GarageData = {
      position,
      obstructed: this.ctx.faults.get().obstructed,
      cause: why.cause,
      ...(why.command === undefined ? {} : { command: why.command }),
      ...(why.visit === undefined ? {} : { visit: why.visit }),
    };
    this.ctx.emit('garage', data);
    this.ctx.publishState();
  }
}
