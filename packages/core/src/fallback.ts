import type { Check, CheckName } from './check.js';

// What happens to a delivery that cannot go in-home (docs/visits.md "Fallback").

export type FallbackPreference = 'doorstep' | 'locker' | 'reattempt';

export type FallbackDecision =
  /** Leave it by another way; a doorstep drop needs a photo as evidence. */
  | {
      readonly kind: 'fallback';
      readonly method: FallbackPreference;
      readonly photoRequired: boolean;
      readonly reason: string;
    }
  /** Nothing is left here: the courier is at the wrong place, is not the right person or the door is busy. */
  | { readonly kind: 'retry'; readonly reason: string };

/**
 * Failures the courier must resolve before anything is left: dropping a parcel at the wrong address or by the wrong
 * person is never a fallback. A busy door only means waiting for the other visit to close.
 */
const COURIER_SIDE: readonly CheckName[] = ['person_assigned', 'within_geofence', 'courier_at_car', 'no_open_visit'];

/** The car was not found, or not where the customer parks, or moved: in-car delivery is off (docs/car-boot.md). */
const CAR_GONE: readonly CheckName[] = ['car_report_recent', 'car_near_address', 'car_not_moved'];

export interface FallbackOptions {
  /** Whether a locker with a free compartment serves this address; without one a locker preference means reattempt. */
  readonly lockerAvailable: boolean;
}

/**
 * Decides from the customer's preference and the failed checks. A courier-side failure means retry; otherwise the
 * customer's preference applies (a day off, a loose pet, an offline camera: the reason is the first failed check).
 */
export function decideFallback(
  preference: FallbackPreference,
  failed: readonly Check[],
  options: FallbackOptions = { lockerAvailable: true },
): FallbackDecision {
  // A car that is not where it should be (or moved) is the customer's side: walking to where it was helps nobody.
  const carGone = failed.some((c) => !c.passed && CAR_GONE.includes(c.name));
  const courierSide = failed.find(
    (c) => !c.passed && COURIER_SIDE.includes(c.name) && !(carGone && c.name === 'courier_at_car'),
  );
  if (courierSide) return { kind: 'retry', reason: courierSide.reason ?? courierSide.name };
  const first = failed.find((c) => !c.passed);
  const reason = first?.reason ?? 'In-home delivery is not possible';
  const method = preference === 'locker' && !options.lockerAvailable ? 'reattempt' : preference;
  return { kind: 'fallback', method, photoRequired: method === 'doorstep', reason };
}
