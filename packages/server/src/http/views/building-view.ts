import { type Static, Type } from 'typebox';
import type { Home } from '../../store/schema.js';
import type { BuildingRow, CarrierAccessRow, EntranceRow, EntryRow, UnitRow } from '../../store/schema-buildings.js';
import { Name, Nullable, Timestamp } from '../schemas.js';

// What the building routes answer (docs/buildings.md). The manager's views hold the building, its entrances and
// units, carriers' windows and entrance activity: no resident, no delivery, nothing inside a unit.

export const EntranceKindSchema = Type.Union([Type.Literal('lobby'), Type.Literal('package_room')]);

export const BuildingView = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  name: Name,
  addressLine1: Type.String(),
  city: Type.String(),
  postalCode: Type.String(),
  country: Type.String(),
  lat: Type.Number(),
  lon: Type.Number(),
  timeZone: Type.String(),
  createdAt: Timestamp,
});

export const presentBuilding = (b: BuildingRow, home: Home) => ({
  id: b.id,
  organisationId: b.organisation_id,
  name: b.name,
  addressLine1: home.address_line1,
  city: home.city,
  postalCode: home.postal_code,
  country: home.country,
  lat: home.lat,
  lon: home.lon,
  timeZone: home.time_zone,
  createdAt: b.created_at,
});

export const EntranceView = Type.Object({
  id: Type.String(),
  buildingId: Type.String(),
  kind: EntranceKindSchema,
  name: Name,
  lat: Type.Number(),
  lon: Type.Number(),
  radiusM: Type.Integer(),
  controllerId: Nullable(Type.String({ description: 'The paired entrance controller (a lock-like device)' })),
  cameraId: Nullable(Type.String()),
  createdAt: Timestamp,
});

export const presentEntrance = (
  e: EntranceRow & { name: string },
  devices: { controllerId: string | null; cameraId: string | null } = { controllerId: null, cameraId: null },
) => ({
  id: e.id,
  buildingId: e.building_id,
  kind: e.kind,
  name: e.name,
  lat: e.lat,
  lon: e.lon,
  radiusM: e.radius_m,
  ...devices,
  createdAt: e.created_at,
});

export const UnitView = Type.Object({
  id: Type.String(),
  buildingId: Type.String(),
  label: Type.String(),
  occupied: Type.Boolean({ description: 'Whether a resident has accepted; who, and anything else, is theirs' }),
  createdAt: Timestamp,
});

export const presentUnit = (u: UnitRow, residents: number) => ({
  id: u.id,
  buildingId: u.building_id,
  label: u.label,
  occupied: residents > 0,
  createdAt: u.created_at,
});

export const WindowSchema = Type.Object(
  {
    days: Type.Array(
      Type.Union([
        Type.Literal('MO'),
        Type.Literal('TU'),
        Type.Literal('WE'),
        Type.Literal('TH'),
        Type.Literal('FR'),
        Type.Literal('SA'),
        Type.Literal('SU'),
      ]),
      { minItems: 1, maxItems: 7, uniqueItems: true },
    ),
    startLocal: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:mm, building zone' }),
    endLocal: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'at or before start: next day' }),
  },
  { additionalProperties: false },
);

export const CarrierAccessView = Type.Object({
  id: Type.String(),
  buildingId: Type.String(),
  entranceId: Type.String(),
  organisationId: Type.String({ description: 'The carrier' }),
  windows: Type.Array(WindowSchema),
  createdAt: Timestamp,
  revokedAt: Nullable(Timestamp),
});

export const presentCarrierAccess = (a: CarrierAccessRow) => ({
  id: a.id,
  buildingId: a.building_id,
  entranceId: a.entrance_id,
  organisationId: a.organisation_id,
  windows: JSON.parse(a.windows) as Static<typeof WindowSchema>[],
  createdAt: a.created_at,
  revokedAt: a.revoked_at,
});

export const EntryView = Type.Object({
  id: Type.String(),
  entranceId: Type.String(),
  organisationId: Type.String({ description: 'The carrier whose courier came' }),
  outcome: Type.Union([Type.Literal('admitted'), Type.Literal('denied')]),
  failedChecks: Type.Array(Type.String()),
  at: Timestamp,
});

export const presentEntry = (e: EntryRow) => ({
  id: e.id,
  entranceId: e.entrance_id,
  organisationId: e.organisation_id,
  outcome: e.outcome,
  failedChecks: JSON.parse(e.failed_checks) as string[],
  at: e.at,
});

export const BuildingDeliveryView = Type.Object({
  homeId: Type.String(),
  unitId: Type.String(),
  allowed: Type.Boolean({ description: 'Couriers may come in through the building for this home' }),
});

export const BuildingAlertView = Type.Object({
  id: Type.String(),
  kind: Type.String({ description: 'device_offline, battery_low, door_opened_without_visit, …' }),
  message: Type.String(),
  at: Timestamp,
  acknowledged: Type.Boolean(),
});

/** A building alert names its kind, words and time: no visit, home or person (services/buildings/alerts.ts). */
export const presentBuildingAlert = (a: {
  id: string;
  kind: string;
  message: string;
  at: string;
  acknowledged_at: string | null;
}) => ({
  id: a.id,
  kind: a.kind,
  message: a.message,
  at: a.at,
  acknowledged: a.acknowledged_at !== null,
});
