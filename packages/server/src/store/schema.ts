import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { BuildingTables } from './schema-buildings.js';
import type { CarTables } from './schema-cars.js';
import type { ClaimTables } from './schema-claims.js';
import type { DeviceTrustTables } from './schema-device-trust.js';
import type { GrantTables } from './schema-grants.js';
import type { LockerTables } from './schema-lockers.js';
import type { NotificationTables } from './schema-notifications.js';
import type { SignInTables } from './schema-sign-in.js';
import type { StaffTables } from './schema-staff.js';
import type { VisitTables } from './schema-visits.js';
import type { WebhookTables } from './schema-webhooks.js';

// Row types for the tables in migrations/. Instants are ISO-8601 UTC strings, booleans 0/1, JSON as text.

// staff: an organisation's office people; courier and worker: its people in the field (docs/api.md).
export type UserKind = 'customer' | 'courier' | 'worker' | 'staff';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  kind: UserKind;
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** The kinds anyone may create through the API. An organisation's kind describes its business; it is not a role. */
export type PublicOrganisationKind = 'carrier' | 'service_provider' | 'building_manager' | 'locker_operator';
/** `retired_operator`: a self-created `operator` organisation, neutralised by migration 20261202-0001; means nothing. */
export type OrganisationKind = PublicOrganisationKind | 'retired_operator';

export interface OrganisationsTable {
  id: string;
  name: string;
  kind: OrganisationKind;
  created_at: string;
}

export interface MembershipsTable {
  organisation_id: string;
  user_id: string;
  role: 'admin' | 'member' | 'courier' | 'worker';
  created_at: string;
}

export interface ApiKeysTable {
  id: string;
  organisation_id: string;
  name: string;
  prefix: string;
  key_hash: string;
  scopes: string;
  created_by: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface HomesTable {
  id: string;
  name: string;
  address_line1: string;
  address_line2: string | null;
  city: string;
  postal_code: string;
  country: string;
  lat: number;
  lon: number;
  geofence_radius_m: number;
  time_zone: string;
  created_at: string;
  updated_at: string;
  /** Days a clip file is kept (migrations/20261202-0009-retention.ts; docs/ledger.md "Retention"). */
  clip_retention_days: ColumnType<number, number | undefined, number>;
  /** Set when the owner deleted the home: the row is a tombstone, its personal fields blanked. */
  deleted_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface HomeMembersTable {
  home_id: string;
  user_id: string;
  role: 'owner' | 'resident';
  created_at: string;
}

/** `car_boot`: made with a registered car (docs/car-boot.md), never through the access-point routes. */
/** `lobby`, `package_room`: a building's entrances (docs/buildings.md), made only through the building routes. */
export type AccessPointKind =
  | 'front_door'
  | 'back_door'
  | 'garage'
  | 'side_gate'
  | 'car_boot'
  | 'lobby'
  | 'package_room';

export interface AccessPointsTable {
  id: string;
  home_id: string;
  kind: AccessPointKind;
  name: string;
  created_at: string;
}

export interface DevicesTable {
  id: string;
  kind: 'lock' | 'camera' | 'vehicle' | 'opener' | 'locker_bank';
  public_key: string;
  firmware: string;
  claim_hash: string | null;
  home_id: string | null;
  access_point_id: string | null;
  claimed_by: string | null;
  claimed_at: string | null;
  // PostgreSQL returns bigint as a string; repositories convert with Number().
  last_seq: ColumnType<number | string, number | undefined, number>;
  online: Generated<number>;
  last_seen_at: string | null;
  health: Generated<string>;
  state: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface DeviceRejectionsTable {
  id: string;
  device_id: string;
  topic: string;
  reason: string;
  payload: string;
  at: string;
}

export interface PlatformKeysTable {
  kid: string;
  public_key: string;
  private_key: string;
  created_at: string;
  retired_at: string | null;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: string;
  created_at: string;
}

export interface Database
  extends VisitTables,
    StaffTables,
    SignInTables,
    DeviceTrustTables,
    GrantTables,
    WebhookTables,
    NotificationTables,
    LockerTables,
    BuildingTables,
    ClaimTables,
    CarTables {
  users: UsersTable;
  sessions: SessionsTable;
  organisations: OrganisationsTable;
  memberships: MembershipsTable;
  api_keys: ApiKeysTable;
  homes: HomesTable;
  home_members: HomeMembersTable;
  access_points: AccessPointsTable;
  devices: DevicesTable;
  device_rejections: DeviceRejectionsTable;
  platform_keys: PlatformKeysTable;
  idempotency_keys: IdempotencyKeysTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Home = Selectable<HomesTable>;
export type HomeUpdate = Updateable<HomesTable>;
export type Device = Selectable<DevicesTable>;
