import { Type } from 'typebox';
import { carLabel, vehicleReportOf } from '../../services/cars.js';
import type { CarRow } from '../../store/cars-repo.js';
import type { Device } from '../../store/schema.js';
import { Nullable, Timestamp } from '../schemas.js';

// The car as its home's members see it, and as the courier of a live visit to it sees it (docs/car-boot.md).

const Weekday = Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' });
const Cm = Type.Integer({ minimum: 10, maximum: 400 });
/** A small photo of the car, as a data: URL (JPEG, PNG or WebP), at most about 200 kB. */
const Photo = Type.String({ maxLength: 280_000, pattern: '^data:image/(jpeg|png|webp);base64,[A-Za-z0-9+/]+={0,2}$' });

export const CarFieldsSchema = {
  make: Type.String({ minLength: 1, maxLength: 60 }),
  colour: Type.String({ minLength: 1, maxLength: 40 }),
  plate: Type.String({ minLength: 1, maxLength: 16, pattern: '^[A-Za-z0-9 -]+$' }),
  photo: Type.Optional(Nullable(Photo)),
  allowedWeekdays: Type.Array(Weekday, { maxItems: 7, uniqueItems: true }),
  parking: Type.Object(
    {
      lat: Type.Number({ minimum: -90, maximum: 90 }),
      lon: Type.Number({ minimum: -180, maximum: 180 }),
      maxDistanceM: Type.Integer({ minimum: 10, maximum: 500 }),
    },
    { additionalProperties: false },
  ),
  boot: Type.Optional(Type.Object({ lengthCm: Cm, widthCm: Cm, heightCm: Cm }, { additionalProperties: false })),
  maxValueCents: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
};

const Position = Type.Object({ lat: Type.Number(), lon: Type.Number(), accuracyM: Type.Number() });

export const VehicleReportView = Type.Object({
  deviceId: Type.String(),
  online: Type.Boolean(),
  position: Position,
  reportedAt: Timestamp,
  parked: Type.Boolean(),
  parkedSince: Nullable(Timestamp),
  ignition: Type.Union([Type.Literal('on'), Type.Literal('off')]),
  boot: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  locked: Type.Boolean(),
});

export const CarView = Type.Object({
  id: Type.String(),
  homeId: Type.String(),
  accessPointId: Type.String(),
  make: Type.String(),
  colour: Type.String(),
  plate: Type.String(),
  photo: Nullable(Type.String()),
  allowedWeekdays: Type.Array(Type.Integer()),
  blocked: Type.Boolean(),
  parking: Type.Object({ lat: Type.Number(), lon: Type.Number(), maxDistanceM: Type.Integer() }),
  boot: Type.Object({ lengthCm: Type.Integer(), widthCm: Type.Integer(), heightCm: Type.Integer() }),
  maxValueCents: Type.Integer(),
  /** The paired vehicle's last report; null when no vehicle is paired or it never reported. */
  vehicle: Nullable(VehicleReportView),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

/** What the courier of a live visit is shown: the car to look for and where it last said it was. */
export const CourierCarView = Type.Object({
  label: Type.String(),
  make: Type.String(),
  colour: Type.String(),
  plate: Type.String(),
  photo: Nullable(Type.String()),
  position: Nullable(Position),
  reportedAt: Nullable(Timestamp),
  parked: Type.Boolean(),
});

const iso = (ms: number) => new Date(ms).toISOString();

function presentReport(device: Device | null) {
  const r = vehicleReportOf(device);
  if (r === null) return null;
  const { lat, lon, accuracyMeters } = r.position;
  return {
    deviceId: r.deviceId,
    online: r.online,
    position: { lat, lon, accuracyM: accuracyMeters },
    reportedAt: iso(r.reportedAtMs),
    parked: r.parked,
    parkedSince: r.parkedSinceMs === null ? null : iso(r.parkedSinceMs),
    ignition: r.ignition,
    boot: r.boot,
    locked: r.locked,
  };
}

export function presentCar(car: CarRow, vehicle: Device | null) {
  return {
    id: car.id,
    homeId: car.home_id,
    accessPointId: car.access_point_id,
    make: car.make,
    colour: car.colour,
    plate: car.plate,
    photo: car.photo,
    allowedWeekdays: JSON.parse(car.allowed_weekdays) as number[],
    blocked: car.blocked === 1,
    parking: { lat: car.parking_lat, lon: car.parking_lon, maxDistanceM: car.parking_max_m },
    boot: { lengthCm: car.boot_length_cm, widthCm: car.boot_width_cm, heightCm: car.boot_height_cm },
    maxValueCents: car.max_value_cents,
    vehicle: presentReport(vehicle),
    createdAt: car.created_at,
    updatedAt: car.updated_at,
  };
}

export function presentCourierCar(car: CarRow, vehicle: Device | null) {
  const report = presentReport(vehicle);
  return {
    label: carLabel(car),
    make: car.make,
    colour: car.colour,
    plate: car.plate,
    photo: car.photo,
    position: report?.position ?? null,
    reportedAt: report?.reportedAt ?? null,
    parked: report?.parked ?? false,
  };
}
