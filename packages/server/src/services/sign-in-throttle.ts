import { isoAt } from '../ports.js';
import {
  attemptWindowStart,
  clearAttempts,
  purgeAttemptsBefore,
  releaseAttempt,
  reserveAttempt,
} from '../store/sign-in-attempts-repo.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';

// Attempts are counted in the store, not in memory, so the limits hold across server nodes, and each is reserved
// by one conditional upsert before the password is checked, so parallel guesses cannot overrun a limit
// (docs/api.md "Authentication"; DESIGN.md "Checks are atomic").

export interface SignInLimits {
  windowMs: number;
  /** Failed sign-ins per account (email) in one window. */
  perAccount: number;
  /** Failed sign-ins per client address in one window, whatever the account. */
  perAddress: number;
}

/** The defaults; config.ts (`SIGN_IN_*`) may change them. */
export const SIGN_IN_LIMITS: Readonly<SignInLimits> = Object.freeze({
  windowMs: 15 * 60_000,
  perAccount: 5,
  perAddress: 20,
});

export interface SignInSubjects {
  account: string;
  address: string;
}

export const signInSubjects = (email: string, address: string): SignInSubjects => ({
  account: `account:${email}`,
  address: `address:${address}`,
});

async function refusal(deps: ServiceDeps, subject: string, limits: SignInLimits, now: number) {
  const start = await attemptWindowStart(deps.db, subject);
  const frees = (start === undefined ? now : Date.parse(start)) + limits.windowMs;
  const retryAfterSeconds = Math.max(1, Math.ceil((frees - now) / 1000));
  return fail('too-many-requests', 'Too many failed sign-ins; try again later', { retryAfterSeconds });
}

/**
 * Takes one attempt slot for the account and one for the address, or none: a refused attempt costs nothing and
 * verifies no password. The slots stay taken when the password is wrong (they are the failures counted).
 */
export async function reserveSignInAttempt(
  deps: ServiceDeps,
  subjects: SignInSubjects,
  limits: SignInLimits,
): Promise<Outcome<void>> {
  const now = deps.clock.now();
  const window = { now: isoAt(now), expiredBefore: isoAt(now - limits.windowMs) };
  const account = await reserveAttempt(deps.db, { ...window, subject: subjects.account, limit: limits.perAccount });
  if (!account) return refusal(deps, subjects.account, limits, now);
  const address = await reserveAttempt(deps.db, { ...window, subject: subjects.address, limit: limits.perAddress });
  if (!address) {
    // Give the account's slot back: this attempt is refused and checks nothing.
    await releaseAttempt(deps.db, subjects.account);
    return refusal(deps, subjects.address, limits, now);
  }
  return { ok: true, value: undefined };
}

/** A wrong password keeps its slots; windows that ended are swept so the table stays small. */
export async function signInFailed(deps: ServiceDeps, limits: SignInLimits): Promise<void> {
  await purgeAttemptsBefore(deps.db, isoAt(deps.clock.now() - limits.windowMs));
}

/**
 * A successful sign-in clears the account's failures; the address only gets this attempt's slot back, so one good
 * password does not reset a spray from that address.
 */
export async function signInSucceeded(deps: ServiceDeps, subjects: SignInSubjects): Promise<void> {
  await clearAttempts(deps.db, subjects.account);
  await releaseAttempt(deps.db, subjects.address);
}
