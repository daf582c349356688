import { type Static, Type } from 'typebox';
import { IdSchema, PercentSchema, SignalSchema, TimestampMsSchema } from './primitives.js';

// The connected vehicle (docs/protocol-vehicle.md): a car that reports where it is and whether it is parked, and
// whose boot opens for one visit on the same unlock capability a lock takes (§7). Objects allow unknown fields (§8).

/** A GNSS fix: WGS 84 degrees and the 68 % horizontal accuracy radius in metres. */
export const VehiclePositionSchema = Type.Object({
  lat: Type.Number({ minimum: -90, maximum: 90 }),
  lon: Type.Number({ minimum: -180, maximum: 180 }),
  accuracyM: Type.Number({ minimum: 0, maximum: 100_000 }),
});
export type VehiclePosition = Static<typeof VehiclePositionSchema>;

const BootPositionSchema = Type.Enum(['open', 'closed']);

/**
 * `vehicle` event: the car's telemetry, sent on every change of what it says and at least every `reportMs` while
 * connected (30 s by default), so the platform can tell a fresh report from a stale one.
 */
export const VehicleReportDataSchema = Type.Object({
  position: VehiclePositionSchema,
  parked: Type.Boolean(),
  /** Device time the car came to rest where it is; null while it moves. */
  parkedSince: Type.Union([TimestampMsSchema, Type.Null()]),
  ignition: Type.Enum(['on', 'off']),
});
export type VehicleReportData = Static<typeof VehicleReportDataSchema>;

/** `boot` event: the boot lid and its lock changed, and why (a capability names its visit and nonce, like `bolt`). */
export const BootDataSchema = Type.Object({
  boot: BootPositionSchema,
  locked: Type.Boolean(),
  cause: Type.Enum(['capability', 'command', 'auto_lock', 'key', 'manual']),
  command: Type.Optional(IdSchema),
  visit: Type.Optional(IdSchema),
  nonce: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{22,128}$' })),
});
export type BootData = Static<typeof BootDataSchema>;

export const VehicleStateSchema = Type.Object({
  kind: Type.Literal('vehicle'),
  position: VehiclePositionSchema,
  parked: Type.Boolean(),
  parkedSince: Type.Union([TimestampMsSchema, Type.Null()]),
  ignition: Type.Enum(['on', 'off']),
  boot: BootPositionSchema,
  locked: Type.Boolean(),
  battery: PercentSchema,
  signal: SignalSchema,
  paired: Type.Boolean(),
});
export type VehicleState = Static<typeof VehicleStateSchema>;

/** How long a capability-unlocked boot stays unlocked when nobody opens it (the vehicle then locks it again). */
export const VEHICLE_UNLOCK_WINDOW_MS = 3 * 60_000;
/** Longest gap between two `vehicle` reports of a connected vehicle. */
export const VEHICLE_REPORT_MS = 30_000;
