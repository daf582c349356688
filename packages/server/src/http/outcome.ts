import type { Failure, Outcome } from '../services/failure.js';
import { Problem } from './problems.js';

export function problemOf(failure: Failure): Problem {
  return new Problem(failure.code, failure.detail, failure.extra);
}

/** The http edge turns a service's failure value into the matching problem response. */
export function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw problemOf(outcome.error);
  return outcome.value;
}
