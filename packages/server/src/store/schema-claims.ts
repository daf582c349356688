import type { Selectable } from 'kysely';

// Row types for the tables of migrations/20261202-0008-claims.ts (docs/claims.md).

export interface ClaimsTable {
  id: string;
  home_id: string;
  visit_id: string;
  /** The carrier of the visit's delivery, or the provider of its grant; null for a visit of neither. */
  organisation_id: string | null;
  opened_by: string;
  kind: string;
  description: string;
  state: string;
  assignee_id: string | null;
  assigned_at: string | null;
  /** End of the assignee's purpose-bound access to the visit's clips. */
  access_until: string | null;
  /** JSON ClaimResolution (core claim-machine.ts), once resolved. */
  resolution: string | null;
  /** The visit's evidence as it stood when the claim was opened: ledger entries from..to, the hash of the last. */
  evidence_from_seq: number;
  evidence_to_seq: number;
  evidence_head_hash: string;
  evidence_entries: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ClaimMessagesTable {
  id: string;
  claim_id: string;
  author_id: string | null;
  author_role: 'customer' | 'carrier' | 'support';
  body: string;
  at: string;
}

export interface ClaimPhotosTable {
  claim_id: string;
  sha256: string;
  content_type: string;
  bytes: number;
  added_by: string;
  at: string;
}

export interface ClaimAlertsTable {
  claim_id: string;
  alert_id: string;
}

/** What the carrier or provider of the claimed visit is told (also sent as a `claim.*` webhook event). */
export interface ClaimNoticesTable {
  id: string;
  claim_id: string;
  organisation_id: string;
  kind: string;
  message: string;
  at: string;
}

/** A customer's consent to let platform support watch one visit's clips until `expires_at`. */
export interface SupportConsentsTable {
  id: string;
  home_id: string;
  visit_id: string;
  granted_by: string;
  granted_at: string;
  expires_at: string;
}

export interface ClaimTables {
  claims: ClaimsTable;
  claim_messages: ClaimMessagesTable;
  claim_photos: ClaimPhotosTable;
  claim_alerts: ClaimAlertsTable;
  claim_notices: ClaimNoticesTable;
  support_consents: SupportConsentsTable;
}

export type ClaimRow = Selectable<ClaimsTable>;
export type ClaimMessageRow = Selectable<ClaimMessagesTable>;
export type ClaimPhotoRow = Selectable<ClaimPhotosTable>;
export type ClaimNoticeRow = Selectable<ClaimNoticesTable>;
