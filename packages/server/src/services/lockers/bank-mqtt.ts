import { DEFAULT_EXPECTATIONS } from '@threshold/core';
import type { Bus } from '../../bus.js';
import type { Gateway } from '../../gateway/gateway.js';
import type { GatewayLog } from '../../gateway/log.js';
import { waitForRecording } from '../visits/waits.js';
import type { LockerBankLink } from './bank-link.js';

// A locker site's devices over MQTT (docs/protocol-locker.md §3, docs/protocol.md §4): the bank's signed
// `locker.open` and `keypad.refused`, the site camera's `record.start` / `record.stop`, each sent through the gateway
// with its ack/retry rule. Anything but an `ok` ack means the compartment did not open: a rejection is the bank's
// refusal (with its reason), no ack at all is `offline`.

/** How long an open waits for the bank's ack, retries included (docs/protocol.md §4). */
const OPEN_TIMEOUT_MS = 6_000;

export function mqttBankLink(
  gateway: Pick<Gateway, 'sendCommand'>,
  log: GatewayLog,
  bus: Bus,
  /** How long the camera is waited for, and records after the door closed (the visits' expectations). */
  timing: { recordingMs?: number | undefined; postRollMs?: number | undefined } = {},
): LockerBankLink {
  const waits = timing.recordingMs === undefined ? undefined : { recordingMs: timing.recordingMs };
  const postRollMs = timing.postRollMs ?? DEFAULT_EXPECTATIONS.postRollMs;
  return {
    async open(c) {
      const result = await gateway.sendCommand(
        c.deviceId,
        'locker.open',
        {
          position: c.position,
          capability: c.capability,
          // An operator's opening names no reservation: the bank opens it on the signed command alone.
          reservation: c.capability === null ? null : c.reservationId,
        },
        { timeoutMs: OPEN_TIMEOUT_MS },
      );
      if (result.ok) return 'sent';
      const reason = result.error === 'rejected' ? (result.ack?.reason ?? 'rejected') : result.error;
      log.warn({ deviceId: c.deviceId, position: c.position, purpose: c.purpose, reason }, 'locker open not taken');
      return result.error === 'rejected' ? { refused: reason } : 'offline';
    },
    async record(cameraId, session) {
      // Subscribed before the command leaves: the camera may confirm faster than the send resumes.
      const started = waitForRecording({ bus, waits }, cameraId, session);
      const sent = await gateway.sendCommand(cameraId, 'record.start', { session });
      if (!sent.ok) {
        started.cancel();
        log.warn({ cameraId, session, reason: sent.error }, 'site camera did not take record.start');
        return sent.error === 'rejected' ? 'refused' : 'offline';
      }
      return (await started.promise) === null ? 'refused' : 'recording';
    },
    async stopRecording(cameraId, session) {
      const sent = await gateway.sendCommand(cameraId, 'record.stop', { session, postRollMs });
      if (!sent.ok) log.warn({ cameraId, session, reason: sent.error }, 'site camera did not take record.stop');
    },
    async codeRefused(deviceId, compartment) {
      const sent = await gateway.sendCommand(deviceId, 'keypad.refused', { compartment });
      if (!sent.ok) log.info({ deviceId, reason: sent.error }, 'bank did not take keypad.refused');
    },
  };
}
