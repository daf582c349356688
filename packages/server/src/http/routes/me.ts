import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listOrganisationsOfUser } from '../../store/organisations-repo.js';
import { findStaff } from '../../store/staff-repo.js';
import { findUserById } from '../../store/users-repo.js';
import { requireUser } from '../auth.js';
import { notFound } from '../problems.js';
import { Nullable, problems, USER_SECURITY } from '../schemas.js';
import { MembershipRoleSchema, OrganisationView, presentOrganisation } from '../views/organisation-view.js';
import { presentUser, UserView } from '../views/user-view.js';

const MeView = Type.Object({
  user: UserView,
  organisations: Type.Array(Type.Object({ ...OrganisationView.properties, role: MembershipRoleSchema })),
  staff: Nullable(
    Type.Union([Type.Literal('support'), Type.Literal('admin')], {
      description: 'Platform staff role (made only by `npm run admin`), null for everyone else',
    }),
  ),
  demo: Type.Boolean({ description: 'The platform runs in demo mode (DEMO): apps may show their demo controls' }),
});

export const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user and the organisations they belong to',
        security: USER_SECURITY,
        response: { 200: MeView, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { userId } = requireUser(request);
      const user = await findUserById(app.services.db, userId);
      if (!user) throw notFound('user');
      const organisations = await listOrganisationsOfUser(app.services.db, userId);
      const staff = await findStaff(app.services.db, userId);
      return {
        user: presentUser(user),
        organisations: organisations.map((o) => ({ ...presentOrganisation(o), role: o.role })),
        staff: staff?.role ?? null,
        demo: app.deps.config.demo,
      };
    },
  );
};
