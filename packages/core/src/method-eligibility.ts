import { accessKindOf } from './access-kind.js';
import { type EligibilityInput, eligibleMethod } from './eligible-method.js';
import type { AccessKind } from './visit-types.js';

// A delivery's eligibility, method by method (docs/access-points.md "Eligibility"): for its address and window, each
// way in — in the home, in the garage, in the car, on the doorstep — with whether it is available and why (not).

export const DELIVERY_METHODS = ['in_home', 'in_garage', 'in_car', 'doorstep'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export interface MethodEligibility {
  readonly method: DeliveryMethod;
  readonly available: boolean;
  /** Why it is not available, in plain words; empty when it is. */
  readonly reasons: readonly string[];
  /** The access point it would use (the first one that qualifies, else the first of its kind), or null. */
  readonly accessPointId: string | null;
}

export interface MethodEligibilityInput {
  /** One entry per access point of the home (car boots are judged by `car`). */
  readonly accessPoints: readonly EligibilityInput[];
  /** The car's reasons (services compute them with carEligibilityReasons), or null when in-car is not set up. */
  readonly car: { readonly accessPointId: string | null; readonly reasons: readonly string[] } | null;
}

const METHOD_OF_KIND: Partial<Record<AccessKind, DeliveryMethod>> = { door: 'in_home', garage: 'in_garage' };
const NONE: Readonly<Record<'in_home' | 'in_garage', string>> = {
  in_home: 'The home has no door set up for in-home delivery',
  in_garage: 'The home has no garage set up for in-garage delivery',
};

/** The best access point of one method: the first that qualifies, else the first one and its reasons. */
function byAccessPoint(method: 'in_home' | 'in_garage', inputs: readonly EligibilityInput[]): MethodEligibility {
  const judged = inputs
    .filter((i) => METHOD_OF_KIND[accessKindOf(i.accessPoint.kind)] === method)
    .map((i) => ({ id: i.accessPoint.id, reasons: eligibleMethod(i).reasons }));
  const best = judged.find((j) => j.reasons.length === 0) ?? judged[0];
  if (!best) return { method, available: false, reasons: [NONE[method]], accessPointId: null };
  return { method, available: best.reasons.length === 0, reasons: best.reasons, accessPointId: best.id };
}

/** Every method, in a fixed order, each with its verdict. The doorstep is always available. */
export function methodEligibility(input: MethodEligibilityInput): MethodEligibility[] {
  const car: MethodEligibility = input.car
    ? { method: 'in_car', available: input.car.reasons.length === 0, ...input.car }
    : { method: 'in_car', available: false, reasons: ['The customer has not registered a car'], accessPointId: null };
  return [
    byAccessPoint('in_home', input.accessPoints),
    byAccessPoint('in_garage', input.accessPoints),
    car,
    { method: 'doorstep', available: true, reasons: [], accessPointId: null },
  ];
}
