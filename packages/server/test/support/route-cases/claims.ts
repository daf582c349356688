import type { InjectOptions } from 'fastify';
import { bearer } from '../app.js';
import { malformedBodies, malformedIds } from '../malformed.js';
import { apiKey, type RouteCase, type World } from './shared.js';

// Claims and purpose-bound support access (docs/claims.md). In the world each tenant's account is both the home's
// owner and its carrier's admin, so B's session and key are another home AND another carrier to A's claim.

const SHA = 'a'.repeat(64);
const json = (
  method: 'POST' | 'GET',
  url: string,
  headers: Record<string, string>,
  payload?: object,
): InjectOptions => ({
  method,
  url,
  headers,
  ...(payload === undefined ? {} : { payload }),
});
/** B's session and B's API key against a URL of A's. */
const asB = (w: World, method: 'POST' | 'GET', url: string, payload?: object) => [
  json(method, url, bearer(w.b.token), payload),
  json(method, url, apiKey(w.b.keySecret), payload),
];
const claimIds = (w: World, method: 'POST' | 'GET', pattern: string, payload?: Record<string, unknown>) =>
  malformedIds(method, pattern, { claimId: w.a.claimId }, bearer(w.a.token), payload);

export const validDecision = { outcome: 'upheld', amount: { currency: 'EUR', minor: 4500 } };

