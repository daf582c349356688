import type {
  AnyCommand,
  CommandEnvelope,
  CompartmentDoorData,
  CompartmentDoorReport,
  LockerBankState,
} from '@threshold/protocol';
import { verifyOnDevice } from './capability-guard.js';
import type { DeviceContext } from './device-context.js';
import { type Outcome, ok, rejected } from './outcome.js';

export interface LockerBankOptions {
  /** The compartments, in position order (position 1 first), with the labels printed on their doors. */
  compartments?: readonly { label: string; size: string }[];
}

export const LOCKER_BANK_DEFAULTS = Object.freeze({
  compartments: [
    { label: 'A1', size: 'S' },
    { label: 'A2', size: 'S' },
    { label: 'A3', size: 'M' },
    { label: 'A4', size: 'M' },
    { label: 'A5', size: 'L' },
    { label: 'A6', size: 'XL' },
  ],
});

const SIGNAL_DBM = -64;
type Cause = CompartmentDoorData['cause'];
type Why = { cause: Cause; command?: string; reservation?: string | undefined };

/**
 * Parcel-locker bank firmware (docs/protocol-locker.md): releases one compartment's latch on the platform's signed
 * `locker.open` — for a parcel only with a capability bound to this bank and that reservation, checked offline like
 * a lock's (§7) — and reports every door change. The door springs open when its latch is released. The keypad sends
 * what was typed to the platform and opens nothing itself. Door positions are kept in flash across a power cut.
 */
export class LockerBankDevice {
  private readonly compartments: readonly { label: string; size: string }[];
  /** The keypad's screen: what it says about the last code typed. */
  private display: string | undefined;

  constructor(
    private readonly ctx: DeviceContext,
    options: LockerBankOptions = {},
  ) {
    this.compartments = options.compartments ?? LOCKER_BANK_DEFAULTS.compartments;
  }

  private door(position: number): CompartmentDoorReport {
    return this.ctx.flash.setting(`compartment.${position}`, 'closed') as CompartmentDoorReport;
  }

  private exists(position: number): boolean {
    return Number.isInteger(position) && position >= 1 && position <= this.compartments.length;
  }

  state(): LockerBankState {
    return {
      kind: 'locker_bank',
      compartments: this.compartments.map((c, i) => ({ position: i + 1, label: c.label, door: this.door(i + 1) })),
      battery: 100, // mains powered
      signal: SIGNAL_DBM,
      paired: this.ctx.flash.paired,
      ...(this.display === undefined ? {} : { display: this.display }),
    };
  }

  async handle(cmd: AnyCommand): Promise<Outcome> {
    if (cmd.type === 'keypad.refused') return this.refused(cmd.params.compartment);
    if (cmd.type !== 'locker.open') return rejected('unsupported');
    return this.open(cmd);
  }

  /** The platform did not accept the code typed for this compartment: the screen says so (and nothing opens). */
  private refused(label: string): Outcome {
    if (!this.compartments.some((c) => c.label === label)) return rejected('malformed');
    this.display = `${label}: not accepted`;
    return ok({ compartment: label, display: this.display }, () => this.ctx.publishState());
  }

  private async open(cmd: CommandEnvelope<'locker.open'>): Promise<Outcome> {
    const { position, capability, reservation } = cmd.params;
    if (!this.exists(position)) return rejected('malformed');
    // A parcel's opening needs its capability; only an operator's opening (no reservation) goes on the command alone.
    if ((capability === null) !== (reservation === null)) return rejected('malformed');
    if (capability !== null) {
      const verified = await verifyOnDevice(this.ctx, capability);
      if (!verified.ok) return rejected(verified.error);
      if (verified.value.sub !== reservation) return rejected('wrong_action');
    }
    const door = this.door(position);
    if (door === 'stuck') return rejected('jammed');
    const why: Why = { cause: 'command', command: cmd.id, reservation: reservation ?? undefined };
    // Already open: say so again, so the platform hears the door it waits for.
    if (door === 'open') return ok({ position, door: 'open' }, () => this.announce(position, 'open', why));
    return ok({ position, door: 'open' }, () => this.setDoor(position, 'open', why));
  }

  /** Someone pulls a door open with no opening (forced, or a latch that failed): the platform should alert. */
  openDoor(position: number): boolean {
    if (!this.exists(position) || this.door(position) !== 'closed') return false;
    this.setDoor(position, 'open', { cause: 'manual' });
    return true;
  }

  /** Someone shuts a door; the latch catches it. */
  closeDoor(position: number): boolean {
    if (!this.exists(position) || this.door(position) === 'closed') return false;
    this.setDoor(position, 'closed', { cause: 'manual' });
    return true;
  }

  /** The door's latch or sensor fails: the compartment reports `stuck` and refuses to open until fixed. */
  jam(position: number): boolean {
    if (!this.exists(position)) return false;
    this.setDoor(position, 'stuck', { cause: 'sensor' });
    return true;
  }

  /** A customer types a pickup code for a compartment (or shows its QR code); the platform decides. */
  enterCode(label: string, code: string): boolean {
    if (!this.compartments.some((c) => c.label === label)) return false;
    this.display = undefined;
    this.ctx.emit('keypad.code', { compartment: label, code });
    return true;
  }

  private setDoor(position: number, door: CompartmentDoorReport, why: Why): void {
    this.ctx.flash.set(`compartment.${position}`, door);
    this.announce(position, door, why);
  }

  private announce(position: number, door: CompartmentDoorReport, why: Why): void {
    const data: CompartmentDoorData = {
      position,
      door,
      cause: why.cause,
      ...(why.command === undefined ? {} : { command: why.command }),
      ...(why.reservation === undefined ? {} : { reservation: why.reservation }),
    };
    this.ctx.emit('compartment.door', data);
    this.ctx.publishState();
  }
}
