import type { Selectable } from 'kysely';

// Row types for the tables of migrations/20261202-0005-grants.ts (docs/grants.md).

export type GrantStatus = 'pending' | 'active' | 'paused' | 'revoked';

export interface GrantsTable {
  id: string;
  home_id: string;
  /** The version of `terms`; each edit adds a grant_versions row and bumps it. */
  version: number;
  status: GrantStatus;
  grantee_kind: 'provider' | 'person';
  organisation_id: string | null;
  /** A provider grant to one named worker; null: any of the provider's workers. */
  worker_id: string | null;
  person_email: string | null;
  /** The account that held `person_email` when the grant was offered; null: nobody can accept it. */
  person_id: string | null;
  accepted_at: string | null;
  /** JSON of GrantTerms (services/grants/terms.ts). */
  terms: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface GrantVersionsTable {
  grant_id: string;
  version: number;
  terms: string;
  created_by: string;
  created_at: string;
}

export interface GrantVisitsTable {
  visit_id: string;
  grant_id: string;
  grant_version: number;
  home_id: string;
  window_start: string | null;
  window_end: string | null;
  /** JSON of core ServiceVerdict, once judged. */
  verdict: string | null;
  checked_out_at: string | null;
}

export interface ProviderAlertsTable {
  id: string;
  organisation_id: string;
  home_id: string;
  grant_id: string;
  visit_id: string | null;
  kind: string;
  message: string;
  at: string;
}

export interface GrantTables {
  grants: GrantsTable;
  grant_versions: GrantVersionsTable;
  grant_visits: GrantVisitsTable;
  provider_alerts: ProviderAlertsTable;
}

export type GrantRow = Selectable<GrantsTable>;
export type GrantVisitRow = Selectable<GrantVisitsTable>;
export type ProviderAlertRow = Selectable<ProviderAlertsTable>;
