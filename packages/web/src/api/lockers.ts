import type { ResponseOf } from '@threshold/sdk';
import { newIdempotencyKey, settle, threshold } from './client.js';

// Parcel lockers (docs/lockers.md) through the typed SDK: the operator's sites, compartments, alerts and openings,
// and the customer's parcels, pickup codes and holds.

const { api } = threshold;

export type LockerSite = ResponseOf<'/v1/locker-sites', 'get'>['items'][number];
export type SiteDetail = ResponseOf<'/v1/locker-sites/{siteId}', 'get'>;
export type Compartment = SiteDetail['compartments'][number];
export type LockerAlert = SiteDetail['alerts'][number];
export type OpenRequest = ResponseOf<'/v1/locker-open-requests/{requestId}/approve', 'post'>;
export type ListedOpenRequest = ResponseOf<'/v1/locker-sites/{siteId}/open-requests', 'get'>['items'][number];
export type Parcel = ResponseOf<'/v1/homes/{homeId}/locker-reservations', 'get'>['items'][number];
export type PickupCode = ResponseOf<'/v1/locker-reservations/{reservationId}/pickup-code', 'post', 201>;

const reservation = (reservationId: string) => ({ path: { reservationId } });

export const listSites = (signal?: AbortSignal) => settle(api.GET('/v1/locker-sites', { signal }));
export const fetchSite = (siteId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/locker-sites/{siteId}', { params: { path: { siteId } }, signal }));
/** Opens one compartment at once, or asks a second admin for more; the key makes a retried submit ask once. */
export const requestOpening = (siteId: string, compartmentIds: string[], reason: string, key = newIdempotencyKey()) =>
  settle(
    api.POST('/v1/locker-sites/{siteId}/open-requests', {
      params: { path: { siteId }, header: { 'idempotency-key': key } },
      body: { compartmentIds, reason },
    }),
  );
/** A site's operator openings waiting for a second admin, newest first, with the compartments each names. */
export const listPendingOpenings = (siteId: string, signal?: AbortSignal) =>
  settle(
    api.GET('/v1/locker-sites/{siteId}/open-requests', {
      params: { path: { siteId }, query: { status: 'pending' } },
      signal,
    }),
  );
export const approveOpening = (requestId: string) =>
  settle(api.POST('/v1/locker-open-requests/{requestId}/approve', { params: { path: { requestId } } }));
/** A reservation as its operator sees it (whether a compartment is still locked out). */
export const fetchReservation = (reservationId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/locker-reservations/{reservationId}', { params: reservation(reservationId), signal }));
export const liftLockout = (reservationId: string) =>
  settle(api.POST('/v1/locker-reservations/{reservationId}/lift-lockout', { params: reservation(reservationId) }));

export const listParcels = (homeId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/homes/{homeId}/locker-reservations', { params: { path: { homeId } }, signal }));
/** A new pickup code, answered once: the platform keeps only a salted MAC of it. */
export const issuePickupCode = (reservationId: string) =>
  settle(api.POST('/v1/locker-reservations/{reservationId}/pickup-code', { params: reservation(reservationId) }));
export const holdParcel = (reservationId: string, until: string) =>
  settle(
    api.POST('/v1/locker-reservations/{reservationId}/hold', { params: reservation(reservationId), body: { until } }),
  );
