import type { CompartmentSize, MethodAnswer, ParcelSpec } from '@threshold/core';
import type { Db } from '../../store/db.js';
import type { DeliveryRow } from '../../store/schema-visits.js';
import { eligibilityForCarrier } from './address.js';

// The eligibility object in the booking answer (docs/eligibility.md "In the booking answer"): every method for the
// booked home and window, as GET /v1/eligibility would answer the carrier just after the booking.

export async function bookingEligibility(
  db: Db,
  delivery: Pick<DeliveryRow, 'organisation_id' | 'home_id' | 'window_start' | 'window_end'>,
  o: { parcel?: ParcelSpec | undefined; lockerSize?: CompartmentSize | undefined },
): Promise<MethodAnswer[]> {
  const answer = await eligibilityForCarrier(db, delivery.organisation_id, {
    address: { kind: 'home', homeId: delivery.home_id },
    window: { start: delivery.window_start, end: delivery.window_end },
    lockerSize: o.lockerSize ?? 'S',
    parcel: o.parcel ?? null,
  });
  // The booking was just made to a home enrolled with the carrier, so the home is known; an enrolment withdrawn in
  // between answers no method rather than failing a booking that stands.
  return answer.ok ? answer.value : [];
}
