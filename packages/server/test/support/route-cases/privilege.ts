import type { InjectOptions } from 'fastify';
import { aHome, bearer } from '../app.js';
import { PUSH_KEY } from '../world.js';
import { buildingsPrivilegeCases } from './buildings.js';
import { aCar } from './cars.js';
import { claimsPrivilegeCases } from './claims-privilege.js';
import { eligibilityPrivilegeCases } from './eligibility.js';
import { grantTerms } from './grants.js';
import { homeDataPrivilegeCases } from './home-data.js';
import { lockersPrivilegeCases } from './lockers.js';
import { apiKey, password, type World } from './shared.js';

/**
 * What each /v1 route could give a caller, keyed like routeCases (DESIGN.md "Trust rules": no caller can widen their
 * own rights). The privilege sweep in http-sweeps.test.ts fails for a route registered without an entry here.
 *
 * - `grants`: the role, kind, membership, key or access the route can create or change, or `nothing` (`why` says
 *   why, where that is not plain).
 * - `widen`: required unless `grants` is `nothing`. Concrete attempts by a caller without the right to give itself (or
 *   its organisation) more than it has. Each must be refused with a 4xx problem, and all of them together must leave
 *   every table as it was.
 */
export interface PrivilegeCase {
  grants: string;
  why?: string;
  widen?: (w: World) => InjectOptions[];
}

const nothing: PrivilegeCase = { grants: 'nothing' };

const post = (url: string, headers: Record<string, string>, payload?: object): InjectOptions => ({
  method: 'POST',
  url,
  headers,
  ...(payload === undefined ? {} : { payload }),
});

const visitStep = (action: string): PrivilegeCase => ({
  grants: "a step of the caller's own visit (the capability opens one door, for minutes)",
  // The home's resident and another carrier's courier are not the visit's courier.
  widen: (w) =>
    [w.a.residentToken, w.b.courierToken].map((token) => post(`/v1/visits/${w.a.visitId}/${action}`, bearer(token))),
});

