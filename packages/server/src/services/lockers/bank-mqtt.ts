import type { Gateway } from '../../gateway/gateway.js';
import type { GatewayLog } from '../../gateway/log.js';
import type { LockerBankLink } from './bank-link.js';

// The locker bank link over MQTT (docs/protocol-locker.md §3): the platform's signed `locker.open`, sent through the
// gateway with its ack/retry rule and waited for. Anything but an `ok` ack means the compartment did not open.

/** How long an open waits for the bank's ack, retries included (docs/protocol.md §4). */
const OPEN_TIMEOUT_MS = 6_000;

export function mqttBankLink(gateway: Pick<Gateway, 'sendCommand'>, log: GatewayLog): LockerBankLink {
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
      return 'offline';
    },
  };
}
