import { Type } from 'typebox';

// Shared field schemas with their bounds; docs/protocol.md §3–§7 refer to these by name.

export const DeviceIdSchema = Type.String({ pattern: '^(lk|cam|veh|gdo|lkb)-[a-z2-7]{26}$' });
/** base64url raw Ed25519 public key: 32 bytes are 43 characters. */
export const PublicKeySchema = Type.String({ pattern: '^[A-Za-z0-9_-]{43}$' });
/** base64url Ed25519 signature: 64 bytes are 86 characters. */
export const SignatureSchema = Type.String({ pattern: '^[A-Za-z0-9_-]{86}$' });
export const KidSchema = Type.String({ pattern: '^[A-Za-z0-9._-]{1,64}$' });
/** Opaque identifiers minted by the platform (command ids, sessions, visits). */
export const IdSchema = Type.String({ pattern: '^[A-Za-z0-9._:-]{1,128}$' });
export const Sha256HexSchema = Type.String({ pattern: '^[0-9a-f]{64}$' });
/** Milliseconds since the Unix epoch. */
export const TimestampMsSchema = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
export const CountSchema = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
export const PercentSchema = Type.Integer({ minimum: 0, maximum: 100 });
/** Received signal strength in dBm. */
export const SignalSchema = Type.Integer({ minimum: -150, maximum: 0 });
/** Auto-relock delay in ms; 0 disables it. */
export const AutoRelockMsSchema = Type.Integer({ minimum: 0, maximum: 3_600_000 });
