import { bearer } from '../app.js';
import { malformedBodies, malformedIds } from '../malformed.js';
import { apiKey, password, type RouteCase } from './shared.js';

/** Accounts, sessions, organisations, members and API keys. */
export const accountsCases: Record<string, RouteCase> = {
  'POST /v1/auth/sign-up': {
    crossTenant: { none: 'creates a new account; takes no id' },
    malformed: () =>
      malformedBodies('POST', '/v1/auth/sign-up', {}, { email: 'new@example.test', name: 'N', password }, [
        'email',
        'name',
        'password',
      ]),
  },
  'POST /v1/auth/sign-in': {
    crossTenant: { none: 'takes credentials, not ids' },
    malformed: (w) =>
      malformedBodies('POST', '/v1/auth/sign-in', {}, { email: w.a.email, password }, ['email', 'password']),
  },
  'POST /v1/auth/sign-out': { crossTenant: { none: "ends the caller's own session" } },
  'GET /v1/me': { crossTenant: { none: 'the caller itself' } },
  'GET /v1/me/invitations': { crossTenant: { none: "the caller's own invitations" } },
  ...Object.fromEntries(
    (['accept', 'decline'] as const).map((answer) => [
      `POST /v1/me/invitations/:invitationId/${answer}`,
      {
        // A's open invitation is addressed to an outsider: B, by session or key, may neither take nor spoil it.
        crossTenant: (w) => [
          { method: 'POST', url: `/v1/me/invitations/${w.a.invitationId}/${answer}`, headers: bearer(w.b.token) },
          { method: 'POST', url: `/v1/me/invitations/${w.a.invitationId}/${answer}`, headers: apiKey(w.b.keySecret) },
        ],
        malformed: (w) =>
          malformedIds(
            'POST',
            `/v1/me/invitations/:invitationId/${answer}`,
            { invitationId: w.a.invitationId },
            bearer(w.a.token),
          ),
      } satisfies RouteCase,
    ]),
  ),
  'POST /v1/organisations': {
    crossTenant: { none: 'creates an organisation owned by the caller' },
    malformed: (w) =>
      malformedBodies('POST', '/v1/organisations', bearer(w.a.token), { name: 'X', kind: 'carrier' }, ['name', 'kind']),
  },
  'GET /v1/organisations/:organisationId': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/organisations/${w.a.organisationId}`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/organisations/${w.a.organisationId}`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) =>
      malformedIds(
        'GET',
        '/v1/organisations/:organisationId',
        { organisationId: w.a.organisationId },
        bearer(w.a.token),
      ),
  },
  'POST /v1/organisations/:organisationId/members': {
    crossTenant: (w) => [
      {
        method: 'POST',
        url: `/v1/organisations/${w.a.organisationId}/members`,
        headers: bearer(w.b.token),
        payload: { email: w.b.email, role: 'admin' },
      },
    ],
    malformed: (w) => [
      ...malformedBodies(
        'POST',
        `/v1/organisations/${w.a.organisationId}/members`,
        bearer(w.a.token),
        { email: 'courier@example.test', role: 'courier', account: { name: 'C', password } },
        ['email', 'role'],
      ),
      ...malformedIds(
        'POST',
        '/v1/organisations/:organisationId/members',
        { organisationId: w.a.organisationId },
        bearer(w.a.token),
        {
          email: 'courier@example.test',
          role: 'courier',
          account: { name: 'C', password },
        },
      ),
    ],
  },
  'GET /v1/organisations/:organisationId/members': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/organisations/${w.a.organisationId}/members`, headers: bearer(w.b.token) },
    ],
    malformed: (w) =>
      malformedIds(
        'GET',
        '/v1/organisations/:organisationId/members',
        { organisationId: w.a.organisationId },
        bearer(w.a.token),
      ),
  },
  'POST /v1/organisations/:organisationId/api-keys': {
    crossTenant: (w) => [
      {
        method: 'POST',
        url: `/v1/organisations/${w.a.organisationId}/api-keys`,
        headers: bearer(w.b.token),
        payload: { name: 'stolen', scopes: ['deliveries:write'] },
      },
    ],
    malformed: (w) => [
      ...malformedBodies(
        'POST',
        `/v1/organisations/${w.a.organisationId}/api-keys`,
        bearer(w.a.token),
        { name: 'k', scopes: ['deliveries:read'] },
        ['name', 'scopes'],
      ),
      ...['nope:nope', ''].map((scope) => ({
        method: 'POST' as const,
        url: `/v1/organisations/${w.a.organisationId}/api-keys`,
        headers: bearer(w.a.token),
        payload: { name: 'k', scopes: [scope] },
      })),
      ...malformedIds(
        'POST',
        '/v1/organisations/:organisationId/api-keys',
        { organisationId: w.a.organisationId },
        bearer(w.a.token),
        {
          name: 'k',
          scopes: ['deliveries:read'],
        },
      ),
    ],
  },
  'GET /v1/organisations/:organisationId/api-keys': {
    crossTenant: (w) => [
      { method: 'GET', url: `/v1/organisations/${w.a.organisationId}/api-keys`, headers: bearer(w.b.token) },
      { method: 'GET', url: `/v1/organisations/${w.a.organisationId}/api-keys`, headers: apiKey(w.b.keySecret) },
    ],
    malformed: (w) =>
      malformedIds(
        'GET',
        '/v1/organisations/:organisationId/api-keys',
        { organisationId: w.a.organisationId },
        bearer(w.a.token),
      ),
  },
  'DELETE /v1/organisations/:organisationId/api-keys/:keyId': {
    crossTenant: (w) => [
      {
        method: 'DELETE',
        url: `/v1/organisations/${w.a.organisationId}/api-keys/${w.a.keyId}`,
        headers: bearer(w.b.token),
      },
      // B's own organisation with A's key id: ids are scoped to their parent.
      {
        method: 'DELETE',
        url: `/v1/organisations/${w.b.organisationId}/api-keys/${w.a.keyId}`,
        headers: bearer(w.b.token),
      },
    ],
    malformed: (w) =>
      malformedIds(
        'DELETE',
        '/v1/organisations/:organisationId/api-keys/:keyId',
        { organisationId: w.a.organisationId, keyId: w.a.keyId },
        bearer(w.a.token),
      ),
  },
};
