import type { Selectable } from 'kysely';

// Row types for the tables of migrations/20261202-0060-lockers.ts (docs/lockers.md).

export interface LockerSitesTable {
  id: string;
  organisation_id: string;
  name: string;
  lat: number;
  lon: number;
  time_zone: string;
  /** The hours as rendered for people (core renderOpeningHours), written with `hours`. */
  opening_hours: string;
  /** JSON of core's OpeningHours, enforced (migrations/20261202-0130-locker-opening-hours.ts). */
  hours: string;
  has_camera: number;
  pickup_days: number;
  created_at: string;
}

export interface LockerBanksTable {
  id: string;
  site_id: string;
  name: string;
  device_id: string | null;
  created_at: string;
}

export interface LockerCompartmentsTable {
  id: string;
  site_id: string;
  bank_id: string;
  position: number;
  label: string;
  size: string;
  size_rank: number;
  door: string;
  reservation_id: string | null;
  created_at: string;
}

export interface LockerReservationsTable {
  id: string;
  delivery_id: string;
  organisation_id: string;
  home_id: string;
  site_id: string;
  compartment_id: string;
  holding_compartment_id: string | null;
  parcel_size: string;
  status: string;
  data: string;
  version: number;
  expires_at: string | null;
  code_salt: string | null;
  code_hash: string | null;
  /** The `iat` (s) of the last opening's capability (migrations/20261202-0120-locker-open-iat.ts). */
  open_iat: number;
  created_at: string;
  updated_at: string;
}

export interface LockerAlertsTable {
  id: string;
  organisation_id: string;
  site_id: string;
  compartment_id: string | null;
  reservation_id: string | null;
  kind: string;
  detail: string;
  at: string;
}

export interface LockerOpenRequestsTable {
  id: string;
  site_id: string;
  compartment_ids: string;
  reason: string;
  requested_by: string;
  approved_by: string | null;
  status: 'pending' | 'opened';
  created_at: string;
  decided_at: string | null;
}

/** The camera watching a locker site's compartments (migrations/20261202-0110-locker-site-cameras.ts). */
export interface LockerSiteCamerasTable {
  site_id: string;
  device_id: string;
  paired_by: string;
  paired_at: string;
}

export interface LockerTables {
  locker_sites: LockerSitesTable;
  locker_banks: LockerBanksTable;
  locker_compartments: LockerCompartmentsTable;
  locker_reservations: LockerReservationsTable;
  locker_alerts: LockerAlertsTable;
  locker_open_requests: LockerOpenRequestsTable;
  locker_site_cameras: LockerSiteCamerasTable;
}

export type LockerSiteRow = Selectable<LockerSitesTable>;
export type LockerBankRow = Selectable<LockerBanksTable>;
export type CompartmentRow = Selectable<LockerCompartmentsTable>;
export type ReservationRow = Selectable<LockerReservationsTable>;
export type LockerAlertRow = Selectable<LockerAlertsTable>;
export type OpenRequestRow = Selectable<LockerOpenRequestsTable>;
export type LockerSiteCameraRow = Selectable<LockerSiteCamerasTable>;
