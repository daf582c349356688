import type { DeviceCommand, Effect } from '@threshold/core';
import type { CommandParamsMap, CommandType } from '@threshold/protocol';

// The access-kind seam on the way out (docs/access-points.md): each machine command becomes one wire command of
// docs/protocol.md §4. A kind adds its commands here; the effects runner sends them to the device of the command's
// role at the visit's access point, in order.

type Command = Extract<Effect, { type: 'command' }>;
export type WireCommand = [CommandType, CommandParamsMap[CommandType]];
type ToWire = (e: Command, visitId: string, capability: string | undefined) => WireCommand | null;

/** Camera commands: every kind that records uses them. */
const CAMERA: Partial<Record<DeviceCommand['command'], ToWire>> = {
  'record.start': (_e, visitId) => ['record.start', { session: visitId }],
  'record.stop': (e, visitId) =>
    e.command === 'record.stop' ? ['record.stop', { session: visitId, postRollMs: e.postRollMs }] : null,
};

/** A door's lock. */
const LOCK: Partial<Record<DeviceCommand['command'], ToWire>> = {
  unlock: (_e, _visitId, capability) => (capability === undefined ? null : ['unlock', { capability }]),
  lock: () => ['lock', {}],
  'visit.close': (_e, visitId) => ['visit.close', { visit: visitId }],
};

/** A garage-door opener (docs/protocol-garage.md). */
const OPENER: Partial<Record<DeviceCommand['command'], ToWire>> = {
  'garage.open': (_e, visitId) => ['garage.open', { visit: visitId }],
  'garage.close': (_e, visitId) => ['garage.close', { visit: visitId }],
};

const WIRE: Partial<Record<DeviceCommand['command'], ToWire>> = { ...CAMERA, ...LOCK, ...OPENER };

/** The wire command for a machine command, or null when there is nothing to send (no capability to carry). */
export function wireCommand(e: Command, visitId: string, capability: string | undefined): WireCommand | null {
  return WIRE[e.command]?.(e, visitId, capability) ?? null;
}