export const privilegeCases: Record<string, PrivilegeCase> = {
  'POST /v1/auth/sign-up': {
    grants: 'a new customer account that belongs to nothing',
    widen: () =>
      [{ kind: 'staff' }, { role: 'admin' }, { staff: 'support' }].map((extra, i) =>
        post('/v1/auth/sign-up', {}, { email: `widen-${i}@example.test`, name: 'W', password, ...extra }),
      ),
  },
  'POST /v1/auth/sign-in': { grants: 'nothing', why: 'a session of the account whose password is given, no more' },
  'POST /v1/auth/sign-out': nothing,
  'GET /v1/me': nothing,
  'GET /v1/push/vapid-public-key': nothing,
  'GET /v1/me/notification-preferences': nothing,
  'PUT /v1/me/notification-preferences': { grants: 'nothing', why: "the caller's own channels and quiet hours" },
  'GET /v1/me/push-subscriptions': nothing,
  'POST /v1/me/push-subscriptions': {
    grants: "a browser that receives the caller's own notices; an endpoint moves to another person only with its keys",
    // Knowing A's endpoint is not holding A's browser: B, A's resident and B's key may not redirect it to themselves.
    widen: (w) =>
      [bearer(w.b.token), bearer(w.a.residentToken), apiKey(w.b.keySecret)].map((headers) =>
        post('/v1/me/push-subscriptions', headers, {
          endpoint: w.a.pushEndpoint,
          keys: { p256dh: PUSH_KEY, auth: 'BBBBBBBBBBBBBBBBBBBBBB' },
        }),
      ),
  },
  'DELETE /v1/me/push-subscriptions/:subscriptionId': nothing,
  'GET /v1/me/invitations': nothing,
  'POST /v1/me/invitations/:invitationId/accept': {
    grants: 'the membership offered by an open invitation addressed to the caller',
    // A's invitation is addressed to an outsider: nobody else may take it, not even the admin who sent it.
    widen: (w) =>
      [w.b.token, w.a.courierToken, w.a.residentToken, w.a.token].map((token) =>
        post(`/v1/me/invitations/${w.a.invitationId}/accept`, bearer(token)),
      ),
  },
  'POST /v1/me/invitations/:invitationId/decline': nothing,
  'POST /v1/organisations': {
    grants: 'admin of a new organisation of a public kind; a kind is not a role',
    widen: (w) => [
      ...['operator', 'retired_operator', 'staff', 'platform'].map((kind) =>
        post('/v1/organisations', bearer(w.b.token), { name: 'Support', kind }),
      ),
      post('/v1/organisations', bearer(w.b.token), { name: 'Support', kind: 'carrier', role: 'staff' }),
      post('/v1/organisations', apiKey(w.b.keySecret), { name: 'By key', kind: 'carrier' }),
    ],
  },
  'GET /v1/organisations/:organisationId': nothing,
  'POST /v1/organisations/:organisationId/members': {
    grants: 'membership of the organisation, once the invitee accepts; a courier or worker account created by an admin',
    widen: (w) => {
      const members = `/v1/organisations/${w.a.organisationId}/members`;
      return [
        // A courier making itself admin, directly or through a new account.
        post(members, bearer(w.a.courierToken), { email: 'courier-self@example.test', role: 'admin' }),
        post(members, bearer(w.a.courierToken), {
          email: 'fresh-courier@example.test',
          role: 'courier',
          account: { name: 'F', password },
        }),
        // A customer of A's home, and another tenant, adding themselves without an invitation.
        post(members, bearer(w.a.residentToken), { email: w.a.residentEmail, role: 'member' }),
        post(members, bearer(w.b.token), { email: w.b.email, role: 'admin' }),
        // A key adding people; an admin minting an office role with a password it knows.
        post(members, apiKey(w.a.keySecret), { email: w.b.email, role: 'member' }),
        post(members, bearer(w.a.token), {
          email: 'office@example.test',
          role: 'admin',
          account: { name: 'O', password },
        }),
        // The admin is a member already: no second, different role by invitation.
        post(members, bearer(w.a.token), { email: w.a.email, role: 'courier' }),
      ];
    },
  },
  'GET /v1/organisations/:organisationId/members': nothing,
  'POST /v1/organisations/:organisationId/api-keys': {
    grants: 'an API key of the organisation, with scopes from the catalogue; keys never manage people or keys',
    widen: (w) => {
      const keys = `/v1/organisations/${w.a.organisationId}/api-keys`;
      return [
        post(keys, apiKey(w.a.keySecret), { name: 'wider', scopes: ['deliveries:read', 'deliveries:write'] }),
        post(keys, bearer(w.a.courierToken), { name: 'mine', scopes: ['deliveries:read'] }),
        post(keys, bearer(w.a.residentToken), { name: 'mine', scopes: ['deliveries:read'] }),
        post(keys, bearer(w.b.token), { name: 'theirs', scopes: ['deliveries:read'] }),
        ...['admin', '*', 'staff:read', 'homes:read'].map((scope) =>
          post(keys, bearer(w.a.token), { name: 'x', scopes: [scope] }),
        ),
      ];
    },
  },
  'GET /v1/organisations/:organisationId/api-keys': nothing,
  'DELETE /v1/organisations/:organisationId/api-keys/:keyId': { grants: 'nothing', why: 'it only takes a key away' },
  'POST /v1/homes': {
    grants: 'ownership of the new, empty home, to its creator only',
    widen: (w) => [
      post('/v1/homes', bearer(w.b.token), { ...homeFields, members: [{ userId: w.b.userId, role: 'owner' }] }),
      post('/v1/homes', bearer(w.b.token), { ...homeFields, ownerId: w.a.userId }),
      post('/v1/homes', apiKey(w.b.keySecret), homeFields),
    ],
  },
  'GET /v1/homes': nothing,
  'GET /v1/homes/:homeId': nothing,
  'PATCH /v1/homes/:homeId': {
    grants: 'nothing',
    why: "it changes the home's fields; a role is not one of them",
    widen: (w) => [
      {
        method: 'PATCH',
        url: `/v1/homes/${w.a.homeId}`,
        headers: bearer(w.a.residentToken),
        payload: { role: 'owner' },
      },
    ],
  },
  'POST /v1/homes/:homeId/members': {
    grants: 'membership of the home (owner or resident), once the invitee accepts',
    widen: (w) => {
      const members = `/v1/homes/${w.a.homeId}/members`;
      return [
        // A resident making itself owner; a courier, another tenant and a key adding themselves.
        post(members, bearer(w.a.residentToken), { email: w.a.residentEmail, role: 'owner' }),
        post(members, bearer(w.a.courierToken), { email: 'courier-self@example.test', role: 'resident' }),
        post(members, bearer(w.b.token), { email: w.b.email, role: 'owner' }),
        post(members, apiKey(w.a.keySecret), { email: w.b.email, role: 'resident' }),
        // The owner is a member already.
        post(members, bearer(w.a.token), { email: w.a.email, role: 'resident' }),
      ];
    },
  },
  'GET /v1/homes/:homeId/members': nothing,
  'POST /v1/homes/:homeId/access-points': nothing,
  'GET /v1/homes/:homeId/access-points': nothing,
  'PATCH /v1/homes/:homeId/access-points/:accessPointId': nothing,
  'DELETE /v1/homes/:homeId/access-points/:accessPointId': nothing,
  'POST /v1/homes/:homeId/car': {
    grants: "a car-boot access point at the home (couriers of enrolled carriers may open the boot); the owner's only",
    // A's resident, A's courier and B (with a session or a key) may not register a car on A's home.
    widen: (w) =>
      [bearer(w.a.residentToken), bearer(w.a.courierToken), bearer(w.b.token), apiKey(w.b.keySecret)].map((h) =>
        post(`/v1/homes/${w.a.homeId}/car`, h, aCar),
      ),
  },
  'GET /v1/homes/:homeId/car': nothing,
  'PATCH /v1/homes/:homeId/car': {
    grants: 'lifting a block on car access, or allowing more days: the owner only',
    widen: (w) =>
      [bearer(w.a.residentToken), bearer(w.a.courierToken), bearer(w.b.token)].map((headers) => ({
        method: 'PATCH' as const,
        url: `/v1/homes/${w.a.homeId}/car`,
        headers,
        payload: { blocked: false, allowedWeekdays: [1, 2, 3, 4, 5, 6, 7] },
      })),
  },
  'DELETE /v1/homes/:homeId/car': nothing,
  'GET /v1/visits/:visitId/car': {
    grants: "where the customer's car stands, to the courier of a live visit to it only",
    widen: (w) =>
      [w.a.residentToken, w.b.courierToken, w.b.token].map((token) => ({
        method: 'GET' as const,
        url: `/v1/visits/${w.a.visitId}/car`,
        headers: bearer(token),
      })),
  },
  'GET /v1/homes/:homeId/preferences': nothing,
  'PUT /v1/homes/:homeId/preferences': nothing,
  'POST /v1/homes/:homeId/enrolments': {
    grants: 'an organisation the right to book deliveries to the home, given by the home owner',
    widen: (w) => {
      const enrol = `/v1/homes/${w.a.homeId}/enrolments`;
      const body = { organisationId: w.b.organisationId, plan: 'standard' };
      return [
        post(enrol, bearer(w.b.token), body),
        post(enrol, apiKey(w.b.keySecret), body),
        post(enrol, bearer(w.b.courierToken), body),
        post(enrol, bearer(w.a.residentToken), body),
      ];
    },
  },
  'POST /v1/deliveries': {
    grants: 'a delivery, by a carrier, to a home enrolled with it',
    widen: (w) => [
      post('/v1/deliveries', apiKey(w.b.keySecret), {
        homeId: w.a.homeId,
        externalId: 'widen-1',
        window: { start: '2026-11-25T10:00:00Z', end: '2026-11-25T12:00:00Z' },
      }),
    ],
  },
  'GET /v1/deliveries/:deliveryId': nothing,
  'GET /v1/deliveries/:deliveryId/eligibility': nothing,
  'POST /v1/deliveries/:deliveryId/assign': {
    grants: "the carrier's own courier the delivery, and with it a visit to the home",
    widen: (w) => {
      const assign = `/v1/deliveries/${w.a.deliveryId}/assign`;
      // Only a courier of the delivery's carrier: not the home's resident, not another carrier's people.
      return [
        post(assign, apiKey(w.a.keySecret), { courierId: w.a.residentUserId }),
        post(assign, apiKey(w.a.keySecret), { courierId: w.b.userId }),
        post(assign, apiKey(w.b.keySecret), { courierId: w.b.userId }),
        post(assign, bearer(w.a.courierToken), { courierId: w.a.residentUserId }),
      ];
    },
  },
  'POST /v1/deliveries/:deliveryId/reattempt': {
    grants: "another attempt at the carrier's own ended delivery (a new visit may then open)",
    // The courier (who would open the visit), the home's resident and another carrier may not reopen it.
    widen: (w) =>
      [bearer(w.a.courierToken), bearer(w.a.residentToken), bearer(w.b.token), apiKey(w.b.keySecret)].map((h) =>
        post(`/v1/deliveries/${w.a.deliveryId}/reattempt`, h),
      ),
  },
  'POST /v1/deliveries/:deliveryId/arrive': {
    grants: 'a visit to the home, to the courier assigned to the delivery',
    widen: (w) =>
      [w.a.residentToken, w.b.courierToken, w.b.token].map((token) =>
        post(`/v1/deliveries/${w.a.deliveryId}/arrive`, bearer(token), {
          position: { lat: 52.37, lon: 4.89, accuracyMeters: 5 },
        }),
      ),
  },
  'GET /v1/courier/stops': nothing,
  'GET /v1/visits/:visitId': nothing,
  'GET /v1/visits/:visitId/photo': nothing,
  'POST /v1/visits/:visitId/unlock': visitStep('unlock'),
  'POST /v1/visits/:visitId/capability': visitStep('capability'),
  'POST /v1/visits/:visitId/complete': nothing,
  'POST /v1/visits/:visitId/abort': nothing,
  'POST /v1/visits/:visitId/fallback': nothing,
  'GET /v1/homes/:homeId/visits': nothing,
  'GET /v1/homes/:homeId/alerts': nothing,
  'POST /v1/devices/pair': {
    grants: "a device bound to a door of the caller's own home",
    widen: (w) =>
      [w.b.token, w.a.residentToken, w.a.courierToken].map((token) =>
        post('/v1/devices/pair', bearer(token), { claimCode: 'ABCD-EFGH-JKMN', accessPointId: w.a.accessPointId }),
      ),
  },
  'GET /v1/homes/:homeId/devices': nothing,
  'GET /v1/devices/:deviceId': nothing,
  'GET /v1/homes/:homeId/devices/:deviceId/rejections': nothing,
  'GET /v1/device-api/rejections': nothing,
  'PUT /v1/device-uploads/clips/:sha256': {
    grants: 'nothing',
    why: 'a paired device stores a clip it was asked to record',
  },
  'GET /v1/homes/:homeId/ledger': nothing,
  'GET /v1/homes/:homeId/ledger/verify': nothing,
  'GET /v1/homes/:homeId/ledger/checkpoints/latest': nothing,
  'GET /v1/homes/:homeId/ledger/checkpoints': nothing,
  'GET /v1/homes/:homeId/ledger/consistency': nothing,
  'GET /v1/visits/:visitId/evidence': nothing,
  'GET /v1/platform/keys': nothing,
  'GET /v1/homes/:homeId/events': nothing,
  'GET /v1/clips/:clipId': nothing,
  'POST /v1/webhook-endpoints': {
    grants: 'nothing',
    why: "an endpoint receives only its own organisation's events; it reads nothing else",
    widen: (w) => [
      // Another organisation's events, a member who is not an admin, a key without webhooks:write.
      post('/v1/webhook-endpoints', bearer(w.b.token), {
        organisationId: w.a.organisationId,
        url: 'https://93.184.216.34/hooks',
        eventTypes: ['*'],
      }),
      post('/v1/webhook-endpoints', bearer(w.a.courierToken), {
        organisationId: w.a.organisationId,
        url: 'https://93.184.216.34/hooks',
        eventTypes: ['*'],
      }),
      post('/v1/webhook-endpoints', apiKey(w.a.keySecret), { url: 'https://93.184.216.34/hooks', eventTypes: ['*'] }),
    ],
  },
  'GET /v1/webhook-endpoints': nothing,
  'GET /v1/webhook-endpoints/:endpointId': nothing,
  'PATCH /v1/webhook-endpoints/:endpointId': {
    grants: 'nothing',
    why: "it changes the endpoint's URL, event types and state; the organisation is not one of them",
    widen: (w) => [
      {
        method: 'PATCH',
        url: `/v1/webhook-endpoints/${w.a.webhookEndpointId}`,
        headers: bearer(w.a.token),
        payload: { organisationId: w.b.organisationId },
      },
      {
        method: 'PATCH',
        url: `/v1/webhook-endpoints/${w.a.webhookEndpointId}`,
        headers: bearer(w.a.courierToken),
        payload: { eventTypes: ['*'] },
      },
    ],
  },
  'DELETE /v1/webhook-endpoints/:endpointId': { grants: 'nothing', why: 'it only takes an endpoint away' },
  'POST /v1/webhook-endpoints/:endpointId/rotate-secret': {
    grants: "a new signing secret of the organisation's own endpoint, to its admin or key",
    widen: (w) =>
      [bearer(w.a.courierToken), bearer(w.a.residentToken), bearer(w.b.token), apiKey(w.a.keySecret)].map((h) =>
        post(`/v1/webhook-endpoints/${w.a.webhookEndpointId}/rotate-secret`, h),
      ),
  },
  'GET /v1/webhook-endpoints/:endpointId/attempts': nothing,
  'POST /v1/webhook-endpoints/:endpointId/replay': {
    grants: 'nothing',
    why: "it queues the organisation's own messages again, for its own endpoint",
    widen: (w) =>
      [bearer(w.a.courierToken), bearer(w.b.token), apiKey(w.b.keySecret)].map((h) =>
        post(`/v1/webhook-endpoints/${w.a.webhookEndpointId}/replay`, h, { since: '2026-01-01T00:00:00Z' }),
      ),
  },
  'POST /v1/homes/:homeId/grants': {
    grants: "access to the home's doors on a schedule, given by an owner of the home only",
    // A resident, a courier and another tenant try to lend A's door (to themselves, by email).
    widen: (w) =>
      [w.a.residentToken, w.a.courierToken, w.b.token].map((token) =>
        post(`/v1/homes/${w.a.homeId}/grants`, bearer(token), {
          grantee: { kind: 'person', email: 'self@example.test' },
          ...grantTerms(w),
        }),
      ),
  },
  'GET /v1/homes/:homeId/grants': nothing,
  'GET /v1/grants/:grantId': nothing,
  'PUT /v1/grants/:grantId': {
    grants: "new terms of a grant (its doors and hours), by an owner of the grant's home only",
    widen: (w) =>
      [w.a.residentToken, w.a.courierToken].map((token) => ({
        method: 'PUT' as const,
        url: '/v1/grants/grant_notyours',
        headers: bearer(token),
        payload: grantTerms(w),
      })),
  },
  'PATCH /v1/grants/:grantId': {
    grants: 'new terms of a grant, by an owner of its home only',
    widen: (w) =>
      [w.a.residentToken, w.a.courierToken].map((token) => ({
        method: 'PATCH' as const,
        url: '/v1/grants/grant_notyours',
        headers: bearer(token),
        payload: { maxVisitMinutes: 1440 },
      })),
  },
  'POST /v1/grants/:grantId/pause': nothing,
  'POST /v1/grants/:grantId/resume': {
    grants: 'a paused grant back in force, by an owner of its home only',
    widen: (w) => [w.a.courierToken, w.b.token].map((token) => post('/v1/grants/grant_notyours/resume', bearer(token))),
  },
  'POST /v1/grants/:grantId/revoke': nothing,
  'POST /v1/grants/:grantId/accept': {
    grants: 'the use of a grant offered to the caller by email, once accepted',
    widen: (w) =>
      [w.a.token, w.a.residentToken, w.b.courierToken].map((token) =>
        post('/v1/grants/grant_notyours/accept', bearer(token)),
      ),
  },
  'POST /v1/grants/:grantId/check-in': {
    grants: 'a visit under a grant that names the caller (the door opens only through the visit unlock)',
    widen: (w) =>
      [w.a.residentToken, w.b.courierToken].map((token) =>
        post('/v1/grants/grant_notyours/check-in', bearer(token), {
          position: { lat: aHome.lat, lon: aHome.lon, accuracyMeters: 5 },
        }),
      ),
  },
  'POST /v1/visits/:visitId/check-out': nothing,
  'GET /v1/grants/:grantId/visits': nothing,
  'POST /v1/grants/:grantId/cant-come': { grants: 'nothing', why: 'an alert to the customer; the grant is unchanged' },
  'GET /v1/me/grants': nothing,
  'GET /v1/me/windows': nothing,
  'GET /v1/organisations/:organisationId/grants': nothing,
  'GET /v1/organisations/:organisationId/alerts': nothing,
  ...claimsPrivilegeCases,
  ...homeDataPrivilegeCases,
  ...lockersPrivilegeCases,
  ...buildingsPrivilegeCases,
  ...eligibilityPrivilegeCases,
};

const homeFields = { ...aHome, name: 'Mine' };
