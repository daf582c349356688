import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ServiceVerdict } from '@threshold/core';
import { Type } from 'typebox';
import { reportCantCome } from '../../services/grants/cant-come.js';
import { checkIn } from '../../services/grants/check-in.js';
import { checkOut } from '../../services/grants/check-out.js';
import { acceptGrant, createGrant, editGrant, homeGrants, moveGrant, readGrant } from '../../services/grants/manage.js';
import { zonesOf } from '../../services/grants/mine.js';
import type { GrantTerms } from '../../services/grants/terms.js';
import { writeVerdict } from '../../services/grants/verdict.js';
import { withdrawVisits } from '../../services/grants/withdraw.js';
import { homeFor } from '../../services/home-access.js';
import { listGrantVisitHistory, listOpenGrantVisits } from '../../store/grants-repo.js';
import type { GrantRow } from '../../store/schema-grants.js';
import { unwrap } from '../outcome.js';
import { IdSchema, Nullable, ORG_SECURITY, problems, Timestamp, USER_SECURITY } from '../schemas.js';
import { CreateGrantBody, GrantDetailView, GrantView, presentGrant, TermsBody, TermsPatch } from './grants-view.js';
import { HomeParams } from './homes.js';
import { presentVisit, VisitView, visitDepsOf } from './visits-view.js';

// Service grants (docs/grants.md): the home owner's routes, the invited person's acceptance, and the worker's
// check-in and check-out. The door itself opens only through POST /v1/visits/{visitId}/unlock.

const GrantParams = Type.Object({ grantId: IdSchema('grant') }, { additionalProperties: false });
const VisitParams = Type.Object({ visitId: IdSchema('visit') }, { additionalProperties: false });
const Position = Type.Object(
  {
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lon: Type.Number({ minimum: -180, maximum: 180 }),
    accuracyMeters: Type.Number({ minimum: 0, maximum: 100_000 }),
  },
  { additionalProperties: false },
);
const CheckInBody = Type.Object(
  { position: Position, accessPointId: Type.Optional(IdSchema('ap')) },
  { additionalProperties: false },
);

const CantComeBody = Type.Object(
  {
    localDate: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: "The window's local date" }),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
