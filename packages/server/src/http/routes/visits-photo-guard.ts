import type { FastifyInstance, FastifyRequest } from 'fastify';
import { visitForCourier } from '../../services/visits/access.js';
import { unwrap } from '../outcome.js';

// A doorstep photo may be up to 10 MB. Reading that much for a caller who may not send it let anonymous posts grow
// the server's memory, so a request that carries an image is authorised from its headers alone, before a byte of
// its body is read (Fastify's onRequest runs before body parsing). JSON bodies stay bounded at 64 KiB, so they keep
// the usual order (validate, then authorise in the handler) and the unlock path pays no extra lookup.

const VISIT_ID = /^visit_[A-Za-z0-9_-]{1,64}$/;

export function authoriseBeforeBody(app: FastifyInstance) {
  return async (request: FastifyRequest<{ Params: { visitId?: string } }>): Promise<void> => {
    const type = request.headers['content-type'] ?? '';
    if (request.method !== 'POST' || type === '' || type.startsWith('application/json')) return;
    // An id that is not one is refused by the schema before the body is needed; anyone else must be the courier.
    const visitId = request.params.visitId ?? '';
    unwrap(await visitForCourier(app.services.db, request.principal, VISIT_ID.test(visitId) ? visitId : 'visit_none'));
  };
}
