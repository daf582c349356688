import { isoAt } from '../ports.js';
import {
  clearSignInFailures,
  insertSignInFailure,
  purgeSignInFailuresBefore,
  signInFailuresSince,
} from '../store/sign-in-failures-repo.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';

// Failures live in the store, not in memory, so the limits hold across server nodes (docs/api.md, "Sign-in").
export const SIGN_IN_LIMITS = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 } as const;

const accountSubject = (email: string) => `account:${email}`;
const addressSubject = (address: string) => `address:${address}`;

/** Seconds until the window admits one more attempt, or 0 when it already does. */
async function waitFor(deps: ServiceDeps, subject: string, limit: number): Promise<number> {
  const now = deps.clock.now();
  const failures = await signInFailuresSince(deps.db, subject, isoAt(now - SIGN_IN_LIMITS.windowMs));
  if (failures.length < limit) return 0;
  // The attempt is admitted once enough of the oldest failures have aged out of the window.
  const freeing = failures[failures.length - limit]!;
  return Math.max(1, Math.ceil((Date.parse(freeing) + SIGN_IN_LIMITS.windowMs - now) / 1000));
}

export async function checkSignInAllowed(deps: ServiceDeps, email: string, address: string): Promise<Outcome<void>> {
  const wait = Math.max(
    await waitFor(deps, accountSubject(email), SIGN_IN_LIMITS.perAccount),
    await waitFor(deps, addressSubject(address), SIGN_IN_LIMITS.perAddress),
  );
  if (wait > 0)
    return fail('too-many-requests', 'Too many failed sign-ins; try again later', { retryAfterSeconds: wait });
  return { ok: true, value: undefined };
}

export async function recordSignInFailure(deps: ServiceDeps, email: string, address: string): Promise<void> {
  const at = isoAt(deps.clock.now());
  await insertSignInFailure(deps.db, { id: deps.ids.id('sif'), subject: accountSubject(email), at });
  await insertSignInFailure(deps.db, { id: deps.ids.id('sif'), subject: addressSubject(address), at });
  await purgeSignInFailuresBefore(deps.db, isoAt(deps.clock.now() - SIGN_IN_LIMITS.windowMs));
}

/** A successful sign-in clears the account's failures; the address keeps its count, so one good password does not reset a spray. */
export async function clearAccountFailures(deps: ServiceDeps, email: string): Promise<void> {
  await clearSignInFailures(deps.db, accountSubject(email));
}
