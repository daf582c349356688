import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { courierStops } from '../../services/deliveries.js';
import { requireUser } from '../auth.js';
import { unwrap } from '../outcome.js';
import { Nullable, problems, USER_SECURITY } from '../schemas.js';
import { DeliveryView, presentDelivery } from './deliveries-view.js';

const StopView = Type.Object({
  delivery: DeliveryView,
  address: Type.Object({
    line1: Type.String(),
    line2: Nullable(Type.String()),
    city: Type.String(),
    postalCode: Type.String(),
    country: Type.String(),
  }),
  location: Type.Object({ lat: Type.Number(), lon: Type.Number() }),
  pets: Type.Object({ status: Type.String(), note: Type.String() }),
  instructions: Type.String(),
  visitId: Nullable(Type.String({ description: 'The open visit of this stop, if the courier arrived' })),
});

export const courierRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/courier/stops',
    {
      schema: {
        tags: ['deliveries'],
        summary: "The signed-in courier's stops for today (each home's own day), in window order",
        security: USER_SECURITY,
        response: { 200: Type.Object({ items: Type.Array(StopView) }), ...problems(401, 403) },
      },
    },
    async (request) => {
      requireUser(request);
      const stops = unwrap(await courierStops(app.services, request.principal));
      return { items: stops.map((s) => ({ ...s, delivery: presentDelivery(s.delivery) })) };
    },
  );
};
