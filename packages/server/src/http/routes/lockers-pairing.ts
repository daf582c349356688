import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { pairBank } from '../../services/lockers/pairing.js';
import { unwrap } from '../outcome.js';
import { unavailable } from '../problems.js';
import { IdSchema, problems, USER_SECURITY } from '../schemas.js';

// Pairing a locker bank's device to its bank at a site (docs/lockers.md "Pairing a bank"): an operator admin only.

const BankParams = Type.Object({ siteId: IdSchema('lks'), bankId: IdSchema('lkb') }, { additionalProperties: false });

export const lockerPairingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/locker-sites/:siteId/banks/:bankId/pair',
    {
      config: { idempotent: true },
      schema: {
        tags: ['lockers'],
        summary:
          "Pair a locker bank's device with the claim code printed on it (an operator admin). The bank then takes " +
          "the platform's signed commands and its door and keypad reports count",
        security: USER_SECURITY,
        params: BankParams,
        body: Type.Object(
          {
            claimCode: Type.String({
              minLength: 12,
              maxLength: 20,
              description: 'As printed on the bank: XXXX-XXXX-XXXX',
            }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ id: Type.String(), siteId: Type.String(), name: Type.String(), deviceId: Type.String() }),
          ...problems(400, 401, 403, 404, 409, 503),
        },
      },
    },
    async (request) => {
      const gateway = app.deps.gateway;
      if (!gateway) throw unavailable('The device gateway is not running');
      const input = { ...request.params, claimCode: request.body.claimCode };
      const bank = unwrap(await pairBank({ ...app.services, gateway }, request.principal, input));
      return { id: bank.id, siteId: bank.site_id, name: bank.name, deviceId: bank.device_id ?? '' };
    },
  );
};