/** core ServiceVerdict: how the visit kept the grant's expectations (docs/grants.md "Verdict"). */
const VerdictView = Type.Object({
  verdict: Type.Union([Type.Literal('kept'), Type.Literal('broken')]),
  expectations: Type.Array(
    Type.Object({
      name: Type.Union([
        Type.Literal('in_window'),
        Type.Literal('max_duration'),
        Type.Literal('door_relocked'),
        Type.Literal('camera_recording'),
        Type.Literal('checked_out'),
      ]),
      outcome: Type.Union([Type.Literal('kept'), Type.Literal('broken'), Type.Literal('not_applicable')]),
      reason: Nullable(Type.String()),
      evidence: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
  judgedAtMs: Type.Number(),
});
const presentVerdict = (v: ServiceVerdict | null) => (v === null ? null : { ...v, expectations: [...v.expectations] });
const GrantVisitView = Type.Object({
  visitId: Type.String(),
  state: Type.String(),
  openedAt: Timestamp,
  closedAt: Nullable(Timestamp),
  window: Nullable(Type.Object({ start: Timestamp, end: Timestamp })),
  checkedOutAt: Nullable(Timestamp),
  verdict: Nullable(VerdictView),
});

const withDefaults = (
  t: { cameraRequired?: boolean | undefined; notes?: string | undefined } & Omit<
    GrantTerms,
    'cameraRequired' | 'notes'
  >,
): GrantTerms => ({
  accessPointIds: t.accessPointIds,
  schedule: t.schedule,
  maxVisitMinutes: t.maxVisitMinutes,
  cameraRequired: t.cameraRequired ?? true,
  notes: t.notes ?? '',
});

const tags = ['grants'];

export const grantRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const present = async (grant: GrantRow) => {
    const zone = (await zonesOf(app.services.db, [grant.home_id])).get(grant.home_id)?.zone ?? 'UTC';
    return presentGrant(grant, zone, app.services.clock.now());
  };

  app.post(
    '/homes/:homeId/grants',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'Grant a service provider (any of its workers, or one) or an invited person access to doors on a schedule',
        security: USER_SECURITY,
        params: HomeParams,
        body: CreateGrantBody,
        response: { 201: GrantView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { grantee, ...terms } = request.body;
      const input = { grantee, ...withDefaults(terms) };
      const grant = unwrap(
        await createGrant(
          { ...app.services, bus: app.deps.visits?.bus },
          request.principal,
          request.params.homeId,
          input,
        ),
      );
      return reply.code(201).send(await present(grant));
    },
  );

  app.get(
    '/homes/:homeId/grants',
    {
      schema: {
        tags,
        security: USER_SECURITY,
        params: HomeParams,
        response: { 200: Type.Object({ items: Type.Array(GrantView) }), ...problems(401, 404) },
      },
    },
    async (request) => {
      const home = unwrap(await homeFor(app.services, request.principal, request.params.homeId, 'read'));
      const grants = unwrap(await homeGrants(app.services, request.principal, home.id));
      const now = app.services.clock.now();
      return { items: grants.map((g) => presentGrant(g, home.time_zone, now)) };
    },
  );

  app.get(
    '/grants/:grantId',
    {
      schema: {
        tags,
        security: ORG_SECURITY,
        params: GrantParams,
        response: { 200: GrantDetailView, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { grant, versions } = unwrap(await readGrant(app.services, request.principal, request.params.grantId));
      return {
        ...(await present(grant)),
        versions: versions.map((v) => ({
          version: v.version,
          terms: JSON.parse(v.terms) as unknown,
          createdBy: v.created_by,
          createdAt: v.created_at,
        })),
      };
    },
  );

  const edit =
    (change: (t: GrantTerms, body: Record<string, unknown>) => GrantTerms) =>
    async (request: { principal: Parameters<typeof editGrant>[1]; params: { grantId: string }; body: unknown }) => {
      const body = request.body as Record<string, unknown>;
      const deps = { ...app.services, bus: app.deps.visits?.bus };
      return present(unwrap(await editGrant(deps, request.principal, request.params.grantId, (t) => change(t, body))));
    };

  app.put(
    '/grants/:grantId',
    {
      schema: {
        tags,
        summary: 'Replace the terms: a new version',
        security: USER_SECURITY,
        params: GrantParams,
        body: TermsBody,
        response: { 200: GrantView, ...problems(401, 403, 404, 409) },
      },
    },
    edit((_t, body) => withDefaults(body as unknown as GrantTerms)),
  );

  app.patch(
    '/grants/:grantId',
    {
      schema: {
        tags,
        summary: 'Change some terms: a new version',
        security: USER_SECURITY,
        params: GrantParams,
        body: TermsPatch,
        response: { 200: GrantView, ...problems(401, 403, 404, 409) },
      },
    },
    edit((t, body) => ({ ...t, ...(body as Partial<GrantTerms>) })),
  );

  for (const move of ['pause', 'resume', 'revoke'] as const) {
    app.post(
      `/grants/:grantId/${move}`,
      {
        config: { idempotent: true },
        schema: {
          tags,
          security: USER_SECURITY,
          params: GrantParams,
          response: { 200: GrantView, ...problems(401, 403, 404, 409, 503) },
        },
      },
      async (request) => {
        const bus = app.deps.visits?.bus;
        const grant = unwrap(
          await moveGrant({ ...app.services, bus }, request.principal, request.params.grantId, move),
        );
        // What the grant's visits in progress become: aborted (the lock told), or no further entry once relocked.
        if (move !== 'resume' && (await listOpenGrantVisits(app.services.db, grant.id)).length > 0) {
          const deps = visitDepsOf(app);
          const open = await listOpenGrantVisits(deps.db, grant.id);
          await withdrawVisits(deps, grant.id);
          for (const v of open) await writeVerdict(deps, v.id);
        }
        return present(grant);
      },
    );
  }

  app.post(
    '/grants/:grantId/accept',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'The invited person accepts a grant offered to them',
        security: USER_SECURITY,
        params: GrantParams,
        response: { 200: GrantView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) =>
      present(
        unwrap(
          await acceptGrant({ ...app.services, bus: app.deps.visits?.bus }, request.principal, request.params.grantId),
        ),
      ),
  );

  app.post(
    '/grants/:grantId/check-in',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'The worker at the door: a visit with every check recorded; then POST /v1/visits/{id}/unlock',
        security: USER_SECURITY,
        params: GrantParams,
        body: CheckInBody,
        response: { 201: Type.Object({ visit: VisitView }), ...problems(401, 403, 404, 409, 503) },
      },
    },
    async (request, reply) => {
      const deps = visitDepsOf(app);
      const done = unwrap(await checkIn(deps, request.principal, request.params.grantId, request.body));
      return reply.code(201).send({ visit: presentVisit(done.applied.saved, done.applied.visit) });
    },
  );

  app.post(
    '/visits/:visitId/check-out',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'The worker leaves: the door must be relocked; the verdict is written',
        security: USER_SECURITY,
        params: VisitParams,
        response: {
          200: Type.Object({ visit: VisitView, verdict: Nullable(VerdictView) }),
          ...problems(401, 403, 404, 409, 503),
        },
      },
    },
    async (request) => {
      const done = unwrap(await checkOut(visitDepsOf(app), request.principal, request.params.visitId));
      return { visit: presentVisit(done.applied.saved, done.applied.visit), verdict: presentVerdict(done.verdict) };
    },
  );
  app.get(
    '/grants/:grantId/visits',
    {
      schema: {
        tags,
        summary: "The grant's visits, newest first, with their verdicts",
        security: ORG_SECURITY,
        params: GrantParams,
        response: { 200: Type.Object({ items: Type.Array(GrantVisitView) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const { grant } = unwrap(await readGrant(app.services, request.principal, request.params.grantId));
      const rows = await listGrantVisitHistory(app.services.db, grant.id, 50);
      return {
        items: rows.map((r) => ({
          visitId: r.id,
          state: r.state,
          openedAt: r.opened_at,
          closedAt: r.closed_at,
          window: r.window_start && r.window_end ? { start: r.window_start, end: r.window_end } : null,
          checkedOutAt: r.checked_out_at,
          verdict: presentVerdict(r.verdict === null ? null : (JSON.parse(r.verdict) as ServiceVerdict)),
        })),
      };
    },
  );

  app.post(
    '/grants/:grantId/cant-come',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'The worker cannot come for a window: the customer is told (an alert and a ledger fact)',
        security: USER_SECURITY,
        params: GrantParams,
        body: CantComeBody,
        response: {
          201: Type.Object({ alertId: Type.String(), message: Type.String(), at: Timestamp }),
          ...problems(401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const deps = { ...app.services, bus: app.deps.visits?.bus };
      const told = unwrap(
        await reportCantCome(deps, request.principal, request.params.grantId, {
          localDate: request.body.localDate,
          note: request.body.note ?? '',
        }),
      );
      return reply.code(201).send(told);
    },
  );
};
