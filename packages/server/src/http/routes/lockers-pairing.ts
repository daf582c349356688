import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { pairBank, pairSiteCamera } from '../../services/lockers/pairing.js';
import { unwrap } from '../outcome.js';
import { unavailable } from '../problems.js';
import { IdSchema, problems, USER_SECURITY } from '../schemas.js';

// Pairing a locker site's devices (docs/lockers.md "Pairing a bank", "The site camera"): an operator admin only.

const BankParams = Type.Object({ siteId: IdSchema('lks'), bankId: IdSchema('lkb') }, { additionalProperties: false });
const SiteParams = Type.Object({ siteId: IdSchema('lks') }, { additionalProperties: false });
const ClaimBody = Type.Object(
  { claimCode: Type.String({ minLength: 12, maxLength: 20, description: 'As printed on the device: XXXX-XXXX-XXXX' }) },
  { additionalProperties: false },
);

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
        body: ClaimBody,
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

  app.post(
    '/locker-sites/:siteId/camera/pair',
    {
      config: { idempotent: true },
      schema: {
        tags: ['lockers'],
        summary:
          "Pair the site's camera with the claim code printed on it (an operator admin, a site registered with a " +
          'camera). Every parcel opening at the site is then recorded first, and opens only once the camera confirms',
        security: USER_SECURITY,
        params: SiteParams,
        body: ClaimBody,
        response: {
          200: Type.Object({ siteId: Type.String(), deviceId: Type.String(), pairedAt: Type.String() }),
          ...problems(400, 401, 403, 404, 409, 503),
        },
      },
    },
    async (request) => {
      const gateway = app.deps.gateway;
      if (!gateway) throw unavailable('The device gateway is not running');
      const input = { siteId: request.params.siteId, claimCode: request.body.claimCode };
      const camera = unwrap(await pairSiteCamera({ ...app.services, gateway }, request.principal, input));
      return { siteId: camera.site_id, deviceId: camera.device_id, pairedAt: camera.paired_at };
    },
  );
};
