import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signIn, signOut, signUp } from '../../services/accounts.js';
import { clearSessionCookie, requireUser, setSessionCookie } from '../auth.js';
import { unwrap } from '../outcome.js';
import { Email, Name, Password, problems, USER_SECURITY } from '../schemas.js';
import { routeRateLimit } from '../security.js';
import { presentUser, UserView } from '../views/user-view.js';

const SignedInView = Type.Object({ token: Type.String(), user: UserView });

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const secureCookie = app.deps.config.publicUrl.startsWith('https:');
  const { limits } = app.deps.config;

  app.post(
    '/auth/sign-up',
    {
      config: { rateLimit: routeRateLimit(limits.signUpsPerHour, 3_600_000) },
      schema: {
        tags: ['auth'],
        summary: 'Create a customer account and sign in',
        description:
          'Refuses a password on the common-password list, made of repeated or consecutive characters, or of the ' +
          "account's own email or name (`weak-password`, with `reason`). Limited per client address.",
        body: Type.Object({ email: Email, name: Name, password: Password }, { additionalProperties: false }),
        response: { 201: SignedInView, ...problems(400, 409, 429) },
      },
    },
    async (request, reply) => {
      const { token, user } = unwrap(await signUp(app.services, request.body));
      setSessionCookie(reply, token, secureCookie);
      return reply.code(201).send({ token, user: presentUser(user) });
    },
  );

  app.post(
    '/auth/sign-in',
    {
      config: { rateLimit: routeRateLimit(limits.signInsPerMinute, 60_000) },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        description: 'Returns a bearer token and sets the HTTP-only session cookie. Throttled per account and address.',
        body: Type.Object(
          { email: Email, password: Type.String({ minLength: 1, maxLength: 256 }) },
          { additionalProperties: false },
        ),
        response: { 200: SignedInView, ...problems(401, 429) },
      },
    },
    async (request, reply) => {
      const { token, user } = unwrap(
        await signIn(app.services, { ...request.body, address: request.ip }, limits.signIn),
      );
      setSessionCookie(reply, token, secureCookie);
      return { token, user: presentUser(user) };
    },
  );

  app.post(
    '/auth/sign-out',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the current session',
        security: USER_SECURITY,
        response: { 204: Type.Null(), ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      await signOut(app.services, principal.sessionId);
      clearSessionCookie(reply, secureCookie);
      return reply.code(204).send(null);
    },
  );
};
