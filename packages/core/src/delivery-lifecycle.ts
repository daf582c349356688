// A delivery's lifecycle (DESIGN.md "An ended thing opens nothing", docs/visits.md "Deliveries"). The carrier books
// it, a courier is assigned, visits move it along, and one of its endings closes it. An ended delivery admits no new
// visit; the only way back is the carrier's explicit reattempt, which the ledger records.

export const DELIVERY_STATUSES = [
  'booked',
  'assigned',
  'in_progress',
  'delivered',
  'fallback',
  'aborted',
  'failed',
  'cancelled',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The endings: nothing more happens at the door for this delivery. */
export const TERMINAL_DELIVERY_STATUSES: readonly DeliveryStatus[] = [
  'delivered',
  'fallback',
  'aborted',
  'failed',
  'cancelled',
];

/** The statuses in which a courier's arrival may open a visit. */
export const VISIT_ADMITTING_STATUSES: readonly DeliveryStatus[] = ['booked', 'assigned', 'in_progress'];

/** Endings a carrier may reopen for another attempt. A delivered parcel is never reattempted; nor is a cancellation. */
export const REATTEMPTABLE_STATUSES: readonly DeliveryStatus[] = ['fallback', 'failed', 'aborted'];

export const isTerminalDelivery = (status: DeliveryStatus): boolean => TERMINAL_DELIVERY_STATUSES.includes(status);

export const admitsVisit = (status: DeliveryStatus): boolean => VISIT_ADMITTING_STATUSES.includes(status);

export type ReattemptRefusal = 'delivery_delivered' | 'delivery_cancelled' | 'delivery_not_ended';

/**
 * Whether a carrier's reattempt may reopen a delivery, and to which status: `assigned` when a courier is still
 * assigned, otherwise `booked`.
 */
export function decideReattempt(
  status: DeliveryStatus,
  hasCourier: boolean,
): { ok: true; status: DeliveryStatus } | { ok: false; reason: ReattemptRefusal; message: string } {
  if (REATTEMPTABLE_STATUSES.includes(status)) return { ok: true, status: hasCourier ? 'assigned' : 'booked' };
  if (status === 'delivered') {
    return { ok: false, reason: 'delivery_delivered', message: 'The parcel was delivered; book a new delivery' };
  }
  if (status === 'cancelled') {
    return { ok: false, reason: 'delivery_cancelled', message: 'The delivery was cancelled; book a new delivery' };
  }
  return { ok: false, reason: 'delivery_not_ended', message: `The delivery is ${status}; it has not ended` };
}

/** What a visit's state makes of its delivery: its ending, or `in_progress` while the visit runs. */
export function deliveryStatusForVisit(visitState: string): DeliveryStatus {
  switch (visitState) {
    case 'completed':
      return 'delivered';
    case 'fallback':
    case 'aborted':
    case 'failed':
      return visitState;
    default:
      return 'in_progress';
  }
}
