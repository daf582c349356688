import type { AnyCommand, CapabilityClaims, CapabilityRejection, LockState, Result } from '@threshold/protocol';
import { closeVisitOnDevice, verifyOnDevice } from './capability-guard.js';
import type { DeviceContext } from './device-context.js';
import { LockMechanics, type LockOptions } from './lock.js';
import { type Outcome, ok, rejected } from './outcome.js';

export type LocalUnlockError = CapabilityRejection | 'not_paired' | 'jammed';

/**
 * Lock firmware: commands from the platform (docs/protocol.md §4) and the local paths a person uses at the door —
 * the keypad and a capability presented by the courier's phone over BLE/NFC, checked offline the same way (§7).
 */
export class LockDevice {
  private readonly mech: LockMechanics;

  constructor(
    private readonly ctx: DeviceContext,
    options: LockOptions = {},
  ) {
    this.mech = new LockMechanics(ctx, options);
  }

  state(): LockState {
    return this.mech.state();
  }

  async handle(cmd: AnyCommand): Promise<Outcome> {
    switch (cmd.type) {
      case 'unlock': {
        const verified = await this.verify(cmd.params.capability);
        if (!verified.ok) return rejected(verified.error);
        const { sub: visit, jti: nonce } = verified.value;
        const { moved, announce } = this.mech.move('unlocked', { cause: 'capability', command: cmd.id, visit, nonce });
        return moved ? ok({ bolt: 'unlocked' }, announce) : rejected('jammed', announce);
      }
      case 'lock': {
        if (this.mech.doorOpen) return rejected('busy'); // the bolt cannot be thrown into an open door
        const { moved, announce } = this.mech.move('locked', { cause: 'command', command: cmd.id });
        return moved ? ok({ bolt: 'locked' }, announce) : rejected('jammed', announce);
      }
      case 'visit.close':
        this.closeVisit(cmd.params.visit);
        return ok({ visit: cmd.params.visit });
      case 'config':
        if (cmd.params.autoRelockMs !== undefined) this.mech.setAutoRelock(cmd.params.autoRelockMs);
        return ok({ autoRelockMs: this.mech.autoRelockMs });
      default:
        return rejected('unsupported');
    }
  }

  /** The courier's phone at the door: works without the cloud; the events wait in flash until it is back. */
  async presentCapability(token: string): Promise<Result<CapabilityClaims, LocalUnlockError>> {
    if (!this.ctx.flash.paired) return { ok: false, error: 'not_paired' };
    const verified = await this.verify(token);
    if (!verified.ok) return verified;
    const { sub: visit, jti: nonce } = verified.value;
    const { moved, announce } = this.mech.move('unlocked', { cause: 'capability', visit, nonce });
    announce();
    return moved ? verified : { ok: false, error: 'jammed' };
  }

  /** A code typed on the lock's keypad; the code itself never leaves the lock (§3.2). */
  enterKeypadCode(code: string): 'accepted' | 'refused' {
    const result = code === this.mech.keypadCode ? 'accepted' : 'refused';
    this.ctx.emit('keypad', { result });
    if (result === 'accepted') this.mech.move('unlocked', { cause: 'keypad' }).announce();
    return result;
  }

  openDoor(): void {
    this.mech.openDoor();
  }

  closeDoor(): void {
    this.mech.closeDoor();
  }

  stop(): void {
    this.mech.stop();
  }

  private closeVisit(visit: string): void {
    closeVisitOnDevice(this.ctx, visit);
  }

  private verify(token: string): Promise<Result<CapabilityClaims, CapabilityRejection>> {
    return verifyOnDevice(this.ctx, token);
  }
}
