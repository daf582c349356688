import { Type } from 'typebox';
import type { User } from '../../store/schema.js';
import { Email, Name, Timestamp } from '../schemas.js';

export const UserKindSchema = Type.Union([
  Type.Literal('customer'),
  Type.Literal('courier'),
  Type.Literal('worker'),
  Type.Literal('staff'),
]);

export const UserView = Type.Object({
  id: Type.String(),
  email: Email,
  name: Name,
  kind: UserKindSchema,
  createdAt: Timestamp,
});

export function presentUser(user: User) {
  return { id: user.id, email: user.email, name: user.name, kind: user.kind, createdAt: user.created_at };
}
