import { Type } from 'typebox';
import type { DeliveryRow } from '../../store/schema-visits.js';
import { Nullable, Timestamp } from '../schemas.js';

export const WindowSchema = Type.Object(
  {
    start: Type.String({
      minLength: 20,
      maxLength: 40,
      description: 'ISO 8601 instant with an offset or Z; inclusive',
    }),
    end: Type.String({ minLength: 20, maxLength: 40, description: 'exclusive' }),
  },
  { additionalProperties: false },
);

export const DeliveryView = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  homeId: Type.String(),
  accessPointId: Nullable(Type.String()),
  externalId: Type.String(),
  window: Type.Object({ start: Timestamp, end: Timestamp }),
  method: Type.Union([
    Type.Literal('in_home'),
    Type.Literal('in_car'),
    Type.Literal('doorstep'),
    Type.Literal('locker'),
    Type.Literal('lobby'),
    Type.Literal('package_room'),
  ]),
  reasons: Type.Array(Type.String(), { description: 'Why in-home is not offered; empty when it is' }),
  courierId: Nullable(Type.String()),
  status: Type.String(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export function presentDelivery(d: DeliveryRow) {
  return {
    id: d.id,
    organisationId: d.organisation_id,
    homeId: d.home_id,
    accessPointId: d.access_point_id,
    externalId: d.external_id,
    window: { start: d.window_start, end: d.window_end },
    method: d.method,
    reasons: JSON.parse(d.method_reasons) as string[],
    courierId: d.courier_id,
    status: d.status,
    createdAt: d.created_at,
    updatedAt: d.updated_at,
  };
}
