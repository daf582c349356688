import { accessKindOf } from './access-kind.js';
import { kindModule } from './access-kinds.js';
import type { CheckInput } from './check-input.js';
import { checkDeliveryWindow, type DeliveryWindow } from './schedule.js';
import { localDate } from './zone-time.js';

export type BookingMethod = 'in_home' | 'doorstep';

export interface EligibilityInput
  extends Pick<CheckInput, 'home' | 'accessPoint' | 'preferences' | 'servedArea' | 'lock' | 'camera' | 'opener'> {
  readonly window: DeliveryWindow;
}

export interface Eligibility {
  readonly method: BookingMethod;
  /** Why in-home is not offered (empty when it is), in plain words for the carrier and customer. */
  readonly reasons: readonly string[];
}

/** Local dates the window touches in the home's zone (its start date to the date of its last instant). */
function windowDates(window: DeliveryWindow, zone: string): string[] {
  const { startMs, endMs } = checkDeliveryWindow(window, 0);
  const first = localDate(startMs, zone);
  const last = localDate(endMs - 1, zone);
  return first === last ? [first] : [first, last];
}

/**
 * At booking time, whether a delivery can go in-home or goes to the doorstep. It judges what is known in advance:
 * served area, the customer's choice for this access point, days off the window touches, and a lock and a camera
 * paired to this door. Device health, pets and the courier's position are judged at arrival (evaluateChecks).
 */
export function eligibleMethod(input: EligibilityInput): Eligibility {
  const { home, accessPoint, preferences, servedArea } = input;
  const reasons: string[] = [];
  if (!servedArea.served) reasons.push(servedArea.reason ?? 'This address is not in a served area');
  if (checkDeliveryWindow(input.window, 0).position === 'invalid') reasons.push('The delivery window is not valid');
  else if (windowDates(input.window, home.zone).some((d) => preferences.daysOff.includes(d))) {
    reasons.push('The customer asked for no one to enter that day');
  }
  if (!preferences.inHomeAccessPointIds.includes(accessPoint.id)) {
    reasons.push(`The customer does not allow access through the ${accessPoint.name}`);
  }
  // The access point's kind knows which devices it needs (a lock and a camera, an opener, …).
  reasons.push(...kindModule(accessKindOf(accessPoint.kind)).pairingProblems(input));
  return { method: reasons.length === 0 ? 'in_home' : 'doorstep', reasons };
}
