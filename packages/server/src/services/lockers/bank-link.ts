import type { OpenPurpose } from '@threshold/core';

/**
 * How the platform tells a locker bank to open one compartment (docs/lockers.md "The locker bank"). The gateway's
 * link sends the bank's signed command over MQTT; without one (no broker, tests of the HTTP edge) the opening is
 * recorded and nothing is sent.
 */
export interface LockerBankLink {
  open(command: {
    deviceId: string;
    position: number;
    purpose: OpenPurpose | 'operator';
    reservationId: string | null;
    /** A capability bound to the bank and the reservation (a courier's opening), or null. */
    capability: string | null;
  }): Promise<'sent' | 'offline'>;
}
