import { type CarProfile, checkParcelFits, type IsoWeekday, type ParcelSpec } from './car-checks.js';
import { checkDeliveryWindow, type DeliveryWindow } from './schedule.js';
import { localDate, weekdayOf } from './zone-time.js';

// At booking, whether a delivery may go in the car's boot (docs/car-boot.md "Eligibility"): what is known in
// advance. Where the car is, whether it is parked and where the courier stands are judged at arrival and at the
// unlock (car-checks.ts).

export interface CarEligibilityInput {
  /** The home's registered car, or null when the customer registered none. */
  readonly car: CarProfile | null;
  /** Whether a connected vehicle is paired to that car. */
  readonly vehiclePaired: boolean;
  readonly parcel: ParcelSpec | null;
  readonly window: DeliveryWindow;
  readonly zone: string;
  readonly servedArea: { readonly served: boolean; readonly reason: string | null };
}

/** Weekdays the window touches in the home's zone (its first to its last local date). */
function windowWeekdays(window: DeliveryWindow, zone: string): IsoWeekday[] {
  const { startMs, endMs } = checkDeliveryWindow(window, 0);
  const days = new Set([localDate(startMs, zone), localDate(endMs - 1, zone)]);
  return [...days].map((d) => weekdayOf(d) as IsoWeekday);
}

/** Why in-car delivery is not offered, in plain words (empty when it is). */
export function carEligibilityReasons(input: CarEligibilityInput): string[] {
  const { car, servedArea } = input;
  const reasons: string[] = [];
  if (!servedArea.served) reasons.push(servedArea.reason ?? 'This address is not in a served area');
  if (car === null) return [...reasons, 'The customer has not registered a car'];
  if (!input.vehiclePaired) reasons.push('No connected vehicle is paired to the customer\u2019s car');
  if (car.blocked) reasons.push('The customer has blocked access to the car');
  if (checkDeliveryWindow(input.window, 0).position === 'invalid') reasons.push('The delivery window is not valid');
  else if (windowWeekdays(input.window, input.zone).some((d) => !car.allowedWeekdays.includes(d))) {
    reasons.push('The customer does not allow in-car delivery that day');
  }
  const fits = checkParcelFits(car.boot, input.parcel);
  if (!fits.passed && fits.reason !== null) reasons.push(fits.reason);
  return reasons;
}