export const claimsCases: Record<string, RouteCase> = {
  'POST /v1/visits/:visitId/claims': {
    crossTenant: (w) => asB(w, 'POST', `/v1/visits/${w.a.visitId}/claims`, { kind: 'damage', description: 'x' }),
    malformed: (w) => {
      const url = `/v1/visits/${w.a.visitId}/claims`;
      const valid = { kind: 'damage', description: 'Broken' };
      return [
        ...malformedBodies('POST', url, bearer(w.a.token), valid, ['kind', 'description']),
        ...malformedIds('POST', '/v1/visits/:visitId/claims', { visitId: w.a.visitId }, bearer(w.a.token), valid),
        ...[
          { ...valid, kind: 'theft' },
          { ...valid, description: '' },
          { ...valid, alertIds: ['not-an-alert'] },
          { ...valid, alertIds: [w.b.alertId] }, // an alert of another visit
        ].map((payload) => json('POST', url, bearer(w.a.token), payload)),
      ];
    },
  },
  'GET /v1/claims/:claimId': {
    crossTenant: (w) => asB(w, 'GET', `/v1/claims/${w.a.claimId}`),
    malformed: (w) => claimIds(w, 'GET', '/v1/claims/:claimId'),
  },
  'GET /v1/homes/:homeId/claims': {
    crossTenant: (w) => asB(w, 'GET', `/v1/homes/${w.a.homeId}/claims`),
    malformed: (w) => [
      ...malformedIds('GET', '/v1/homes/:homeId/claims', { homeId: w.a.homeId }, bearer(w.a.token)),
      ...['limit=0', 'limit=101', 'other=1'].map((q) =>
        json('GET', `/v1/homes/${w.a.homeId}/claims?${q}`, bearer(w.a.token)),
      ),
    ],
  },
  'POST /v1/claims/:claimId/messages': {
    crossTenant: (w) => asB(w, 'POST', `/v1/claims/${w.a.claimId}/messages`, { body: 'hello' }),
    malformed: (w) => [
      ...malformedBodies('POST', `/v1/claims/${w.a.claimId}/messages`, bearer(w.a.token), { body: 'hi' }, ['body']),
      ...claimIds(w, 'POST', '/v1/claims/:claimId/messages', { body: 'hi' }),
      json('POST', `/v1/claims/${w.a.claimId}/messages`, bearer(w.a.token), { body: 'x'.repeat(4001) }),
    ],
  },
  'POST /v1/claims/:claimId/photos': {
    crossTenant: (w) => [
      ...asB(w, 'POST', `/v1/claims/${w.a.claimId}/photos`).map((r) => ({
        ...r,
        headers: { ...r.headers, 'content-type': 'multipart/form-data; boundary=x' },
        payload:
          '--x\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\n\r\n\xff\xd8\xff\r\n--x--\r\n',
      })),
    ],
    malformed: (w) => {
      const url = `/v1/claims/${w.a.claimId}/photos`;
      const part = (bytes: string) =>
        `--x\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n${bytes}\r\n--x--\r\n`;
      const multipart = { ...bearer(w.a.token), 'content-type': 'multipart/form-data; boundary=x' };
      return [
        ...claimIds(w, 'POST', '/v1/claims/:claimId/photos', {}),
        json('POST', url, bearer(w.a.token), { photo: 'x' }), // JSON, not multipart
        { method: 'POST', url, headers: multipart, payload: part('GIF89a not an image we take') },
        { method: 'POST', url, headers: multipart, payload: part('<svg xmlns="http://www.w3.org/2000/svg"/>') },
        { method: 'POST', url, headers: multipart, payload: '--x--\r\n' }, // no photo at all
        { method: 'POST', url, headers: multipart, payload: 'not multipart at all' },
        {
          method: 'POST',
          url,
          headers: multipart,
          payload: `--x\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--x--\r\n`,
        },
      ];
    },
  },
  'GET /v1/claims/:claimId/photos/:sha256': {
    crossTenant: (w) => asB(w, 'GET', `/v1/claims/${w.a.claimId}/photos/${SHA}`),
    malformed: (w) => [
      ...malformedIds(
        'GET',
        '/v1/claims/:claimId/photos/:sha256',
        { claimId: w.a.claimId, sha256: SHA },
        bearer(w.a.token),
      ),
      json('GET', `/v1/claims/${w.a.claimId}/photos/${'A'.repeat(64)}`, bearer(w.a.token)),
    ],
  },
  'GET /v1/support/claims': {
    // Only platform staff see the queue; tenants (session or key) are refused.
    crossTenant: (w) => [
      json('GET', '/v1/support/claims', bearer(w.b.token)),
      json('GET', '/v1/support/claims', apiKey(w.b.keySecret)),
    ],
    malformed: (w) =>
      ['state=lost', 'limit=0', 'limit=101', 'other=1'].map((q) =>
        json('GET', `/v1/support/claims?${q}`, bearer(w.a.supportToken)),
      ),
  },
  'POST /v1/claims/:claimId/assign': {
    crossTenant: (w) => asB(w, 'POST', `/v1/claims/${w.a.claimId}/assign`),
    malformed: (w) =>
      malformedIds('POST', '/v1/claims/:claimId/assign', { claimId: w.a.claimId }, bearer(w.a.supportToken)),
  },
  'POST /v1/claims/:claimId/decision': {
    crossTenant: (w) => asB(w, 'POST', `/v1/claims/${w.a.claimId}/decision`, validDecision),
    malformed: (w) => {
      const url = `/v1/claims/${w.a.claimId}/decision`;
      return [
        ...malformedBodies('POST', url, bearer(w.a.supportToken), validDecision, ['outcome', 'amount']),
        ...malformedIds(
          'POST',
          '/v1/claims/:claimId/decision',
          { claimId: w.a.claimId },
          bearer(w.a.supportToken),
          validDecision,
        ),
        ...[
          { outcome: 'upheld', amount: { currency: 'eur', minor: 100 } },
          { outcome: 'upheld', amount: { currency: 'EUR', minor: 0 } },
          { outcome: 'upheld', amount: { currency: 'EUR', minor: 1.5 } },
          { outcome: 'upheld', reason: 'no amount' },
          { outcome: 'rejected', reason: '' },
          { outcome: 'maybe' },
        ].map((payload) => json('POST', url, bearer(w.a.supportToken), payload)),
      ];
    },
  },
  'POST /v1/claims/:claimId/request-info': {
    crossTenant: (w) => asB(w, 'POST', `/v1/claims/${w.a.claimId}/request-info`, { body: 'Photo?' }),
    malformed: (w) => [
      ...malformedBodies('POST', `/v1/claims/${w.a.claimId}/request-info`, bearer(w.a.supportToken), { body: 'x' }, [
        'body',
      ]),
      ...malformedIds('POST', '/v1/claims/:claimId/request-info', { claimId: w.a.claimId }, bearer(w.a.supportToken), {
        body: 'x',
      }),
    ],
  },
  'POST /v1/claims/:claimId/close': {
    crossTenant: (w) => asB(w, 'POST', `/v1/claims/${w.a.claimId}/close`),
    malformed: (w) =>
      malformedIds('POST', '/v1/claims/:claimId/close', { claimId: w.a.claimId }, bearer(w.a.supportToken)),
  },
  'POST /v1/visits/:visitId/support-consent': {
    crossTenant: (w) => asB(w, 'POST', `/v1/visits/${w.a.visitId}/support-consent`, { hours: 24 }),
    malformed: (w) => [
      ...malformedBodies('POST', `/v1/visits/${w.a.visitId}/support-consent`, bearer(w.a.token), { hours: 24 }, []),
      ...malformedIds('POST', '/v1/visits/:visitId/support-consent', { visitId: w.a.visitId }, bearer(w.a.token), {
        hours: 24,
      }),
      ...[0, 73, 1.5].map((hours) =>
        json('POST', `/v1/visits/${w.a.visitId}/support-consent`, bearer(w.a.token), { hours }),
      ),
    ],
  },
  'POST /v1/alerts/:alertId/acknowledge': {
    crossTenant: (w) => asB(w, 'POST', `/v1/alerts/${w.a.alertId}/acknowledge`),
    malformed: (w) =>
      malformedIds('POST', '/v1/alerts/:alertId/acknowledge', { alertId: w.a.alertId }, bearer(w.a.token)),
  },
};
