import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DELIVERY_METHODS } from '@threshold/core';
import { Type } from 'typebox';
import { deliveryEligibility } from '../../services/delivery-eligibility.js';
import { unwrap } from '../outcome.js';
import { Nullable, ORG_SECURITY, problems } from '../schemas.js';
import { DeliveryParams } from './deliveries.js';

// GET /v1/deliveries/{id}/eligibility (docs/access-points.md "Eligibility"): every method with its verdict.

const MethodEligibilityView = Type.Object({
  method: Type.Enum(DELIVERY_METHODS),
  available: Type.Boolean(),
  reasons: Type.Array(Type.String(), { description: 'Why the method is not available; empty when it is' }),
  accessPointId: Nullable(Type.String({ description: 'The access point it would use' })),
});

export const deliveryEligibilityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/deliveries/:deliveryId/eligibility',
    {
      schema: {
        tags: ['deliveries'],
        summary:
          "Each delivery method (in_home, in_garage, in_car, doorstep) for the delivery's address and window, and why it is or is not available",
        security: ORG_SECURITY,
        params: DeliveryParams,
        response: { 200: Type.Object({ items: Type.Array(MethodEligibilityView) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => {
      const methods = unwrap(await deliveryEligibility(app.services.db, request.principal, request.params.deliveryId));
      return { items: methods.map((m) => ({ ...m, reasons: [...m.reasons] })) };
    },
  );
};
