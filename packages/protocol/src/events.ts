import { Type } from 'typebox';
import { envelopeParser } from './envelope-parser.js';
import {
  type AckData,
  AckDataSchema,
  type AlarmData,
  AlarmDataSchema,
  type BoltData,
  BoltDataSchema,
  type CameraState,
  type ClipData,
  ClipDataSchema,
  type DoorData,
  DoorDataSchema,
  type HeartbeatData,
  HeartbeatDataSchema,
  type HelloData,
  HelloDataSchema,
  type KeypadData,
  KeypadDataSchema,
  type LockState,
  type RecordingData,
  RecordingDataSchema,
  StateDataSchema,
} from './event-data.js';
import { type GarageData, GarageDataSchema, type OpenerState } from './garage.js';
import {
  type CompartmentDoorData,
  CompartmentDoorDataSchema,
  type KeypadCodeData,
  KeypadCodeDataSchema,
  type LockerBankState,
} from './locker.js';
import { DeviceIdSchema, SignatureSchema, TimestampMsSchema } from './primitives.js';
import type { Result } from './result.js';
import { signEnvelope, verifyEnvelope } from './signed-envelope.js';
import {
  type BootData,
  BootDataSchema,
  type VehicleReportData,
  VehicleReportDataSchema,
  type VehicleState,
} from './vehicle.js';

/** One typed map is the wire contract: event type → its `data` (docs/protocol.md §3). */
export interface EventDataMap {
  hello: HelloData;
  ack: AckData;
  state: LockState | CameraState | VehicleState | OpenerState | LockerBankState;
  alarm: AlarmData;
  bolt: BoltData;
  door: DoorData;
  keypad: KeypadData;
  recording: RecordingData;
  heartbeat: HeartbeatData;
  clip: ClipData;
  vehicle: VehicleReportData;
  boot: BootData;
  garage: GarageData;
  'compartment.door': CompartmentDoorData;
  'keypad.code': KeypadCodeData;
}
export type EventType = keyof EventDataMap;

export interface EventEnvelope<T extends EventType = EventType> {
  v: 1;
  device: string;
  seq: number;
  ts: number;
  type: T;
  data: EventDataMap[T];
  sig: string;
}

/** Discriminated on `type`. */
export type AnyEvent = { [K in EventType]: EventEnvelope<K> }[EventType];

export const EVENT_DATA_SCHEMAS = {
  hello: HelloDataSchema,
  ack: AckDataSchema,
  state: StateDataSchema,
  alarm: AlarmDataSchema,
  bolt: BoltDataSchema,
  door: DoorDataSchema,
  keypad: KeypadDataSchema,
  recording: RecordingDataSchema,
  heartbeat: HeartbeatDataSchema,
  clip: ClipDataSchema,
  vehicle: VehicleReportDataSchema,
  boot: BootDataSchema,
  garage: GarageDataSchema,
  'compartment.door': CompartmentDoorDataSchema,
  'keypad.code': KeypadCodeDataSchema,
} as const;

export const EVENT_TYPES = Object.keys(EVENT_DATA_SCHEMAS) as EventType[];

/** The envelope around any event; `data` is checked against EVENT_DATA_SCHEMAS[type]. */
export const EventEnvelopeSchema = Type.Object({
  v: Type.Literal(1),
  device: DeviceIdSchema,
  seq: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
  ts: TimestampMsSchema,
  type: Type.Enum(EVENT_TYPES),
  data: Type.Object({}),
  sig: SignatureSchema,
});

export function signEvent<T extends EventType>(
  e: { device: string; seq: number; ts: number; type: T; data: EventDataMap[T] },
  privateKey: string,
): EventEnvelope<T> {
  return signEnvelope(
    { v: 1 as const, device: e.device, seq: e.seq, ts: e.ts, type: e.type, data: e.data },
    privateKey,
  );
}

/** JSON and schema check only; the signature is checked by {@link verifyEvent} with the device's key. */
const parseAnyEvent = envelopeParser<AnyEvent>(EventEnvelopeSchema, 'data', EVENT_DATA_SCHEMAS);

export function parseEvent(payload: string | Uint8Array): Result<AnyEvent, 'malformed'> {
  return parseAnyEvent(payload);
}

export function verifyEvent(e: AnyEvent, publicKey: string): boolean {
  return verifyEnvelope(e, publicKey);
}
