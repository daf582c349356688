import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Principal } from '../../policy.js';
import { deliveryFor } from '../../services/deliveries-access.js';
import { fail, type Outcome } from '../../services/failure.js';
import { homeFor } from '../../services/home-access.js';
import { reservationFor } from '../../services/lockers/access.js';
import {
  cancelReservation,
  confirmDrop,
  courierOpen,
  holdParcel,
  issueCode,
  liftLockout,
} from '../../services/lockers/actions.js';
import { enterPickupCode } from '../../services/lockers/bank-events.js';
import { approveOperatorOpen, listOperatorOpens, requestOperatorOpen } from '../../services/lockers/operator.js';
import { setOpeningHours } from '../../services/lockers/site-hours.js';
import { addBank, createSite, siteDetail } from '../../services/lockers/sites.js';
import type { LockerDeps } from '../../services/lockers/steps.js';
import {
  findCompartment,
  findReservationOfDelivery,
  findSite,
  listHomeReservations,
  listSitesOfUser,
} from '../../store/lockers-repo.js';
import type { OpenRequestRow, ReservationRow } from '../../store/schema-lockers.js';
import { unwrap } from '../outcome.js';
import { IdSchema, Name, Nullable, ORG_SECURITY, problems, Timestamp, USER_SECURITY } from '../schemas.js';
import { DeliveryParams } from './deliveries.js';
import {
  CompartmentView,
  LockerAlertView,
  OpeningHoursSchema,
  presentCompartment,
  presentLockerAlert,
  presentReservation,
  presentSite,
  ReservationView,
  SiteView,
  SizeSchema,
} from './lockers-view.js';

// Parcel lockers (docs/lockers.md): the operator's sites, banks and openings; a locker delivery's reservation for
// its courier, carrier and customer; and the pickup with a code at the site.

const SiteParams = Type.Object({ siteId: IdSchema('lks') }, { additionalProperties: false });
const ReservationParams = Type.Object({ reservationId: IdSchema('lkr') }, { additionalProperties: false });
const RequestParams = Type.Object({ requestId: IdSchema('lko') }, { additionalProperties: false });
const HomeParams = Type.Object({ homeId: IdSchema('home') }, { additionalProperties: false });

const NewSiteBody = Type.Object(
  {
    organisationId: IdSchema('org'),
    name: Name,
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lon: Type.Number({ minimum: -180, maximum: 180 }),
    timeZone: Type.String({ minLength: 1, maxLength: 64 }),
    openingHours: OpeningHoursSchema,
    hasCamera: Type.Boolean(),
    pickupDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 14 })),
  },
  { additionalProperties: false },
);

const NewBankBody = Type.Object(
  {
    name: Name,
    deviceId: Type.Optional(Type.String({ pattern: '^lkb-[a-z2-7]{26}$', description: 'The bank device, if paired' })),
    compartments: Type.Array(
      Type.Object(
        { label: Type.String({ pattern: '^[A-Z0-9]{1,8}$' }), size: SizeSchema },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 64 },
    ),
  },
  { additionalProperties: false },
);

const OpenRequestView = Type.Object({
  id: Type.String(),
  siteId: Type.String(),
  compartmentIds: Type.Array(Type.String()),
  reason: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('opened')]),
  requestedBy: Type.String(),
  approvedBy: Nullable(Type.String()),
  sent: Type.Integer({ description: 'Open commands the banks received' }),
  createdAt: Timestamp,
});

const presentRequest = (r: OpenRequestRow, sent: number) => ({
  id: r.id,
  siteId: r.site_id,
  compartmentIds: JSON.parse(r.compartment_ids) as string[],
  reason: r.reason,
  status: r.status,
  requestedBy: r.requested_by,
  approvedBy: r.approved_by,
  sent,
  createdAt: r.created_at,
});

const ListedOpenRequestView = Type.Object({
  id: Type.String(),
  siteId: Type.String(),
  compartments: Type.Array(Type.Object({ id: Type.String(), label: Type.String() }), {
    description: 'The compartments the request names',
  }),
  reason: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('opened')]),
  requestedBy: Type.String({ description: 'The admin who asked (a user id); they cannot approve it' }),
  approvedBy: Nullable(Type.String()),
  createdAt: Timestamp,
  decidedAt: Nullable(Timestamp),
});

