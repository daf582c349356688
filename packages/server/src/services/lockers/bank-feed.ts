import type { CompartmentDoor } from '@threshold/core';
import { type AnyEvent, type CompartmentDoorReport, deviceKindOf } from '@threshold/protocol';
import type { Bus } from '../../bus.js';
import type { GatewayLog } from '../../gateway/log.js';
import { findPairedBank } from '../../store/locker-pairing-repo.js';
import { compartmentDoor, enterPickupCode } from './bank-events.js';
import type { LockerDeps } from './steps.js';

// A locker bank's verified events (docs/protocol-locker.md §2) into the lockers' services: a door report moves the
// reservation holding the compartment or alerts the operator, a code typed on the keypad is a pickup at the bank's
// site (a refused one is answered with `keypad.refused`). The gateway has already refused what is unsigned, forged,
// replayed or on another device's topic; what a bank not paired to a site (docs/lockers.md "Pairing a bank") says is
// ignored.

const DOOR: Record<CompartmentDoorReport, CompartmentDoor> = { open: 'open', closed: 'closed', stuck: 'jammed' };

async function onBankEvent(deps: LockerDeps, log: GatewayLog, deviceId: string, event: AnyEvent): Promise<void> {
  if (event.type !== 'compartment.door' && event.type !== 'keypad.code') return;
  const bank = await findPairedBank(deps.db, deviceId);
  if (!bank) {
    log.info({ deviceId, type: event.type }, 'event of a locker bank paired to no site ignored');
    return;
  }
  const outcome =
    event.type === 'compartment.door'
      ? await compartmentDoor(deps, bank.id, event.data.position, DOOR[event.data.door])
      : await enterPickupCode(deps, bank.site_id, event.data.compartment, event.data.code);
  if (outcome.ok) return;
  // Never log the code itself: the refusal reads the same for every wrong code.
  log.info({ deviceId, type: event.type, reason: outcome.error.detail }, 'locker bank event refused');
  // A refused code is answered, so the keypad can say "not accepted" (docs/protocol-locker.md §3).
  if (event.type === 'keypad.code') await deps.bank?.codeRefused(deviceId, event.data.compartment);
}

/** Subscribes to the bus; events of one bank are handled one after another, in the order they arrived. */
export function startLockerBankFeed(deps: LockerDeps, bus: Bus, log: GatewayLog): { stop(): Promise<void> } {
  const queues = new Map<string, Promise<void>>();
  const off = bus.on('device.event', ({ deviceId, event }) => {
    if (deviceKindOf(deviceId) !== 'locker_bank') return;
    const next = (queues.get(deviceId) ?? Promise.resolve())
      .then(() => onBankEvent(deps, log, deviceId, event))
      .catch((error: unknown) => log.error({ deviceId, err: String(error) }, 'locker bank event handling failed'));
    queues.set(deviceId, next);
    void next.then(() => {
      if (queues.get(deviceId) === next) queues.delete(deviceId);
    });
  });
  return {
    async stop() {
      off();
      await Promise.allSettled([...queues.values()]);
    },
  };
}
