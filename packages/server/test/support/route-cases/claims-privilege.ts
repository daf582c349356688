import type { InjectOptions } from 'fastify';
import { bearer } from '../app.js';
import { validDecision } from './claims.js';
import type { PrivilegeCase } from './privilege.js';
import { apiKey, type World } from './shared.js';

// What claims could grant (docs/claims.md): support's time-limited access to one visit's clips, and money. Nobody may
// give either to themselves: a customer cannot assign or decide, support cannot open claims, consent for a customer
// or decide a claim that is not theirs, and a carrier cannot act on another carrier's claim.

const post = (url: string, headers: Record<string, string>, payload?: object): InjectOptions => ({
  method: 'POST',
  url,
  headers,
  ...(payload === undefined ? {} : { payload }),
});
const nothing: PrivilegeCase = { grants: 'nothing' };
/** The customer's people, the carrier's courier and key, and another tenant: none of them is support. */
const notSupport = (w: World) => [
  bearer(w.a.token),
  bearer(w.a.residentToken),
  bearer(w.a.courierToken),
  apiKey(w.a.keySecret),
  bearer(w.b.token),
];

export const claimsPrivilegeCases: Record<string, PrivilegeCase> = {
  'POST /v1/visits/:visitId/claims': {
    grants: 'a claim about a visit of the caller’s own home; it opens nothing until support takes it',
    widen: (w) =>
      [bearer(w.a.supportToken), bearer(w.a.courierToken), apiKey(w.a.keySecret), bearer(w.b.token)].map((headers) =>
        post(`/v1/visits/${w.a.visitId}/claims`, headers, { kind: 'privacy', description: 'Let me in' }),
      ),
  },
  'POST /v1/claims/:claimId/assign': {
    grants: 'the assignee’s 24 h access to the claimed visit’s clips, each look logged on the customer’s ledger',
    widen: (w) => notSupport(w).map((headers) => post(`/v1/claims/${w.a.claimId}/assign`, headers)),
  },
  'POST /v1/claims/:claimId/decision': {
    grants: 'an amount owed to the customer',
    // The customer, the carrier and support who has not taken the claim may not decide it.
    widen: (w) =>
      [...notSupport(w), bearer(w.a.supportToken)].map((headers) =>
        post(`/v1/claims/${w.a.claimId}/decision`, headers, validDecision),
      ),
  },
  'POST /v1/visits/:visitId/support-consent': {
    grants: 'support’s access to the visit’s clips, for hours, given by the home’s owner',
    widen: (w) =>
      [
        bearer(w.a.supportToken),
        bearer(w.a.residentToken),
        bearer(w.a.courierToken),
        apiKey(w.a.keySecret),
        bearer(w.b.token),
      ].map((headers) => post(`/v1/visits/${w.a.visitId}/support-consent`, headers, { hours: 72 })),
  },
  'GET /v1/claims/:claimId': nothing,
  'GET /v1/homes/:homeId/claims': nothing,
  'POST /v1/claims/:claimId/messages': nothing,
  'POST /v1/claims/:claimId/photos': nothing,
  'GET /v1/claims/:claimId/photos/:sha256': nothing,
  'GET /v1/support/claims': nothing,
  'POST /v1/claims/:claimId/request-info': { grants: 'nothing', why: 'asks the customer; opens nothing' },
  'POST /v1/claims/:claimId/close': { grants: 'nothing', why: 'closing ends the access a claim gave' },
  'POST /v1/alerts/:alertId/acknowledge': nothing,
};
