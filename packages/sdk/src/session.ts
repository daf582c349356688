import { ok, SESSION_COOKIE, type Threshold } from './client.js';
import type { components, paths } from './generated/schema.js';

// Signing in and out (docs/api.md "Authentication"): the session then rides on every call.

type SignInAnswer = paths['/v1/auth/sign-in']['post']['responses'][200]['content']['application/json'];
export type SignedIn = SignInAnswer;
export type { components };

/**
 * Signs in and keeps the session on the client: as a bearer token, or, when the client already uses cookies, as the
 * session cookie (read from Set-Cookie outside a browser; a browser stores it itself).
 */
export async function signIn(threshold: Threshold, email: string, password: string): Promise<SignedIn> {
  const call = threshold.api.POST('/v1/auth/sign-in', { body: { email, password } });
  const answer = await ok(call);
  if (threshold.auth().kind === 'cookie') {
    const { response } = await call;
    const cookie = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(response.headers.get('set-cookie') ?? '')?.[1];
    threshold.setAuth(cookie ? { kind: 'cookie', cookie: `${SESSION_COOKIE}=${cookie}` } : { kind: 'cookie' });
  } else {
    threshold.setAuth({ kind: 'bearer', token: answer.token });
  }
  return answer;
}

export async function signOut(threshold: Threshold): Promise<void> {
  await ok(threshold.api.POST('/v1/auth/sign-out'));
  threshold.setAuth(threshold.auth().kind === 'cookie' ? { kind: 'cookie' } : { kind: 'none' });
}
