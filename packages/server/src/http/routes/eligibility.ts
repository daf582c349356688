import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { COMPARTMENT_SIZES, checkDeliveryWindow } from '@threshold/core';
import { Type } from 'typebox';
import { eligibilityForCarrier, parseAddress } from '../../services/eligibility/address.js';
import { askingCarrier } from '../../services/eligibility/carrier.js';
import { unwrap } from '../outcome.js';
import { validation } from '../problems.js';
import { IdSchema, ORG_SECURITY, problems } from '../schemas.js';
import { EligibilityView, presentEligibility } from './eligibility-view.js';

// GET /v1/eligibility (docs/eligibility.md): what a carrier may offer at an address in a window, method by method.

const EligibilityQuery = Type.Object(
  {
    address: Type.String({
      minLength: 1,
      maxLength: 80,
      description:
        'An enrolled home\u2019s id (home_\u2026), or a position as a geo URI (RFC 5870): geo:52.3702,4.8952',
    }),
    window: Type.String({
      minLength: 1,
      maxLength: 80,
      description: 'start/end, ISO 8601 instants with an offset: 2026-12-03T08:00:00Z/2026-12-03T11:00:00Z',
    }),
    size: Type.Optional(
      Type.Enum(COMPARTMENT_SIZES, { description: 'The parcel\u2019s locker size (S when not said)' }),
    ),
    organisationId: Type.Optional(IdSchema('org')),
  },
  { additionalProperties: false },
);

/** `start/end` as a delivery window, or null when it is not two instants with an offset, start before end. */
function parseWindow(text: string) {
  const parts = text.split('/');
  if (parts.length !== 2) return null;
  const window = { start: parts[0] as string, end: parts[1] as string };
  return checkDeliveryWindow(window, 0).position === 'invalid' ? null : window;
}

export const eligibilityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/eligibility',
    {
      schema: {
        tags: ['deliveries'],
        summary:
          'Every delivery method (in_home, in_garage, in_car, lobby, package_room, locker, doorstep) at an address in a window, and why it is or is not available',
        security: ORG_SECURITY,
        querystring: EligibilityQuery,
        response: { 200: EligibilityView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      const carrierId = unwrap(await askingCarrier(app.services.db, request.principal, q.organisationId));
      const address = parseAddress(q.address);
      if (!address)
        throw validation('The address is a home id (home_…) or a geo URI (geo:lat,lon)', 'querystring.address');
      const window = parseWindow(q.window);
      if (!window) {
        throw validation(
          'The window is start/end, ISO 8601 instants with an offset, start before end',
          'querystring.window',
        );
      }
      const query = { address, window, lockerSize: q.size ?? 'S', parcel: null };
      return presentEligibility(unwrap(await eligibilityForCarrier(app.services.db, carrierId, query)));
    },
  );
};
