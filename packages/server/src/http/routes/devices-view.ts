import { GARAGE_POSITIONS } from '@threshold/protocol';
import { type Static, Type } from 'typebox';
import type { DeviceHealth } from '../../gateway/health.js';
import type { RefusalSummary } from '../../store/device-trust-repo.js';
import type { Device } from '../../store/schema.js';
import { Nullable, Timestamp } from '../schemas.js';

const Int = Type.Integer();

export const DeviceHealthView = Type.Object({
  battery: Nullable(Int),
  signal: Nullable(Int),
  bolt: Nullable(Type.Union([Type.Literal('locked'), Type.Literal('unlocked'), Type.Literal('jammed')])),
  door: Nullable(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
  jammed: Nullable(Type.Boolean()),
  doorAjar: Nullable(Type.Boolean()),
  tamper: Nullable(Type.Boolean()),
  recording: Nullable(Type.Boolean()),
  storageFreeMb: Nullable(Int),
  garage: Nullable(
    Type.Enum(GARAGE_POSITIONS, {
      description: "A garage-door opener's door position (docs/protocol-garage.md)",
    }),
  ),
  obstructed: Nullable(Type.Boolean({ description: "The opener's obstruction sensor" })),
  light: Nullable(Type.Boolean()),
  clockSkewMs: Nullable(
    Type.Number({
      description: 'Device clock minus platform receive time, as readiness judges it (docs/protocol.md "Time")',
    }),
  ),
});

export const RefusalSummaryView = Type.Object({
  total: Type.Integer({ description: 'Messages from this device the platform refused, ever' }),
  lastAt: Nullable(Timestamp),
  byReason: Type.Record(Type.String(), Type.Integer(), { description: 'Counts by rejection reason' }),
});

export const DeviceView = Type.Object({
  id: Type.String(),
  kind: Type.Union([
    Type.Literal('lock'),
    Type.Literal('camera'),
    Type.Literal('vehicle'),
    Type.Literal('opener'),
    Type.Literal('locker_bank'),
  ]),
  homeId: Nullable(Type.String()),
  accessPointId: Nullable(Type.String()),
  firmware: Type.String(),
  online: Type.Boolean(),
  lastSeenAt: Nullable(Timestamp),
  claimedAt: Nullable(Timestamp),
  health: DeviceHealthView,
  refusals: RefusalSummaryView,
});

/** The gateway writes `health` (gateway/health.ts); a field never reported is null. */
function parseHealth(json: string): DeviceHealth {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null ? (value as DeviceHealth) : {};
  } catch {
    return {};
  }
}

const NO_REFUSALS: RefusalSummary = { total: 0, lastAt: null, byReason: {} };

export function presentDevice(d: Device, refusals: RefusalSummary = NO_REFUSALS): Static<typeof DeviceView> {
  const h = parseHealth(d.health);
  const health = {
    battery: h.battery ?? null,
    signal: h.signal ?? null,
    bolt: h.bolt ?? null,
    door: h.door ?? null,
    jammed: h.jammed ?? null,
    doorAjar: h.doorAjar ?? null,
    tamper: h.tamper ?? null,
    recording: h.recording ?? null,
    storageFreeMb: h.storageFreeMb ?? null,
    garage: h.garage ?? null,
    obstructed: h.obstructed ?? null,
    light: h.light ?? null,
    clockSkewMs: h.clockSkewMs ?? null,
  };
  return {
    id: d.id,
    kind: d.kind,
    homeId: d.home_id,
    accessPointId: d.access_point_id,
    firmware: d.firmware,
    online: d.online === 1,
    lastSeenAt: d.last_seen_at,
    claimedAt: d.claimed_at,
    health,
    refusals,
  };
}