const OpenedView = Type.Object({
  reservation: ReservationView,
  sent: Type.Union([Type.Literal('sent'), Type.Literal('offline'), Type.Literal('refused')], {
    description: '`sent`: the bank opened it; `offline`: nothing reached the bank; `refused`: the bank refused it',
  }),
  refused: Nullable(
    Type.String({ description: "The bank's reason when it refused the opening (e.g. `superseded`, `jammed`)" }),
  ),
  message: Type.String({ description: 'What happened, in words' }),
  recording: Type.Boolean({ description: "Whether the site's camera records the opening" }),
});

const PickupCodeView = Type.Object({
  code: Type.String({ description: 'Shown once: the platform keeps only a salted MAC of it' }),
  qr: Type.String({ description: 'What the QR code holds, for the locker reader' }),
  compartment: Type.String(),
  siteId: Type.String(),
  expiresAt: Timestamp,
});

const openedMessage = (o: { sent: 'sent' | 'offline' | 'refused'; refused: string | null }) =>
  o.sent === 'sent'
    ? 'The bank opened the compartment'
    : o.sent === 'refused'
      ? `Refused by the bank: ${o.refused}`
      : 'The bank is offline: the compartment was not opened';

export function lockerDepsOf(app: FastifyInstance): LockerDeps {
  return { ...app.services, bank: app.deps.lockers };
}

async function withCompartment(app: FastifyInstance, row: ReservationRow) {
  const [compartment, site] = await Promise.all([
    findCompartment(app.services.db, row.compartment_id),
    findSite(app.services.db, row.site_id),
  ]);
  return presentReservation(row, compartment ?? { id: row.compartment_id, label: '?', size: row.parcel_size }, site);
}

async function deliveryReservation(app: FastifyInstance, principal: Principal, deliveryId: string) {
  const delivery = await deliveryFor(app.services.db, principal, deliveryId, 'read');
  if (!delivery.ok) return delivery;
  const row = await findReservationOfDelivery(app.services.db, deliveryId);
  return row ? { ok: true as const, value: row } : fail('not-found', 'This delivery has no locker reservation');
}

async function homeReservations(
  app: FastifyInstance,
  principal: Principal,
  homeId: string,
): Promise<Outcome<ReservationRow[]>> {
  const home = await homeFor(app.services, principal, homeId, 'read');
  if (!home.ok) return home;
  return { ok: true, value: await listHomeReservations(app.services.db, homeId) };
}

