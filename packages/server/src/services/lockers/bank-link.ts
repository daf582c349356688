import type { OpenPurpose } from '@threshold/core';

/**
 * How the platform talks to a locker site's devices (docs/lockers.md "The locker bank", "The site camera"). The
 * gateway's link sends the signed commands over MQTT; without one (no broker, tests of the HTTP edge) an opening is
 * recorded and nothing is sent.
 */
/** What came of an open command: the bank took it, nothing reached the bank, or the bank refused it (its reason). */
export type BankOpened = 'sent' | 'offline' | { refused: string };

export interface LockerBankLink {
  open(command: {
    deviceId: string;
    position: number;
    purpose: OpenPurpose | 'operator';
    reservationId: string | null;
    /** A capability bound to the bank and the reservation (a courier's opening), or null. */
    capability: string | null;
  }): Promise<BankOpened>;
  /**
   * Tells the site's camera to record `session` and waits for its signed `recording: started` (the rule of
   * DESIGN.md "Visits": nothing opens before it). `refused`: the camera answered but did not confirm.
   */
  record(cameraId: string, session: string): Promise<'recording' | 'offline' | 'refused'>;
  /** Ends the session's recording after the post-roll; the camera then uploads the clip. */
  stopRecording(cameraId: string, session: string): Promise<void>;
  /** Tells the bank the code typed for this compartment was not accepted (`keypad.refused`, docs/protocol-locker.md §3). */
  codeRefused(deviceId: string, compartment: string): Promise<void>;
}
