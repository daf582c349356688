import { Type } from 'typebox';
import {
  ConfigParamsSchema,
  KeysRotateParamsSchema,
  LockParamsSchema,
  type PairParams,
  PairParamsSchema,
  type PinnedKey,
  RecordStartParamsSchema,
  RecordStopParamsSchema,
  UnlockParamsSchema,
  VisitCloseParamsSchema,
} from './command-params.js';
import { envelopeParser } from './envelope-parser.js';
import {
  type GarageLightParams,
  GarageLightParamsSchema,
  type GarageMoveParams,
  GarageMoveParamsSchema,
} from './garage.js';
import {
  type KeypadRefusedParams,
  KeypadRefusedParamsSchema,
  type LockerOpenParams,
  LockerOpenParamsSchema,
} from './locker.js';
import { DeviceIdSchema, IdSchema, KidSchema, SignatureSchema, TimestampMsSchema } from './primitives.js';
import type { CommandRejection } from './rejections.js';
import type { Result } from './result.js';
import { signEnvelope, verifyEnvelope } from './signed-envelope.js';

/** One typed map is the wire contract: command type → its `params` (docs/protocol.md §4). */
export interface CommandParamsMap {
  pair: PairParams;
  unlock: { capability: string };
  lock: Record<string, never>;
  'record.start': { session: string };
  'record.stop': { session: string; postRollMs: number };
  'keys.rotate': { add?: PinnedKey; retire?: string };
  config: { autoRelockMs?: number };
  'visit.close': { visit: string };
  'garage.open': GarageMoveParams;
  'garage.close': GarageMoveParams;
  'garage.light': GarageLightParams;
  'locker.open': LockerOpenParams;
  'keypad.refused': KeypadRefusedParams;
}
export type CommandType = keyof CommandParamsMap;

export interface PlatformSigner {
  kid: string;
  privateKey: string;
  publicKey: string;
}

export interface CommandEnvelope<T extends CommandType = CommandType> {
  v: 1;
  id: string;
  device: string;
  type: T;
  ts: number;
  exp: number;
  params: CommandParamsMap[T];
  kid: string;
  sig: string;
}

export type AnyCommand = { [K in CommandType]: CommandEnvelope<K> }[CommandType];

/** docs/protocol.md §4: resend after 2 s without an ack, at most 3 sends, then the command has timed out. */
export const COMMAND_RETRY = Object.freeze({ intervalMs: 2000, maxSends: 3 });

/** Clock skew a device tolerates on `exp` unless told otherwise (the same 60 s as capabilities, §7). */
export const DEFAULT_COMMAND_SKEW_MS = 60_000;

export const COMMAND_PARAMS_SCHEMAS = {
  pair: PairParamsSchema,
  unlock: UnlockParamsSchema,
  lock: LockParamsSchema,
  'record.start': RecordStartParamsSchema,
  'record.stop': RecordStopParamsSchema,
  'keys.rotate': KeysRotateParamsSchema,
  config: ConfigParamsSchema,
  'visit.close': VisitCloseParamsSchema,
  'garage.open': GarageMoveParamsSchema,
  'garage.close': GarageMoveParamsSchema,
  'garage.light': GarageLightParamsSchema,
  'locker.open': LockerOpenParamsSchema,
  'keypad.refused': KeypadRefusedParamsSchema,
} as const;

export const COMMAND_TYPES = Object.keys(COMMAND_PARAMS_SCHEMAS) as CommandType[];

/** The envelope around any command; `params` is checked against COMMAND_PARAMS_SCHEMAS[type]. */
export const CommandEnvelopeSchema = Type.Object({
  v: Type.Literal(1),
  id: IdSchema,
  device: DeviceIdSchema,
  type: Type.Enum(COMMAND_TYPES),
  ts: TimestampMsSchema,
  exp: TimestampMsSchema,
  params: Type.Object({}),
  kid: KidSchema,
  sig: SignatureSchema,
});

export function signCommand<T extends CommandType>(
  c: { id: string; device: string; type: T; ts: number; exp: number; params: CommandParamsMap[T] },
  signer: PlatformSigner,
): CommandEnvelope<T> {
  const { id, device, type, ts, exp, params } = c;
  return signEnvelope({ v: 1 as const, id, device, type, ts, exp, params, kid: signer.kid }, signer.privateKey);
}

/** JSON and schema check only; {@link checkCommand} does the rest. */
const parseAnyCommand = envelopeParser<AnyCommand>(CommandEnvelopeSchema, 'params', COMMAND_PARAMS_SCHEMAS);

export function parseCommand(payload: string | Uint8Array): Result<AnyCommand, 'malformed'> {
  return parseAnyCommand(payload);
}

/**
 * What every device checks before acting (docs/protocol.md §4), in this order: addressed to it, `kid` pinned,
 * signature, `exp` allowing `skewMs`. Pairing state is the caller's: for `pair` on an unpaired device pass the keys
 * the command itself lists (§6). Null means acceptable.
 */
export function checkCommand(
  c: AnyCommand,
  opts: { deviceId: string; pinnedKeys: ReadonlyMap<string, string>; nowMs: number; skewMs?: number },
): CommandRejection | null {
  if (c.device !== opts.deviceId) return 'wrong_device';
  const publicKey = opts.pinnedKeys.get(c.kid);
  if (publicKey === undefined) return 'unknown_key';
  if (!verifyEnvelope(c, publicKey)) return 'bad_signature';
  if (opts.nowMs > c.exp + (opts.skewMs ?? DEFAULT_COMMAND_SKEW_MS)) return 'expired';
  return null;
}