export const lockerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['lockers'];

  app.post(
    '/locker-sites',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Add a locker site (an admin of a locker operator organisation)',
        security: USER_SECURITY,
        body: NewSiteBody,
        response: { 201: SiteView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentSite(unwrap(await createSite(app.services, request.principal, request.body)))),
  );

  app.get(
    '/locker-sites',
    {
      schema: {
        tags,
        summary: "The sites of the caller's locker operator organisations",
        security: USER_SECURITY,
        response: { 200: Type.Object({ items: Type.Array(SiteView) }), ...problems(401) },
      },
    },
    async (request) => {
      const principal = request.principal;
      const sites = principal.kind === 'user' ? await listSitesOfUser(app.services.db, principal.userId) : [];
      return { items: sites.map(presentSite) };
    },
  );

  app.get(
    '/locker-sites/:siteId',
    {
      schema: {
        tags,
        summary: 'A site with its compartments, free counts by size and latest alerts (its operator)',
        security: USER_SECURITY,
        params: SiteParams,
        response: {
          200: Type.Object({
            site: SiteView,
            banks: Type.Array(
              Type.Object({ id: Type.String(), name: Type.String(), deviceId: Nullable(Type.String()) }),
            ),
            compartments: Type.Array(CompartmentView),
            free: Type.Record(Type.String(), Type.Integer()),
            alerts: Type.Array(LockerAlertView),
          }),
          ...problems(401, 403, 404),
        },
      },
    },
    async (request) => {
      const d = unwrap(await siteDetail(app.services, request.principal, request.params.siteId));
      return {
        site: presentSite(d.site),
        banks: d.banks.map((b) => ({ id: b.id, name: b.name, deviceId: b.device_id })),
        compartments: d.compartments.map(presentCompartment),
        free: d.free,
        alerts: d.alerts.map(presentLockerAlert),
      };
    },
  );

  app.put(
    '/locker-sites/:siteId/opening-hours',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'A site\'s opening hours (an operator admin): weekly windows on the site\'s clock, or "always". Parcels ' +
          'open only inside them, from the next opening on',
        security: USER_SECURITY,
        params: SiteParams,
        body: Type.Object({ openingHours: OpeningHoursSchema }, { additionalProperties: false }),
        response: { 200: SiteView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentSite(
        unwrap(
          await setOpeningHours(app.services, request.principal, request.params.siteId, request.body.openingHours),
        ),
      ),
  );

  app.post(
    '/locker-sites/:siteId/banks',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Add a bank of compartments to a site (an operator admin)',
        security: USER_SECURITY,
        params: SiteParams,
        body: NewBankBody,
        response: {
          201: Type.Object({ id: Type.String(), compartments: Type.Array(CompartmentView) }),
          ...problems(401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const added = unwrap(await addBank(app.services, request.principal, request.params.siteId, request.body));
      return reply.code(201).send({ id: added.bank.id, compartments: added.compartments.map(presentCompartment) });
    },
  );

  app.post(
    '/locker-sites/:siteId/open-requests',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'Open compartments by hand (an operator admin, with a reason). One opens at once; more than one waits ' +
          'for a second admin to approve',
        security: USER_SECURITY,
        params: SiteParams,
        body: Type.Object(
          {
            compartmentIds: Type.Array(IdSchema('lkc'), { minItems: 1, maxItems: 500 }),
            reason: Type.String({ minLength: 3, maxLength: 500 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: OpenRequestView, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const deps = lockerDepsOf(app);
      const r = unwrap(await requestOperatorOpen(deps, request.principal, request.params.siteId, request.body));
      return reply.code(201).send(presentRequest(r.request, r.sent));
    },
  );

  app.get(
    '/locker-sites/:siteId/open-requests',
    {
      schema: {
        tags,
        summary:
          "A site's operator openings, newest first, with the compartments each names (the operator's members; " +
          'admins approve the pending ones)',
        security: USER_SECURITY,
        params: SiteParams,
        querystring: Type.Object(
          { status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('opened')])) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(ListedOpenRequestView) }), ...problems(401, 404) },
      },
    },
    async (request) => {
      const deps = lockerDepsOf(app);
      const listed = unwrap(
        await listOperatorOpens(deps, request.principal, request.params.siteId, request.query.status),
      );
      return {
        items: listed.map(({ request: r, compartments }) => ({
          id: r.id,
          siteId: r.site_id,
          compartments,
          reason: r.reason,
          status: r.status,
          requestedBy: r.requested_by,
          approvedBy: r.approved_by,
          createdAt: r.created_at,
          decidedAt: r.decided_at,
        })),
      };
    },
  );

  app.post(
    '/locker-open-requests/:requestId/approve',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "A second operator admin approves another admin's request to open many compartments",
        security: USER_SECURITY,
        params: RequestParams,
        response: { 200: OpenRequestView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const r = unwrap(await approveOperatorOpen(lockerDepsOf(app), request.principal, request.params.requestId));
      return presentRequest(r.request, r.sent);
    },
  );

  app.post(
    '/locker-sites/:siteId/pickup',
    {
      schema: {
        tags,
        summary:
          'Collect a parcel with its pickup code (the customer at the site, or anyone they gave the code). The code ' +
          'opens its own compartment once; wrong codes lock the compartment out',
        params: SiteParams,
        body: Type.Object(
          { compartment: Type.String({ pattern: '^[A-Z0-9]{1,8}$' }), code: Type.String({ pattern: '^[0-9]{8}$' }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            opened: Type.Literal(true),
            compartment: Type.String(),
            sent: Type.Union(
              [Type.Literal('sent'), Type.Literal('offline'), Type.Literal('refused'), Type.Literal('none')],
              {
                description: 'Whether the open command reached the bank, and whether the bank took it',
              },
            ),
          }),
          ...problems(403, 404, 409),
        },
      },
    },
    async (request) => {
      const { compartment, code } = request.body;
      const r = unwrap(await enterPickupCode(lockerDepsOf(app), request.params.siteId, compartment, code));
      return { opened: r.opened, compartment: r.compartment, sent: r.sent };
    },
  );

  app.get(
    '/deliveries/:deliveryId/locker',
    {
      schema: {
        tags,
        summary: "A locker delivery's reservation (its carrier and courier)",
        security: ORG_SECURITY,
        params: DeliveryParams,
        response: { 200: ReservationView, ...problems(401, 403, 404) },
      },
    },
    async (request) =>
      withCompartment(app, unwrap(await deliveryReservation(app, request.principal, request.params.deliveryId))),
  );

  app.get(
    '/homes/:homeId/locker-reservations',
    {
      schema: {
        tags,
        summary: "The home's parcels in lockers (its members)",
        security: USER_SECURITY,
        params: HomeParams,
        response: { 200: Type.Object({ items: Type.Array(ReservationView) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const rows = unwrap(await homeReservations(app, request.principal, request.params.homeId));
      return { items: await Promise.all(rows.map((r) => withCompartment(app, r))) };
    },
  );

  app.get(
    '/locker-reservations/:reservationId',
    {
      schema: {
        tags,
        security: ORG_SECURITY,
        params: ReservationParams,
        response: { 200: ReservationView, ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const found = unwrap(await reservationFor(app.services.db, request.principal, request.params.reservationId));
      return withCompartment(app, found.reservation);
    },
  );

  app.post(
    '/locker-reservations/:reservationId/open',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'The assigned courier opens the reserved compartment (a drop, or taking back an expired parcel)',
        security: USER_SECURITY,
        params: ReservationParams,
        response: { 200: OpenedView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const opened = unwrap(await courierOpen(lockerDepsOf(app), request.principal, request.params.reservationId));
      return {
        reservation: await withCompartment(app, opened.applied.reservation),
        sent: opened.sent,
        refused: opened.refused,
        message: openedMessage(opened),
        recording: opened.recording,
      };
    },
  );

  app.post(
    '/locker-reservations/:reservationId/drop',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'The courier confirms the drop; it counts once the bank reported the door opened and closed again. The ' +
          'customer is told, the delivery is delivered',
        security: USER_SECURITY,
        params: ReservationParams,
        response: { 200: ReservationView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const applied = unwrap(await confirmDrop(lockerDepsOf(app), request.principal, request.params.reservationId));
      return withCompartment(app, applied.reservation);
    },
  );

  app.post(
    '/locker-reservations/:reservationId/pickup-code',
    {
      schema: {
        tags,
        summary: "A pickup code for the customer's household, shown once; asking again replaces it",
        security: USER_SECURITY,
        params: ReservationParams,
        response: { 201: PickupCodeView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(unwrap(await issueCode(lockerDepsOf(app), request.principal, request.params.reservationId))),
  );

  app.post(
    '/locker-reservations/:reservationId/hold',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'A vacation hold: keep the parcel in the locker until a later instant (at most 14 days more)',
        security: USER_SECURITY,
        params: ReservationParams,
        body: Type.Object({ until: Timestamp }, { additionalProperties: false }),
        response: { 200: ReservationView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const deps = lockerDepsOf(app);
      const applied = unwrap(
        await holdParcel(deps, request.principal, request.params.reservationId, request.body.until),
      );
      return withCompartment(app, applied.reservation);
    },
  );

  app.post(
    '/locker-reservations/:reservationId/lift-lockout',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'An operator admin lets a locked-out compartment take codes again, having checked with the customer; the ' +
          'count of wrong codes starts again',
        security: USER_SECURITY,
        params: ReservationParams,
        response: { 200: ReservationView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const applied = unwrap(await liftLockout(lockerDepsOf(app), request.principal, request.params.reservationId));
      return withCompartment(app, applied.reservation);
    },
  );

  app.post(
    '/locker-reservations/:reservationId/cancel',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'The carrier cancels a reservation before the drop; the compartment is free again',
        security: ORG_SECURITY,
        params: ReservationParams,
        response: { 200: ReservationView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const applied = unwrap(
        await cancelReservation(lockerDepsOf(app), request.principal, request.params.reservationId),
      );
      return withCompartment(app, applied.reservation);
    },
  );
};
