import { type Static, Type } from 'typebox';
import { AutoRelockMsSchema, IdSchema, KidSchema, PublicKeySchema } from './primitives.js';

// docs/protocol.md §4 and §6. Objects allow unknown fields (§8).

export const PinnedKeySchema = Type.Object({ kid: KidSchema, publicKey: PublicKeySchema });
export interface PinnedKey {
  kid: string;
  publicKey: string;
}

export const PairParamsSchema = Type.Object({
  keys: Type.Array(PinnedKeySchema, { minItems: 1, maxItems: 16 }),
  /** base64url HMAC-SHA256, 32 bytes are 43 characters */
  proof: Type.String({ pattern: '^[A-Za-z0-9_-]{43}$' }),
});
export type PairParams = Static<typeof PairParamsSchema>;

/** A compact JWS (§7): three base64url parts. */
export const CapabilityTokenSchema = Type.String({
  maxLength: 4096,
  pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$',
});

export const UnlockParamsSchema = Type.Object({ capability: CapabilityTokenSchema });
export const LockParamsSchema = Type.Object({});
export const RecordStartParamsSchema = Type.Object({ session: IdSchema });
export const RecordStopParamsSchema = Type.Object({
  session: IdSchema,
  postRollMs: Type.Integer({ minimum: 0, maximum: 600_000 }),
});
export const KeysRotateParamsSchema = Type.Object({
  add: Type.Optional(PinnedKeySchema),
  retire: Type.Optional(KidSchema),
});
export const ConfigParamsSchema = Type.Object({ autoRelockMs: Type.Optional(AutoRelockMsSchema) });
/** §7 "Closing a visit": the lock refuses every capability whose `sub` is this visit from now on. */
export const VisitCloseParamsSchema = Type.Object({ visit: IdSchema });
