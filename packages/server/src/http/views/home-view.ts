import { Type } from 'typebox';
import { GEOFENCE_RADIUS_M } from '../../services/homes.js';
import type { AccessPoint } from '../../store/access-points-repo.js';
import type { HomeMemberWithUser } from '../../store/homes-repo.js';
import type { Home } from '../../store/schema.js';
import { Email, Name, Nullable, Timestamp } from '../schemas.js';

const Line = Type.String({ minLength: 1, maxLength: 200 });

/** The writable fields of a home; POST requires them all, PATCH any non-empty subset. */
export const HomeFieldsSchema = Type.Object(
  {
    name: Name,
    addressLine1: Line,
    addressLine2: Type.Optional(Nullable(Line)),
    city: Line,
    postalCode: Type.String({ minLength: 1, maxLength: 20 }),
    country: Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2' }),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lon: Type.Number({ minimum: -180, maximum: 180 }),
    geofenceRadiusM: Type.Number({ minimum: GEOFENCE_RADIUS_M.min, maximum: GEOFENCE_RADIUS_M.max }),
    timeZone: Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. Europe/Amsterdam' }),
  },
  { additionalProperties: false },
);

export const HomePatchSchema = Type.Partial(HomeFieldsSchema, { additionalProperties: false, minProperties: 1 });

export const HomeView = Type.Object({
  id: Type.String(),
  ...HomeFieldsSchema.properties,
  addressLine2: Nullable(Line),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const HomeRoleSchema = Type.Union([Type.Literal('owner'), Type.Literal('resident')]);

export const HomeMemberView = Type.Object({
  userId: Type.String(),
  email: Email,
  name: Name,
  role: HomeRoleSchema,
  createdAt: Timestamp,
});

export const AccessPointKindSchema = Type.Union([
  Type.Literal('front_door'),
  Type.Literal('back_door'),
  Type.Literal('garage'),
  Type.Literal('side_gate'),
]);

export const AccessPointView = Type.Object({
  id: Type.String(),
  homeId: Type.String(),
  /** `car_boot` access points are made with the home's car (POST /v1/homes/{homeId}/car), not created directly;
   * `lobby` and `package_room` are a building's entrances, made by its manager (docs/buildings.md). */
  kind: Type.Union([
    AccessPointKindSchema,
    Type.Literal('car_boot'),
    Type.Literal('lobby'),
    Type.Literal('package_room'),
  ]),
  name: Name,
  createdAt: Timestamp,
});

export function presentHome(home: Home) {
  return {
    id: home.id,
    name: home.name,
    addressLine1: home.address_line1,
    addressLine2: home.address_line2,
    city: home.city,
    postalCode: home.postal_code,
    country: home.country,
    lat: home.lat,
    lon: home.lon,
    geofenceRadiusM: home.geofence_radius_m,
    timeZone: home.time_zone,
    createdAt: home.created_at,
    updatedAt: home.updated_at,
  };
}

export function presentHomeMember(member: HomeMemberWithUser) {
  return {
    userId: member.user_id,
    email: member.email,
    name: member.name,
    role: member.role,
    createdAt: member.created_at,
  };
}

export function presentAccessPoint(accessPoint: AccessPoint) {
  return {
    id: accessPoint.id,
    homeId: accessPoint.home_id,
    kind: accessPoint.kind,
    name: accessPoint.name,
    createdAt: accessPoint.created_at,
  };
}
