import { decoyPasswordHash, hashPassword, verifyPassword } from '../crypto/passwords.js';
import { hashSecret, newSecret } from '../crypto/secrets.js';
import { isoAt } from '../ports.js';
import type { User, UserKind } from '../store/schema.js';
import { findActiveSessionWithUser, insertSession, revokeSession, type Session } from '../store/sessions-repo.js';
import { findUserByEmail, insertUser } from '../store/users-repo.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';
import { WEAK_PASSWORD_DETAIL, weakPasswordReason } from './password-policy.js';
import {
  reserveSignInAttempt,
  SIGN_IN_LIMITS,
  type SignInLimits,
  signInFailed,
  signInSubjects,
  signInSucceeded,
} from './sign-in-throttle.js';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60_000;

export interface NewAccount {
  email: string;
  name: string;
  password: string;
  kind: UserKind;
}

export interface SignedIn {
  token: string;
  session: Session;
  user: User;
}

/** Emails compare case-insensitively; they are stored trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function createAccount(deps: ServiceDeps, input: NewAccount): Promise<Outcome<User>> {
  const email = normaliseEmail(input.email);
  const weak = weakPasswordReason(input.password, { email, name: input.name });
  if (weak) return fail('weak-password', WEAK_PASSWORD_DETAIL[weak], { reason: weak });
  if (await findUserByEmail(deps.db, email)) return fail('conflict', 'An account with this email already exists');
  const user: User = {
    id: deps.ids.id('usr'),
    email,
    name: input.name.trim(),
    kind: input.kind,
    password_hash: await hashPassword(input.password),
    created_at: isoAt(deps.clock.now()),
  };
  await insertUser(deps.db, user);
  return { ok: true, value: user };
}

export async function startSession(deps: ServiceDeps, user: User): Promise<SignedIn> {
  const now = deps.clock.now();
  const token = newSecret();
  const session: Session = {
    id: deps.ids.id('ses'),
    token_hash: hashSecret(token),
    user_id: user.id,
    created_at: isoAt(now),
    expires_at: isoAt(now + SESSION_TTL_MS),
    revoked_at: null,
  };
  await insertSession(deps.db, session);
  return { token, session, user };
}

/** A customer signs up and is signed in at once. */
export async function signUp(
  deps: ServiceDeps,
  input: { email: string; name: string; password: string },
): Promise<Outcome<SignedIn>> {
  const created = await createAccount(deps, { ...input, kind: 'customer' });
  if (!created.ok) return created;
  return { ok: true, value: await startSession(deps, created.value) };
}

export async function signIn(
  deps: ServiceDeps,
  input: { email: string; password: string; address: string },
  limits: SignInLimits = SIGN_IN_LIMITS,
): Promise<Outcome<SignedIn>> {
  const email = normaliseEmail(input.email);
  const subjects = signInSubjects(email, input.address);
  // The attempt is counted before the password is checked, so parallel guesses cannot overrun the limit.
  const reserved = await reserveSignInAttempt(deps, subjects, limits);
  if (!reserved.ok) return reserved;
  const user = await findUserByEmail(deps.db, email);
  // An unknown email still pays for one scrypt verification, so timing does not reveal which accounts exist.
  const matches = await verifyPassword(input.password, user?.password_hash ?? (await decoyPasswordHash()));
  if (!user || !matches) {
    await signInFailed(deps, limits);
    return fail('invalid-credentials', 'Invalid email or password');
  }
  await signInSucceeded(deps, subjects);
  return { ok: true, value: await startSession(deps, user) };
}

export async function signOut(deps: ServiceDeps, sessionId: string): Promise<void> {
  await revokeSession(deps.db, sessionId, isoAt(deps.clock.now()));
}

/** The user behind a session token, when the session is live (checked on every request, never remembered). */
export async function authenticateSession(
  deps: ServiceDeps,
  token: string,
): Promise<{ session: Session; user: User } | undefined> {
  return findActiveSessionWithUser(deps.db, hashSecret(token), isoAt(deps.clock.now()));
}
