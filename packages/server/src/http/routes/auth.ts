import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signIn, signOut, signUp } from '../../services/accounts.js';
import { clearSessionCookie, requireUser, setSessionCookie } from '../auth.js';
import { unwrap } from '../outcome.js';
import { Email, Name, Password, problems, USER_SECURITY } from '../schemas.js';
import { presentUser, UserView } from '../views/user-view.js';

const SignedInView = Type.Object({ token: Type.String(), user: UserView });

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const secureCookie = app.deps.config.publicUrl.startsWith('https:');

  app.post(
    '/auth/sign-up',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a customer account and sign in',
        body: Type.Object({ email: Email, name: Name, password: Password }, { additionalProperties: false }),
        response: { 201: SignedInView, ...problems(409) },
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
      const { token, user } = unwrap(await signIn(app.services, { ...request.body, address: request.ip }));
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
