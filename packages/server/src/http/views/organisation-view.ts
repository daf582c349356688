import { Type } from 'typebox';
import type { MemberWithUser, Organisation } from '../../store/organisations-repo.js';
import { Email, Name, Timestamp } from '../schemas.js';
import { UserKindSchema } from './user-view.js';

/** The kinds anyone may create. There is no `operator` kind: platform staff are made on the server (src/admin/). */
export const OrganisationKindSchema = Type.Union([
  Type.Literal('carrier'),
  Type.Literal('service_provider'),
  Type.Literal('building_manager'),
  Type.Literal('locker_operator'),
]);

/** What an organisation may show: a public kind, or `retired_operator` (migration 20261202-0001), which means nothing. */
export const StoredOrganisationKindSchema = Type.Union([
  ...OrganisationKindSchema.anyOf,
  Type.Literal('retired_operator'),
]);

export const MembershipRoleSchema = Type.Union([
  Type.Literal('admin'),
  Type.Literal('member'),
  Type.Literal('courier'),
  Type.Literal('worker'),
]);

export const OrganisationView = Type.Object({
  id: Type.String(),
  name: Name,
  kind: StoredOrganisationKindSchema,
  createdAt: Timestamp,
});

export const MemberView = Type.Object({
  userId: Type.String(),
  email: Email,
  name: Name,
  kind: UserKindSchema,
  role: MembershipRoleSchema,
  createdAt: Timestamp,
});

export function presentOrganisation(organisation: Organisation) {
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    createdAt: organisation.created_at,
  };
}

export function presentMember(member: MemberWithUser) {
  return {
    userId: member.user_id,
    email: member.email,
    name: member.name,
    kind: member.kind,
    role: member.role,
    createdAt: member.created_at,
  };
}
