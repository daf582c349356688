import type { Selectable } from 'kysely';

// Row types for the tables of migrations/20261202-0004-device-trust.ts.

export interface ExpectedUploadsTable {
  id: string;
  device_id: string;
  session: string;
  command_id: string;
  created_at: string;
  expires_at: string;
  sha256: string | null;
  bytes: number | null;
  uploaded_at: string | null;
  check_detail: string | null;
  media_duration_ms: number | null;
}

export interface DeviceWindowsTable {
  device_id: string;
  purpose: string;
  window_start: string;
  count: number;
}

export interface DeviceRejectionCountsTable {
  device_id: string;
  reason: string;
  count: number;
  last_at: string;
}

export interface ClipChecksTable {
  clip_id: string;
  ok: number;
  detail: string | null;
  checked_at: string;
}

export interface DeviceTrustTables {
  expected_uploads: ExpectedUploadsTable;
  device_windows: DeviceWindowsTable;
  device_rejection_counts: DeviceRejectionCountsTable;
  clip_checks: ClipChecksTable;
}

export type ExpectedUploadRow = Selectable<ExpectedUploadsTable>;
