import { type CompartmentSize, MAX_OPENING_WINDOWS } from '@threshold/core';
import { type Static, Type } from 'typebox';
import type { CompartmentRow, LockerAlertRow, LockerSiteRow, ReservationRow } from '../../store/schema-lockers.js';
import { Nullable, Timestamp } from '../schemas.js';

// The lockers' HTTP shapes (docs/lockers.md). A reservation's view never carries its code or the code's MAC.

export const SizeSchema = Type.Union([Type.Literal('S'), Type.Literal('M'), Type.Literal('L'), Type.Literal('XL')]);

export const LockerChoiceSchema = Type.Object(
  {
    size: SizeSchema,
    siteId: Type.Optional(
      Type.String({
        pattern: '^lks_[A-Za-z0-9_-]{1,64}$',
        description: "The customer's chosen site; else the nearest",
      }),
    ),
  },
  {
    additionalProperties: false,
    description: 'A locker delivery: the parcel size reserves a compartment at booking (docs/lockers.md)',
  },
);

/** Opening hours as data (docs/lockers.md "Opening hours"); core checks what a schema cannot (an empty window). */
export const OpeningHoursSchema = Type.Union(
  [
    Type.Literal('always'),
    Type.Array(
      Type.Object(
        {
          day: Type.Union([
            Type.Literal('mon'),
            Type.Literal('tue'),
            Type.Literal('wed'),
            Type.Literal('thu'),
            Type.Literal('fri'),
            Type.Literal('sat'),
            Type.Literal('sun'),
          ]),
          open: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:mm on the site clock' }),
          close: Type.String({
            pattern: '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$',
            description: 'HH:mm; at or before `open` closes the next day, 24:00 at midnight',
          }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: MAX_OPENING_WINDOWS },
    ),
  ],
  {
    description:
      'Weekly windows on the site\'s wall clock (its time zone, across DST), or "always"; parcels open only inside them',
  },
);

const hoursView = (site: LockerSiteRow) => JSON.parse(site.hours) as Static<typeof OpeningHoursSchema>;

export const SiteView = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  name: Type.String(),
  position: Type.Object({ lat: Type.Number(), lon: Type.Number() }),
  timeZone: Type.String(),
  openingHours: Type.String({ description: 'The hours in words, e.g. "Mo-Fr 07:00-22:00; Sa 08:00-18:00"' }),
  hours: OpeningHoursSchema,
  hasCamera: Type.Boolean(),
  pickupDays: Type.Integer(),
  createdAt: Timestamp,
});

export const presentSite = (s: LockerSiteRow) => ({
  id: s.id,
  organisationId: s.organisation_id,
  name: s.name,
  position: { lat: s.lat, lon: s.lon },
  timeZone: s.time_zone,
  openingHours: s.opening_hours,
  hours: hoursView(s),
  hasCamera: s.has_camera === 1,
  pickupDays: s.pickup_days,
  createdAt: s.created_at,
});

export const CompartmentView = Type.Object({
  id: Type.String(),
  bankId: Type.String(),
  position: Type.Integer(),
  label: Type.String(),
  size: SizeSchema,
  door: Type.String(),
  occupied: Type.Boolean(),
});

export const presentCompartment = (c: CompartmentRow) => ({
  id: c.id,
  bankId: c.bank_id,
  position: c.position,
  label: c.label,
  size: c.size as CompartmentSize,
  door: c.door,
  occupied: c.reservation_id !== null,
});

export const LockerAlertView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  detail: Type.String(),
  compartmentId: Nullable(Type.String()),
  reservationId: Nullable(Type.String()),
  at: Timestamp,
});

export const presentLockerAlert = (a: LockerAlertRow) => ({
  id: a.id,
  kind: a.kind,
  detail: a.detail,
  compartmentId: a.compartment_id,
  reservationId: a.reservation_id,
  at: a.at,
});

/** What anyone who may read a reservation learns of its site: where it is and when it opens, nothing of its operation. */
export const ReservationSiteView = Type.Object(
  {
    name: Type.String(),
    position: Type.Object({ lat: Type.Number(), lon: Type.Number() }),
    timeZone: Type.String(),
    openingHours: Type.String({ description: 'e.g. "Mo-Fr 07:00-21:00; Sa 08:00-18:00"' }),
    hours: OpeningHoursSchema,
  },
  { description: "The reservation's site as its customer sees it (no alerts, no other compartments)" },
);

export const ReservationView = Type.Object({
  id: Type.String(),
  deliveryId: Type.String(),
  siteId: Type.String(),
  site: Nullable(ReservationSiteView),
  compartment: Type.Object({ id: Type.String(), label: Type.String(), size: Type.String() }),
  parcelSize: Type.String(),
  status: Type.String(),
  door: Type.String(),
  expiresAt: Nullable(Timestamp),
  codeIssued: Type.Boolean(),
  wrongCodes: Type.Integer(),
  lockedOut: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export function presentReservation(
  r: ReservationRow,
  compartment: Pick<CompartmentRow, 'id' | 'label' | 'size'>,
  site: LockerSiteRow | undefined,
) {
  const data = JSON.parse(r.data) as { door: string; codeAttempts: number; lockedOut: boolean };
  return {
    id: r.id,
    deliveryId: r.delivery_id,
    siteId: r.site_id,
    site: site
      ? {
          name: site.name,
          position: { lat: site.lat, lon: site.lon },
          timeZone: site.time_zone,
          openingHours: site.opening_hours,
          hours: hoursView(site),
        }
      : null,
    compartment: { id: compartment.id, label: compartment.label, size: compartment.size },
    parcelSize: r.parcel_size,
    status: r.status,
    door: data.door,
    expiresAt: r.expires_at,
    codeIssued: r.code_hash !== null,
    wrongCodes: data.codeAttempts,
    lockedOut: data.lockedOut,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
