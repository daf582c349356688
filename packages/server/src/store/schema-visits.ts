import type { DeliveryStatus } from '@threshold/core';
import type { ColumnType, Generated, Selectable } from 'kysely';

// Row types for the tables of migrations/20261125-0002-visits.ts.

export interface PreferencesTable {
  home_id: string;
  data: string;
  updated_at: string;
}

export interface ServiceAreasTable {
  id: string;
  organisation_id: string;
  country: string;
  postal_prefix: string;
}

export interface HomeEnrolmentsTable {
  home_id: string;
  organisation_id: string;
  plan: string;
  created_at: string;
}

/** `lobby`, `package_room`: through a building's entrance (docs/buildings.md). */
export type DeliveryMethod = 'in_home' | 'in_car' | 'doorstep' | 'locker' | 'lobby' | 'package_room';
/** core delivery-lifecycle.ts names the statuses and what each allows. */
export type { DeliveryStatus } from '@threshold/core';

export interface DeliveriesTable {
  id: string;
  organisation_id: string;
  home_id: string;
  access_point_id: string | null;
  external_id: string;
  window_start: string;
  window_end: string;
  method: DeliveryMethod;
  method_reasons: string;
  courier_id: string | null;
  status: DeliveryStatus;
  created_at: string;
  updated_at: string;
}

export interface VisitsTable {
  id: string;
  home_id: string;
  access_point_id: string;
  delivery_id: string | null;
  person_id: string;
  state: string;
  open: number;
  data: string;
  version: number;
  opened_at: string;
  closed_at: string | null;
  updated_at: string;
}

export interface AlertsTable {
  id: string;
  home_id: string;
  visit_id: string | null;
  kind: string;
  message: string;
  at: string;
  acknowledged_at: string | null;
}

export interface ClipsTable {
  id: string;
  home_id: string | null;
  visit_id: string | null;
  device_id: string;
  session: string;
  sha256: string;
  bytes: number;
  duration_ms: number;
  started_at: string;
  ended_at: string;
  created_at: string;
  /** The camera's signed `clip` event (JSON) and its public key as pinned at pairing; null for older clips. */
  device_event: ColumnType<string | null, string | null | undefined, string | null>;
  device_key: ColumnType<string | null, string | null | undefined, string | null>;
  /** When the retention job deleted the file (the row and its hash stay); null while it is stored. */
  expired_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface LedgerHeadsTable {
  home_id: string;
  seq: number;
  hash: string;
}

export interface LedgerEntriesTable {
  home_id: string;
  seq: number;
  at: string;
  kind: string;
  subject: string | null;
  data: string;
  prev_hash: string;
  hash: string;
}

export interface LedgerCheckpointsTable {
  home_id: string;
  tree_size: number;
  root_hash: string;
  head_hash: string;
  at: string;
  kid: string;
  sig: string;
}

export interface JobsTable {
  id: string;
  key: string | null;
  kind: string;
  payload: string;
  run_at: string;
  attempts: Generated<number>;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
}

export interface VisitTables {
  preferences: PreferencesTable;
  service_areas: ServiceAreasTable;
  home_enrolments: HomeEnrolmentsTable;
  deliveries: DeliveriesTable;
  visits: VisitsTable;
  alerts: AlertsTable;
  clips: ClipsTable;
  ledger_heads: LedgerHeadsTable;
  ledger_entries: LedgerEntriesTable;
  ledger_checkpoints: LedgerCheckpointsTable;
  jobs: JobsTable;
}

export type DeliveryRow = Selectable<DeliveriesTable>;
export type VisitRow = Selectable<VisitsTable>;
export type JobRow = Selectable<JobsTable>;
