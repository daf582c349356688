import { accessKindOf } from './access-kind.js';
import { kindModule } from './access-kinds.js';
import type { Check } from './check.js';
import { type CheckInput, DEFAULT_CHECK_POLICY } from './check-input.js';
import { checkCustomerAllows, checkNoOpenVisit, checkServedArea, checkWithinGeofence } from './checks-home.js';
import { checkPersonAssigned, checkWithinWindow } from './checks-person-time.js';

export interface ChecksResult {
  readonly passed: boolean;
  /** Every check, in a fixed order, each with its evidence: none is skipped because an earlier one failed. */
  readonly checks: readonly Check[];
}

/** Runs every access check for a visit at `nowMs` (docs/visits.md "Checks"). */
export function evaluateChecks(input: CheckInput, nowMs: number): ChecksResult {
  const policy = input.policy ?? DEFAULT_CHECK_POLICY;
  const checks = [
    checkPersonAssigned(input),
    checkWithinWindow(input, nowMs),
    checkWithinGeofence(input, policy.maxAccuracyCreditMeters),
    checkCustomerAllows(input, nowMs),
    checkServedArea(input),
    // The access point's kind judges its own devices (a lock and a camera, an opener, …).
    kindModule(accessKindOf(input.accessPoint.kind)).devicesReady(input, policy),
    checkNoOpenVisit(input),
  ];
  return { passed: checks.every((c) => c.passed), checks };
}

/** The checks that failed, in order (for denial messages and the fallback decision). */
export function failedChecks(checks: readonly Check[]): Check[] {
  return checks.filter((c) => !c.passed);
}
