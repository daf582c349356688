import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Principal } from '../../policy.js';
import { grantsOfPerson, zonesOf } from '../../services/grants/mine.js';
import { termsOf } from '../../services/grants/terms.js';
import { organisationFor } from '../../services/organisations.js';
import { listOrganisationGrants, listProviderAlerts } from '../../store/grants-repo.js';
import { requireUser } from '../auth.js';
import { unwrap } from '../outcome.js';
import { insufficientScope } from '../problems.js';
import { ORG_SECURITY, problems, Timestamp, USER_SECURITY } from '../schemas.js';
import { GrantView, ProviderAlertView, presentGrant, presentProviderAlert, windowsOf } from './grants-view.js';
import { OrganisationParams } from './organisations.js';

// Grants as the people they let in see them, and as their provider sees them (docs/grants.md "The worker's view").

const WindowsQuery = Type.Object(
  { days: Type.Optional(Type.Integer({ minimum: 1, maximum: 31, default: 7 })) },
  { additionalProperties: false },
);

const MyWindow = Type.Object({
  grantId: Type.String(),
  homeId: Type.String(),
  homeName: Type.String(),
  address: Type.String(),
  location: Type.Object({ lat: Type.Number(), lon: Type.Number() }),
  accessPointIds: Type.Array(Type.String()),
  localDate: Type.String(),
  start: Timestamp,
  end: Timestamp,
  maxVisitMinutes: Type.Integer(),
  notes: Type.String(),
});

/** An API key reads its provider's grants with `grants:read` (or `grants:write`). */
function requireGrantScope(principal: Principal) {
  if (principal.kind === 'api_key' && !principal.scopes.some((s) => s === 'grants:read' || s === 'grants:write'))
    throw insufficientScope('grants:read');
}

export const grantPeopleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me/grants',
    {
      schema: {
        tags: ['grants'],
        summary: 'Grants that let the caller in (accept pending ones)',
        security: USER_SECURITY,
        response: { 200: Type.Object({ items: Type.Array(GrantView) }), ...problems(401) },
      },
    },
    async (request) => {
      const { userId } = requireUser(request);
      const grants = await grantsOfPerson(app.services.db, userId);
      const homes = await zonesOf(
        app.services.db,
        grants.map((g) => g.home_id),
      );
      const now = app.services.clock.now();
      return { items: grants.map((g) => presentGrant(g, homes.get(g.home_id)?.zone ?? 'UTC', now)) };
    },
  );

  app.get(
    '/me/windows',
    {
      schema: {
        tags: ['grants'],
        summary: "The caller's upcoming windows under active grants, the one in progress first",
        security: USER_SECURITY,
        querystring: WindowsQuery,
        response: { 200: Type.Object({ items: Type.Array(MyWindow) }), ...problems(401) },
      },
    },
    async (request) => {
      const { userId } = requireUser(request);
      const now = app.services.clock.now();
      const until = now + (request.query.days ?? 7) * 86_400_000;
      const grants = (await grantsOfPerson(app.services.db, userId)).filter((g) => g.status === 'active');
      const homes = await zonesOf(
        app.services.db,
        grants.map((g) => g.home_id),
      );
      const items = grants.flatMap((g) => {
        const home = homes.get(g.home_id);
        if (!home) return [];
        const t = termsOf(g);
        return windowsOf(g, home.zone, now, 50)
          .filter((w) => Date.parse(w.start) < until)
          .map((w) => ({
            grantId: g.id,
            homeId: g.home_id,
            homeName: home.name,
            address: home.address,
            location: home.location,
            accessPointIds: t.accessPointIds,
            ...w,
            maxVisitMinutes: t.maxVisitMinutes,
            notes: t.notes,
          }));
      });
      return { items: items.sort((a, b) => a.start.localeCompare(b.start)) };
    },
  );

  app.get(
    '/organisations/:organisationId/grants',
    {
      schema: {
        tags: ['grants'],
        summary: "A provider's grants",
        security: ORG_SECURITY,
        params: OrganisationParams,
        response: { 200: Type.Object({ items: Type.Array(GrantView) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const org = unwrap(await organisationFor(app.services, request.principal, request.params.organisationId, 'read'));
      requireGrantScope(request.principal);
      const grants = await listOrganisationGrants(app.services.db, org.id);
      const homes = await zonesOf(
        app.services.db,
        grants.map((g) => g.home_id),
      );
      const now = app.services.clock.now();
      return { items: grants.map((g) => presentGrant(g, homes.get(g.home_id)?.zone ?? 'UTC', now)) };
    },
  );

  app.get(
    '/organisations/:organisationId/alerts',
    {
      schema: {
        tags: ['grants'],
        summary: "Alerts about the provider's workers (an overstay), newest first",
        security: ORG_SECURITY,
        params: OrganisationParams,
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(ProviderAlertView) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const org = unwrap(await organisationFor(app.services, request.principal, request.params.organisationId, 'read'));
      requireGrantScope(request.principal);
      return {
        items: (await listProviderAlerts(app.services.db, org.id, request.query.limit ?? 50)).map(presentProviderAlert),
      };
    },
  );
};
