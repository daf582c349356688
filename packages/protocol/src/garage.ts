import { type Static, Type } from 'typebox';
import { IdSchema, PercentSchema, SignalSchema } from './primitives.js';

// The garage-door opener (docs/protocol-garage.md): it moves one garage door on the platform's signed commands and
// reports where the door is. Its `closed` report is what ends an in-garage visit. Objects allow unknown fields (§8).

/** Where the door is: at rest (`closed`, `open`, `stopped` part-way) or moving. */
export const GARAGE_POSITIONS = ['closed', 'opening', 'open', 'closing', 'stopped'] as const;
export type GaragePosition = (typeof GARAGE_POSITIONS)[number];
const GaragePositionSchema = Type.Enum(GARAGE_POSITIONS);

/**
 * `garage` event: the door reached or left a position, and why. Sent on every change of `position` or `obstructed`.
 * A door that meets an obstruction while closing reverses: `obstructed: true` with `position: opening`, then `open`.
 */
export const GarageDataSchema = Type.Object({
  position: GaragePositionSchema,
  obstructed: Type.Boolean(),
  cause: Type.Enum(['command', 'wall_button', 'remote', 'obstruction', 'manual']),
  /** The command that caused the movement, when one did. */
  command: Type.Optional(IdSchema),
  /** The visit the command named, when it named one. */
  visit: Type.Optional(IdSchema),
});
export type GarageData = Static<typeof GarageDataSchema>;

export const OpenerStateSchema = Type.Object({
  kind: Type.Literal('opener'),
  position: GaragePositionSchema,
  obstructed: Type.Boolean(),
  light: Type.Boolean(),
  battery: PercentSchema,
  signal: SignalSchema,
  paired: Type.Boolean(),
});
export type OpenerState = Static<typeof OpenerStateSchema>;

/** `garage.open` / `garage.close`: move the door; `visit` names the visit it is for (echoed in the events). */
export const GarageMoveParamsSchema = Type.Object({ visit: Type.Optional(IdSchema) });
export type GarageMoveParams = Static<typeof GarageMoveParamsSchema>;
/** `garage.light`: switch the opener's light. */
export const GarageLightParamsSchema = Type.Object({ on: Type.Boolean() });
export type GarageLightParams = Static<typeof GarageLightParamsSchema>;

/** How long a full open or close takes on the emulated opener; the platform allows 30 s (docs/access-points.md). */
export const GARAGE_TRAVEL_MS = 4000;
