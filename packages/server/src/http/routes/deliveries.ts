import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { assignCourier, createDelivery } from '../../services/deliveries.js';
import { deliveryFor } from '../../services/deliveries-access.js';
import { reattemptDelivery } from '../../services/deliveries-reattempt.js';
import { bookingEligibility } from '../../services/eligibility/booking.js';
import { arrive } from '../../services/visits/arrive.js';
import { requireApiKey } from '../auth.js';
import { answerInTransaction } from '../idempotency.js';
import { unwrap } from '../outcome.js';
import { forbidden } from '../problems.js';
import { IdSchema, ORG_SECURITY, problems, USER_SECURITY } from '../schemas.js';
import { DeliveryView, presentDelivery, WindowSchema } from './deliveries-view.js';
import { EligibilityView, presentEligibility } from './eligibility-view.js';
import { LockerChoiceSchema } from './lockers-view.js';
import { ArrivalView, presentArrival, visitDepsOf } from './visits-view.js';

// The carrier API (docs/api.md): book, read and assign deliveries; and the courier's arrival at the door.

export const DeliveryParams = Type.Object({ deliveryId: IdSchema('dlv') }, { additionalProperties: false });

/** The booking answer: the delivery, and every method for its home and window (docs/eligibility.md). */
const BookedView = Type.Object({ ...DeliveryView.properties, eligibility: EligibilityView });

const NewDeliveryBody = Type.Object(
  {
    homeId: IdSchema('home'),
    externalId: Type.String({ minLength: 1, maxLength: 100, description: "The carrier's own reference" }),
    window: WindowSchema,
    accessPoint: Type.Optional(
      Type.Object(
        {
          kind: Type.Union([
            Type.Literal('front_door'),
            Type.Literal('back_door'),
            Type.Literal('garage'),
            Type.Literal('side_gate'),
            Type.Literal('car_boot'),
          ]),
        },
        { additionalProperties: false },
      ),
    ),
    parcel: Type.Optional(
      Type.Object(
        {
          lengthCm: Type.Integer({ minimum: 1, maximum: 400 }),
          widthCm: Type.Integer({ minimum: 1, maximum: 400 }),
          heightCm: Type.Integer({ minimum: 1, maximum: 400 }),
          valueCents: Type.Integer({ minimum: 0, maximum: 100_000_000 }),
        },
        {
          additionalProperties: false,
          description: 'Size and value of the parcel: an in-car delivery must fit the boot',
        },
      ),
    ),
    locker: Type.Optional(LockerChoiceSchema),
    building: Type.Optional(
      Type.Object(
        { entrance: Type.Union([Type.Literal('lobby'), Type.Literal('package_room')]) },
        {
          additionalProperties: false,
          description:
            'To a resident of a building: through its lobby, or into its package room, by an entrance the building manager opened to your carrier in this window (docs/buildings.md)',
        },
      ),
    ),
  },
  { additionalProperties: false },
);

const Position = Type.Object(
  {
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lon: Type.Number({ minimum: -180, maximum: 180 }),
    accuracyMeters: Type.Number({ minimum: 0, maximum: 100_000 }),
  },
  { additionalProperties: false },
);

export const deliveryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/deliveries',
    {
      schema: {
        tags: ['deliveries'],
        summary: 'Book a delivery (API key with deliveries:write); answers the method and why',
        security: [{ apiKey: [] }],
        body: NewDeliveryBody,
        response: { 201: BookedView, ...problems(401, 403, 404, 409) },
      },
      config: { idempotent: true },
    },
    async (request, reply) => {
      if (request.principal.kind === 'user') throw forbidden('Deliveries are booked with an API key');
      requireApiKey(request, 'deliveries:write');
      const delivery = unwrap(await createDelivery(app.services, request.principal, request.body));
      const { parcel, locker } = request.body;
      const eligibility = await bookingEligibility(app.services.db, delivery, { parcel, lockerSize: locker?.size });
      return reply.code(201).send({ ...presentDelivery(delivery), eligibility: presentEligibility(eligibility) });
    },
  );

  app.get(
    '/deliveries/:deliveryId',
    {
      schema: {
        tags: ['deliveries'],
        security: ORG_SECURITY,
        params: DeliveryParams,
        response: { 200: DeliveryView, ...problems(401, 403, 404) },
      },
    },
    async (request) =>
      presentDelivery(unwrap(await deliveryFor(app.services.db, request.principal, request.params.deliveryId, 'read'))),
  );

  app.post(
    '/deliveries/:deliveryId/assign',
    {
      config: { idempotent: true },
      schema: {
        tags: ['deliveries'],
        security: ORG_SECURITY,
        params: DeliveryParams,
        body: Type.Object({ courierId: IdSchema('usr') }, { additionalProperties: false }),
        response: { 200: DeliveryView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { deliveryId } = request.params;
      return presentDelivery(
        unwrap(await assignCourier(app.services, request.principal, deliveryId, request.body.courierId)),
      );
    },
  );

  app.post(
    '/deliveries/:deliveryId/reattempt',
    {
      config: { idempotent: true },
      schema: {
        tags: ['deliveries'],
        summary:
          'Reopen an ended delivery (fallen back, failed or aborted) for another attempt; never a delivered one. ' +
          'API key with deliveries:write or an organisation admin; recorded in the home ledger',
        security: ORG_SECURITY,
        params: DeliveryParams,
        response: { 200: DeliveryView, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentDelivery(unwrap(await reattemptDelivery(app.services, request.principal, request.params.deliveryId))),
  );

  app.post(
    '/deliveries/:deliveryId/arrive',
    {
      config: { idempotent: true },
      schema: {
        tags: ['visits'],
        summary: 'The assigned courier is at the door: opens a visit and runs every check',
        security: USER_SECURITY,
        params: DeliveryParams,
        body: Type.Object({ position: Position }, { additionalProperties: false }),
        response: { 201: ArrivalView, ...problems(401, 403, 404, 409, 503) },
      },
    },
    async (request, reply) => {
      // arrive() asks first whether the caller is the delivery's courier (deliveries-access.ts assignedDelivery).
      const deps = visitDepsOf(app);
      reply.code(201);
      // The answer commits with the visit (http/idempotency.ts answerInTransaction).
      const answer = answerInTransaction(request, reply, presentArrival);
      const { deliveryId } = request.params;
      const options = { answer: answer.store };
      const arrival = unwrap(await arrive(deps, request.principal, deliveryId, request.body.position, options));
      return reply.send(answer.send(arrival));
    },
  );
};
