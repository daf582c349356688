import { bearer } from '../app.js';
import { malformedIds } from '../malformed.js';
import { apiKey, type RouteCase } from './shared.js';

/** The ledger, evidence, platform keys, live events and clips. */
export const recordsCases: Record<string, RouteCase> = {
  'GET /v1/homes/:homeId/ledger': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/ledger`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/ledger`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) => [
      ...malformedIds('GET', '/v1/homes/:homeId/ledger', { homeId: w.a.homeId }, bearer(w.a.token)),
      ...['afterSeq=-1', 'afterSeq=x', 'after=x', 'after=-1', 'limit=0', 'limit=501', 'limit=1.5', 'other=1'].map(
        (q) => ({
          method: 'GET' as const,
          url: `/v1/homes/${w.a.homeId}/ledger?${q}`,
          headers: bearer(w.a.token),
        }),
      ),
    ],
  },
  'GET /v1/homes/:homeId/ledger/verify': {
    crossTenant: (w) => [{ method: 'GET', url: `/v1/homes/${w.a.homeId}/ledger/verify`, headers: bearer(w.b.token) }],
    malformed: (w) => malformedIds('GET', '/v1/homes/:homeId/ledger/verify', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'GET /v1/homes/:homeId/ledger/checkpoints/latest': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/ledger/checkpoints/latest`, headers: bearer(w.b.token) },
    ],
    malformed: (w) =>
      malformedIds('GET', '/v1/homes/:homeId/ledger/checkpoints/latest', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'GET /v1/homes/:homeId/ledger/checkpoints': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/ledger/checkpoints`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/ledger/checkpoints`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) => [
      ...malformedIds('GET', '/v1/homes/:homeId/ledger/checkpoints', { homeId: w.a.homeId }, bearer(w.a.token)),
      ...['after=x', 'after=', 'limit=0', 'limit=101', 'other=1'].map((q) => ({
        method: 'GET' as const,
        url: `/v1/homes/${w.a.homeId}/ledger/checkpoints?${q}`,
        headers: bearer(w.a.token),
      })),
    ],
  },
  'GET /v1/homes/:homeId/ledger/consistency': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/ledger/consistency?from=0&to=0`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/ledger/consistency?from=0&to=0`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) => [
      ...malformedIds(
        'GET',
        '/v1/homes/:homeId/ledger/consistency?from=0&to=0',
        { homeId: w.a.homeId },
        bearer(w.a.token),
      ),
      ...['', 'from=1', 'to=1', 'from=-1&to=1', 'from=x&to=1', 'from=1.5&to=2', 'from=2&to=1', 'from=0&to=0&x=1'].map(
        (q) => ({
          method: 'GET' as const,
          url: `/v1/homes/${w.a.homeId}/ledger/consistency?${q}`,
          headers: bearer(w.a.token),
        }),
      ),
    ],
  },
  'GET /v1/visits/:visitId/evidence': {
    // The world has no visits; an id of the right shape is refused like another tenant's (ledger/clips tests).
    crossTenant: (w) => [{ method: 'GET', url: `/v1/visits/${w.a.visitId}/evidence`, headers: bearer(w.b.token) }],
    malformed: (w) => [
      ...malformedIds('GET', '/v1/visits/:visitId/evidence', { visitId: w.a.visitId }, bearer(w.a.token)),
      ...['since=-1', 'since=x', 'other=1'].map((q) => ({
        method: 'GET' as const,
        url: `/v1/visits/${w.a.visitId}/evidence?${q}`,
        headers: bearer(w.a.token),
      })),
    ],
  },
  'GET /v1/platform/keys': { crossTenant: { none: 'public keys, the same for everyone' } },
  'GET /v1/homes/:homeId/events': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/events`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/homes/${w.a.homeId}/events`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) => malformedIds('GET', '/v1/homes/:homeId/events', { homeId: w.a.homeId }, bearer(w.a.token)),
  },
  'GET /v1/clips/:clipId': {
    crossTenant: (w) => [{ method: 'GET', url: '/v1/clips/clip_notyours', headers: bearer(w.b.token) }],
    malformed: (w) => malformedIds('GET', '/v1/clips/:clipId', { clipId: 'clip_x' }, bearer(w.a.token)),
  },
};
