import { Type } from 'typebox';
import type { OpenInvitation } from '../../services/invitations.js';
import type { Invitation } from '../../store/invitations-repo.js';
import { Email, Timestamp } from '../schemas.js';

const Target = Type.Object({
  kind: Type.Union([Type.Literal('organisation'), Type.Literal('home')]),
  id: Type.String(),
});

/**
 * What an inviter is told: the same fields whether or not the email has an account (docs/api.md, "Invitations"), and
 * nothing that depends on it.
 */
export const InvitationReceiptView = Type.Object({
  id: Type.String(),
  target: Target,
  email: Email,
  role: Type.String(),
  createdAt: Timestamp,
  expiresAt: Timestamp,
});

/** What the invitee sees in GET /v1/me/invitations. */
export const MyInvitationView = Type.Object({
  id: Type.String(),
  target: Type.Object({ ...Target.properties, name: Type.String() }),
  role: Type.String(),
  invitedBy: Type.Object({ name: Type.String() }),
  createdAt: Timestamp,
  expiresAt: Timestamp,
});

/** The answer to accept or decline. */
export const AnsweredInvitationView = Type.Object({
  id: Type.String(),
  target: Target,
  role: Type.String(),
  status: Type.Union([Type.Literal('accepted'), Type.Literal('declined')]),
});

export function presentReceipt(invitation: Invitation) {
  return {
    id: invitation.id,
    target: { kind: invitation.target_kind, id: invitation.target_id },
    email: invitation.email,
    role: invitation.role,
    createdAt: invitation.created_at,
    expiresAt: invitation.expires_at,
  };
}

export function presentMyInvitation(invitation: OpenInvitation) {
  return {
    id: invitation.id,
    target: { kind: invitation.target_kind, id: invitation.target_id, name: invitation.targetName },
    role: invitation.role,
    invitedBy: { name: invitation.inviterName },
    createdAt: invitation.created_at,
    expiresAt: invitation.expires_at,
  };
}

export function presentAnswered(invitation: Invitation) {
  return {
    id: invitation.id,
    target: { kind: invitation.target_kind, id: invitation.target_id },
    role: invitation.role,
    status: invitation.accepted_at ? ('accepted' as const) : ('declined' as const),
  };
}
