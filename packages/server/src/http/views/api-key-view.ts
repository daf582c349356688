import { Type } from 'typebox';
import { API_KEY_SCOPES } from '../../services/api-keys.js';
import { Name, Nullable, Timestamp } from '../schemas.js';

export const ScopeSchema = Type.Union(API_KEY_SCOPES.map((scope) => Type.Literal(scope)));

export const ApiKeyView = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  name: Name,
  prefix: Type.String({ description: 'The first characters of the key, to tell keys apart' }),
  scopes: Type.Array(Type.String()),
  createdBy: Type.String(),
  createdAt: Timestamp,
  lastUsedAt: Nullable(Timestamp),
  revokedAt: Nullable(Timestamp),
});
