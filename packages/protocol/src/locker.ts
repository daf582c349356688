import { type Static, Type } from 'typebox';
import { CapabilityTokenSchema } from './command-params.js';
import { IdSchema, PercentSchema, SignalSchema } from './primitives.js';

// The parcel-locker bank (docs/protocol-locker.md): one device with numbered compartments, each with a door sensor
// and a latch, and a keypad / QR reader where the customer enters a pickup code. It opens a compartment on the
// platform's signed `locker.open`, which for a parcel's opening carries a capability bound to the bank and the
// reservation (checked offline like a lock's, docs/protocol.md §7). Objects allow unknown fields (§8).

/** A compartment's number on its bank, from 1. */
export const CompartmentPositionSchema = Type.Integer({ minimum: 1, maximum: 999 });
/** A compartment's label at its site, as printed on its door (`A1`, `B7`). */
export const CompartmentLabelSchema = Type.String({ pattern: '^[A-Z0-9]{1,8}$' });

/** What a compartment's door sensor says: `stuck` is a latch that will not open or a door that will not shut. */
export const COMPARTMENT_DOORS = ['open', 'closed', 'stuck'] as const;
export type CompartmentDoorReport = (typeof COMPARTMENT_DOORS)[number];

/** `compartment.door` event: a compartment's door changed, and why. */
export const CompartmentDoorDataSchema = Type.Object({
  position: CompartmentPositionSchema,
  door: Type.Enum(COMPARTMENT_DOORS),
  /** `command`: after a `locker.open`; `manual`: the door moved with no opening (forced, or shut by hand). */
  cause: Type.Enum(['command', 'manual', 'sensor']),
  /** The `locker.open` that released the latch, when one did. */
  command: Type.Optional(IdSchema),
  /** The reservation the command named, when it named one. */
  reservation: Type.Optional(IdSchema),
});
export type CompartmentDoorData = Static<typeof CompartmentDoorDataSchema>;

/**
 * `keypad.code` event: someone typed a pickup code on the bank's keypad (or showed its QR code) for one compartment.
 * The bank decides nothing: the platform compares the code and answers with `locker.open` or `keypad.refused`.
 */
export const KeypadCodeDataSchema = Type.Object({
  compartment: CompartmentLabelSchema,
  code: Type.String({ pattern: '^[0-9]{8}$' }),
});
export type KeypadCodeData = Static<typeof KeypadCodeDataSchema>;

export const CompartmentStateSchema = Type.Object({
  position: CompartmentPositionSchema,
  label: CompartmentLabelSchema,
  door: Type.Enum(COMPARTMENT_DOORS),
});

export const LockerBankStateSchema = Type.Object({
  kind: Type.Literal('locker_bank'),
  compartments: Type.Array(CompartmentStateSchema, { maxItems: 999 }),
  battery: PercentSchema,
  signal: SignalSchema,
  paired: Type.Boolean(),
  /** What the keypad's screen shows now, e.g. `B2: not accepted` after a `keypad.refused`. */
  display: Type.Optional(Type.String({ maxLength: 64 })),
});
export type LockerBankState = Static<typeof LockerBankStateSchema>;

/**
 * `locker.open`: release one compartment's latch. A parcel's opening (drop, pickup, return) carries a capability
 * whose `aud` is the bank and `sub` the reservation; an operator's opening carries none (`capability: null`,
 * `reservation: null`) and is authorised by the command's own signature.
 */
export const LockerOpenParamsSchema = Type.Object({
  position: CompartmentPositionSchema,
  capability: Type.Union([CapabilityTokenSchema, Type.Null()]),
  reservation: Type.Union([IdSchema, Type.Null()]),
});
export type LockerOpenParams = Static<typeof LockerOpenParamsSchema>;

/**
 * `keypad.refused`: the code typed for `compartment` opens nothing (wrong, spent, expired, locked out, or the site's
 * camera did not record). The answer is the same whatever the reason, so it tells a guesser nothing; the bank shows
 * "not accepted". A code that opens is answered with `locker.open` instead.
 */
export const KeypadRefusedParamsSchema = Type.Object({ compartment: CompartmentLabelSchema });
export type KeypadRefusedParams = Static<typeof KeypadRefusedParamsSchema>;
