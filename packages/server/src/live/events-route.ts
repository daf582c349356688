import type { ServerResponse } from 'node:http';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unwrap } from '../http/outcome.js';
import { tooManyRequests, unavailable } from '../http/problems.js';
import { HomeParams } from '../http/routes/homes.js';
import { problems, USER_SECURITY } from '../http/schemas.js';
import { callerKey } from '../http/security.js';
import { readableHome } from '../services/ledger-access.js';
import { frameWriter, lastEventIdOf, SSE_HEADERS, sseComment, writeTo } from './sse.js';
import { streamQuota } from './stream-quota.js';

export const homeEventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Open streams never finish on their own: end them as the app starts closing (`preClose`, before the server waits
  // for its connections; `onClose` runs only after that wait, which a browser holding a stream makes endless).
  const open = new Set<ServerResponse>();
  const { liveStreamsPerCaller } = app.deps.config.limits;
  const quota = streamQuota(liveStreamsPerCaller);
  app.addHook('preClose', async () => {
    for (const res of open) {
      res.end();
      res.socket?.destroySoon();
    }
  });

  app.get(
    '/homes/:homeId/events',
    {
      schema: {
        tags: ['live'],
        summary: 'Live updates of a home as server-sent events (visit, device, alert, ledger)',
        description:
          'text/event-stream. Each event has `id`, `event` (home.visit, home.device, home.alert, home.ledger or ' +
          'resync) and one line of JSON `data`. Send `Last-Event-ID` to replay what the server still holds; a ' +
          '`resync` event means it holds too little and the client should reload. A comment line every 15 s keeps ' +
          'the connection open.',
        security: USER_SECURITY,
        params: HomeParams,
        headers: Type.Object({ 'last-event-id': Type.Optional(Type.String({ maxLength: 40 })) }),
        response: { 200: Type.String({ description: 'text/event-stream' }), ...problems(401, 404, 429, 503) },
      },
    },
    async (request, reply) => {
      const { homeId } = unwrap(await readableHome(app.services, request.principal, request.params.homeId));
      const hub = app.deps.live;
      if (!hub) throw unavailable('Live updates are not running on this node');
      const caller = callerKey(request.principal, request.ip);
      if (!quota.take(caller)) {
        throw tooManyRequests(30, `At most ${liveStreamsPerCaller} live streams at once; close one first`);
      }
      // From here on the response is a raw stream that outlives this handler (Fastify "reply.hijack").
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, SSE_HEADERS);
      writeTo(res, `retry: 3000\n${sseComment('connected')}`);
      const unsubscribe = hub.subscribe(homeId, lastEventIdOf(request.headers['last-event-id']), frameWriter(res));
      const heartbeat = setInterval(() => writeTo(res, sseComment('heartbeat')), hub.heartbeatMs);
      open.add(res);
      res.once('close', () => {
        quota.give(caller);
        open.delete(res);
        clearInterval(heartbeat);
        unsubscribe();
      });
    },
  );
};
