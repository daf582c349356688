import type { Decision } from '../policy.js';
import type { Result } from '../ports.js';

/** An expected failure of a service, as a value; http/problems.ts turns it into a Problem of the same code. */
export type FailureCode =
  | 'not-found'
  | 'forbidden'
  | 'conflict'
  | 'validation'
  | 'weak-password'
  | 'invalid-credentials'
  | 'too-many-requests'
  | 'unauthenticated'
  | 'insufficient-scope'
  | 'webhook-url-refused'
  | 'purpose-required';

export interface Failure {
  code: FailureCode;
  detail: string;
  extra?: Record<string, unknown>;
}

export type Outcome<T> = Result<T, Failure>;

export function fail(
  code: FailureCode,
  detail: string,
  extra?: Record<string, unknown>,
): { ok: false; error: Failure } {
  return { ok: false, error: extra === undefined ? { code, detail } : { code, detail, extra } };
}

/** A policy refusal as a failure: hidden objects are "not found", visible ones "forbidden" with the reason. */
export function denied(decision: Extract<Decision, { allowed: false }>, what: string): { ok: false; error: Failure } {
  if (decision.status === 'not-found') return fail('not-found', `No such ${what}`);
  return fail(decision.status, decision.status === 'unauthenticated' ? 'Sign in, or send an API key' : decision.reason);
}
