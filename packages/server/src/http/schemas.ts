import { type TSchema, Type } from 'typebox';

/** RFC 9457 problem details, with the extension members this API uses (docs/api.md, "Errors"). */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'Stable identifier, `urn:threshold:problem:<code>`' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    field: Type.Optional(Type.String({ description: 'The failing input, e.g. `body.timeZone`' })),
    retryAfterSeconds: Type.Optional(Type.Integer()),
    scope: Type.Optional(Type.String()),
  },
  { additionalProperties: true, description: 'application/problem+json' },
);

/** Problem responses for the given statuses; every route lists the ones it can answer. */
export function problems(...statuses: number[]): Record<number, TSchema> {
  const all = new Set([400, 500, ...statuses]);
  return Object.fromEntries([...all].sort().map((status) => [status, ProblemSchema]));
}

/** Ids are `<prefix>_<base64url>`; anything else is rejected at the edge as a malformed id. */
export function IdSchema(prefix: string) {
  return Type.String({ pattern: `^${prefix}_[A-Za-z0-9_-]{1,64}$`, description: `${prefix}_…` });
}

export const PageQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
    after: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'nextCursor of the previous page' })),
  },
  { additionalProperties: false },
);

export function Page<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });
}

export const Email = Type.String({ format: 'email', maxLength: 254 });
export const Name = Type.String({ minLength: 1, maxLength: 200 });
/** Long passphrases are welcome; the upper bound only caps hashing work (OWASP ASVS 2.1). */
export const Password = Type.String({ minLength: 10, maxLength: 256 });
export const Timestamp = Type.String({ format: 'date-time' });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

type Security = { [scheme: string]: string[] }[];
/** Routes for signed-in people: the session cookie or its token as a bearer. */
export const USER_SECURITY: Security = [{ session: [] }, { bearer: [] }];
/** Routes an organisation's API key may also call. */
export const ORG_SECURITY: Security = [...USER_SECURITY, { apiKey: [] }];
