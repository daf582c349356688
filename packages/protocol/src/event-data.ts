import { type Static, Type } from 'typebox';
import { OpenerStateSchema } from './garage.js';
import { LockerBankStateSchema } from './locker.js';
import {
  AutoRelockMsSchema,
  CountSchema,
  IdSchema,
  KidSchema,
  PercentSchema,
  PublicKeySchema,
  Sha256HexSchema,
  SignalSchema,
  TimestampMsSchema,
} from './primitives.js';
import { REJECTIONS } from './rejections.js';
import { VehicleStateSchema } from './vehicle.js';

// docs/protocol.md §3.1–§3.4. Objects allow unknown fields (§8: receivers ignore them).

export const HelloDataSchema = Type.Object({
  kind: Type.Enum(['lock', 'camera', 'vehicle', 'opener', 'locker_bank']),
  publicKey: PublicKeySchema,
  firmware: Type.String({ minLength: 1, maxLength: 64 }),
  claimHash: Type.Union([Sha256HexSchema, Type.Null()]),
  pinnedKids: Type.Array(KidSchema, { maxItems: 16 }),
});
export type HelloData = Static<typeof HelloDataSchema>;

export const AckDataSchema = Type.Object({
  command: IdSchema,
  status: Type.Enum(['ok', 'rejected']),
  reason: Type.Optional(Type.Enum(REJECTIONS)),
  result: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});
export type AckData = Static<typeof AckDataSchema>;

export const ALARMS = ['jammed', 'door_ajar', 'tamper', 'low_battery', 'forced_entry', 'storage_full'] as const;
export const AlarmDataSchema = Type.Object({ alarm: Type.Enum(ALARMS), active: Type.Boolean() });
export type AlarmData = Static<typeof AlarmDataSchema>;

const BoltPositionSchema = Type.Enum(['locked', 'unlocked', 'jammed']);
const DoorPositionSchema = Type.Enum(['open', 'closed']);

export const BoltDataSchema = Type.Object({
  bolt: BoltPositionSchema,
  cause: Type.Enum(['capability', 'command', 'auto_relock', 'keypad', 'manual']),
  command: Type.Optional(IdSchema),
  visit: Type.Optional(IdSchema),
  nonce: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{22,128}$' })),
});
export type BoltData = Static<typeof BoltDataSchema>;

export const DoorDataSchema = Type.Object({ door: DoorPositionSchema });
export type DoorData = Static<typeof DoorDataSchema>;

export const KeypadDataSchema = Type.Object({ result: Type.Enum(['accepted', 'refused']) });
export type KeypadData = Static<typeof KeypadDataSchema>;

export const RecordingDataSchema = Type.Object({
  recording: Type.Enum(['started', 'stopped']),
  session: IdSchema,
  command: IdSchema,
});
export type RecordingData = Static<typeof RecordingDataSchema>;

export const HeartbeatDataSchema = Type.Object({ session: IdSchema, frames: CountSchema });
export type HeartbeatData = Static<typeof HeartbeatDataSchema>;

export const ClipDataSchema = Type.Object({
  session: IdSchema,
  sha256: Sha256HexSchema,
  bytes: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
  durationMs: CountSchema,
  startedAt: TimestampMsSchema,
  endedAt: TimestampMsSchema,
  contentType: Type.Literal('video/mp4'),
});
export type ClipData = Static<typeof ClipDataSchema>;

export const LockStateSchema = Type.Object({
  kind: Type.Literal('lock'),
  bolt: BoltPositionSchema,
  door: DoorPositionSchema,
  battery: PercentSchema,
  signal: SignalSchema,
  jammed: Type.Boolean(),
  doorAjar: Type.Boolean(),
  tamper: Type.Boolean(),
  autoRelockMs: AutoRelockMsSchema,
  paired: Type.Boolean(),
});
export type LockState = Static<typeof LockStateSchema>;

export const CameraStateSchema = Type.Object({
  kind: Type.Literal('camera'),
  recording: Type.Boolean(),
  session: Type.Union([IdSchema, Type.Null()]),
  battery: PercentSchema,
  signal: SignalSchema,
  storageFreeMb: CountSchema,
  paired: Type.Boolean(),
});
export type CameraState = Static<typeof CameraStateSchema>;

export const StateDataSchema = Type.Union([
  LockStateSchema,
  CameraStateSchema,
  VehicleStateSchema,
  OpenerStateSchema,
  LockerBankStateSchema,
]);
