import type { InjectOptions } from 'fastify';
import { bearer } from '../app.js';
import { malformedBodies, malformedIds } from '../malformed.js';
import { apiKey, type RouteCase, type World } from './shared.js';

/** Webhook endpoints (docs/webhooks.md): B's admin and B's key reach for A's endpoint and A's organisation. */

const PUBLIC_URL = 'https://93.184.216.34/hooks';
const one = '/v1/webhook-endpoints/:endpointId';

function asB(w: World, method: InjectOptions['method'], url: string, payload?: object): InjectOptions[] {
  return [bearer(w.b.token), apiKey(w.b.keySecret)].map((headers) => ({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload }),
  }));
}

const onEndpoint = (
  suffix: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  payload?: Record<string, unknown>,
): RouteCase => ({
  crossTenant: (w) => asB(w, method, `/v1/webhook-endpoints/${w.a.webhookEndpointId}${suffix}`, payload),
  malformed: (w) => [
    ...malformedIds(method, `${one}${suffix}`, { endpointId: w.a.webhookEndpointId }, bearer(w.a.token), payload),
    ...(payload === undefined
      ? []
      : malformedBodies(
          method as 'POST' | 'PATCH',
          `/v1/webhook-endpoints/${w.a.webhookEndpointId}${suffix}`,
          bearer(w.a.token),
          payload,
          [],
        )),
  ],
});

export const webhooksCases: Record<string, RouteCase> = {
  'POST /v1/webhook-endpoints': {
    crossTenant: (w) => [
      ...asB(w, 'POST', '/v1/webhook-endpoints', {
        organisationId: w.a.organisationId,
        url: PUBLIC_URL,
        eventTypes: ['*'],
      }),
      // A's own courier is a member, not an admin.
      {
        method: 'POST',
        url: '/v1/webhook-endpoints',
        headers: bearer(w.a.courierToken),
        payload: { organisationId: w.a.organisationId, url: PUBLIC_URL, eventTypes: ['*'] },
      },
    ],
    malformed: (w) => {
      const valid = { organisationId: w.a.organisationId, url: PUBLIC_URL, eventTypes: ['delivery.created'] };
      const post = (payload: object): InjectOptions => ({
        method: 'POST',
        url: '/v1/webhook-endpoints',
        headers: bearer(w.a.token),
        payload,
      });
      return [
        ...malformedBodies('POST', '/v1/webhook-endpoints', bearer(w.a.token), valid, ['url', 'eventTypes']),
        post({ ...valid, eventTypes: [] }),
        post({ ...valid, eventTypes: ['visit.exploded'] }),
        post({ ...valid, url: 'ftp://93.184.216.34/x' }),
        post({ ...valid, url: 'not a url' }),
        post({ ...valid, url: 'https://user:pw@93.184.216.34/x' }),
        // The SSRF rule: loopback, private and link-local addresses are refused (webhook-url-refused).
        post({ ...valid, url: 'http://127.0.0.1:8080/x' }),
        post({ ...valid, url: 'http://[::1]/x' }),
        post({ ...valid, url: 'http://169.254.169.254/latest/meta-data' }),
        post({ ...valid, url: 'http://localhost/x' }),
        // Signed in, the organisation must be named.
        post({ url: PUBLIC_URL, eventTypes: ['*'] }),
      ];
    },
  },
  'GET /v1/webhook-endpoints': {
    crossTenant: (w) => asB(w, 'GET', `/v1/webhook-endpoints?organisationId=${w.a.organisationId}`),
    malformed: (w) => [
      { method: 'GET', url: '/v1/webhook-endpoints?organisationId=nope', headers: bearer(w.a.token) },
      { method: 'GET', url: '/v1/webhook-endpoints?other=1', headers: bearer(w.a.token) },
    ],
  },
  'GET /v1/webhook-endpoints/:endpointId': onEndpoint('', 'GET'),
  'PATCH /v1/webhook-endpoints/:endpointId': onEndpoint('', 'PATCH', { enabled: false }),
  'DELETE /v1/webhook-endpoints/:endpointId': onEndpoint('', 'DELETE'),
  'POST /v1/webhook-endpoints/:endpointId/rotate-secret': onEndpoint('/rotate-secret', 'POST'),
  'GET /v1/webhook-endpoints/:endpointId/attempts': onEndpoint('/attempts', 'GET'),
  'POST /v1/webhook-endpoints/:endpointId/replay': onEndpoint('/replay', 'POST', { since: '2026-11-25T00:00:00Z' }),
};
