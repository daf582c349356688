// Platform staff and invitations (migration 20261202-0001-platform-staff; docs/api.md, "Roles and invitations").

/**
 * People who work for the platform itself. Written only by the administrative command on the server
 * (`npm run admin -- staff …`, src/admin/); no HTTP route reads or writes this table to widen anyone's rights.
 */
export interface PlatformStaffTable {
  user_id: string;
  role: 'support' | 'admin';
  granted_at: string;
  /** Always `cli`: the only way in. */
  granted_by: string;
}

/**
 * An offer of a role in an organisation or a home, addressed to an email. `user_id` is the account that held the
 * email when the invitation was made (null when none did: such an invitation can never be accepted, and the inviter is
 * answered exactly as if it could). Only that account sees it and may accept or decline it, before `expires_at`.
 */
export interface InvitationsTable {
  id: string;
  target_kind: 'organisation' | 'home';
  target_id: string;
  email: string;
  user_id: string | null;
  role: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  /** Set when accepted; an account created by an organisation admin is accepted at birth. */
  accepted_at: string | null;
  declined_at: string | null;
}

export interface StaffTables {
  platform_staff: PlatformStaffTable;
  invitations: InvitationsTable;
}
