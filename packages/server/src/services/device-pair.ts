import { pairProof } from '@threshold/protocol';
import type { CommandResult } from '../gateway/commands.js';
import type { Gateway } from '../gateway/gateway.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';

// The signed `pair` command (docs/protocol.md §6), the same for a home's device, a building's entrance and a locker
// site's bank or camera: the platform's keys and the proof that the caller holds the claim code, waited for.

/** The part of the gateway pairing needs. */
export type DeviceCommands = Pick<Gateway, 'sendCommand' | 'keys'>;

export interface PairDeps extends ServiceDeps {
  gateway: DeviceCommands;
}

/** How long pairing waits for the device's ack, retries included (§4). */
const PAIR_TIMEOUT_MS = 6_000;

/** Sends `pair` to the device waiting with this (normalised) claim code; a failure reads as the caller's problem. */
export async function sendPair(gateway: DeviceCommands, deviceId: string, code: string): Promise<Outcome<true>> {
  const keys = gateway.keys().publicKeys;
  const result = await gateway.sendCommand(
    deviceId,
    'pair',
    (id) => ({ keys, proof: pairProof(code, { device: deviceId, id, keys }) }),
    { timeoutMs: PAIR_TIMEOUT_MS },
  );
  return result.ok ? { ok: true, value: true } : pairFailure(result);
}

function pairFailure(result: Exclude<CommandResult, { ok: true }>): Outcome<never> {
  if (result.error === 'offline') {
    return fail('conflict', 'The device is offline; power it on and connect it, then try again', {
      reason: 'device_offline',
    });
  }
  if (result.error === 'timeout') {
    return fail('conflict', 'The device did not answer; check its connection and try again', {
      reason: 'device_timeout',
    });
  }
  const reason = result.ack?.reason ?? 'rejected';
  return fail('conflict', `The device refused to pair (${reason})`, { reason: `device_${reason}` });
}
