import type { paths } from '@threshold/sdk';
import { type ApiResult, newIdempotencyKey, rawBody, settle, threshold } from './client.js';
import type {
  AbortReason,
  AccessPoint,
  Alert,
  Arrival,
  Device,
  Home,
  Items,
  Me,
  Page,
  Position,
  Preferences,
  Stop,
  UnlockOutcome,
  User,
  Visit,
  VisitDetail,
} from './types.js';

// One function per call the app makes, each through the typed SDK (@threshold/sdk, generated from the routes), so a
// changed route fails the type-check here rather than in the browser.

const { api } = threshold;
const homePath = (homeId: string) => ({ path: { homeId } });
const visitPath = (visitId: string) => ({ path: { visitId } });

export const signIn = (email: string, password: string): Promise<ApiResult<{ token: string; user: User }>> =>
  settle(api.POST('/v1/auth/sign-in', { body: { email, password } }));
export const signOut = () => settle<void>(api.POST('/v1/auth/sign-out').then((r) => ({ ...r, data: undefined })));
export const fetchMe = (): Promise<ApiResult<Me>> => settle(api.GET('/v1/me'));

export const listHomes = (signal?: AbortSignal): Promise<ApiResult<Page<Home>>> =>
  settle(api.GET('/v1/homes', { params: { query: { limit: 100 } }, signal }));
export const listAccessPoints = (homeId: string, signal?: AbortSignal): Promise<ApiResult<Items<AccessPoint>>> =>
  settle(api.GET('/v1/homes/{homeId}/access-points', { params: homePath(homeId), signal }));
export const listDevices = (homeId: string, signal?: AbortSignal): Promise<ApiResult<Items<Device>>> =>
  settle(api.GET('/v1/homes/{homeId}/devices', { params: homePath(homeId), signal }));
export const pairDevice = (
  claimCode: string,
  accessPointId: string,
  idempotencyKey = newIdempotencyKey(),
): Promise<ApiResult<Device>> =>
  settle(
    api.POST('/v1/devices/pair', {
      params: { header: { 'idempotency-key': idempotencyKey } },
      body: { claimCode, accessPointId },
    }),
  );

export const fetchPreferences = (homeId: string, signal?: AbortSignal): Promise<ApiResult<Preferences>> =>
  settle(api.GET('/v1/homes/{homeId}/preferences', { params: homePath(homeId), signal }));
export const savePreferences = (homeId: string, preferences: Preferences): Promise<ApiResult<Preferences>> =>
  settle(api.PUT('/v1/homes/{homeId}/preferences', { params: homePath(homeId), body: preferences }));

/** The live stream of a home (server-sent events, docs/api.md); the browser sends the session cookie. */
export const homeEventsUrl = (homeId: string) => `/v1/homes/${encodeURIComponent(homeId)}/events`;
export const clipUrl = (clipId: string) => `/v1/clips/${encodeURIComponent(clipId)}`;

/** What the visit list may be narrowed by: the route's query, less the page size the app sets. */
export type VisitFilter = Omit<NonNullable<paths['/v1/homes/{homeId}/visits']['get']['parameters']['query']>, 'limit'>;

export function listVisits(homeId: string, filter: VisitFilter, signal?: AbortSignal): Promise<ApiResult<Page<Visit>>> {
  const query = Object.fromEntries(Object.entries(filter).filter(([, value]) => value)) as VisitFilter;
  return settle(
    api.GET('/v1/homes/{homeId}/visits', {
      params: { ...homePath(homeId), query: { limit: 25, ...query } },
      signal,
    }),
  );
}
export const fetchVisit = (visitId: string, signal?: AbortSignal): Promise<ApiResult<VisitDetail>> =>
  settle(api.GET('/v1/visits/{visitId}', { params: visitPath(visitId), signal }));
export const listAlerts = (homeId: string, signal?: AbortSignal): Promise<ApiResult<Page<Alert>>> =>
  settle(api.GET('/v1/homes/{homeId}/alerts', { params: { ...homePath(homeId), query: { limit: 50 } }, signal }));

export const courierStops = (signal?: AbortSignal): Promise<ApiResult<Items<Stop>>> =>
  settle(api.GET('/v1/courier/stops', { signal }));
export const arrive = (deliveryId: string, position: Position): Promise<ApiResult<Arrival>> =>
  settle(api.POST('/v1/deliveries/{deliveryId}/arrive', { params: { path: { deliveryId } }, body: { position } }));
export const requestUnlock = (visitId: string): Promise<ApiResult<UnlockOutcome>> =>
  settle(api.POST('/v1/visits/{visitId}/unlock', { params: visitPath(visitId) }));
export const completeVisit = (visitId: string): Promise<ApiResult<Visit>> =>
  settle(api.POST('/v1/visits/{visitId}/complete', { params: visitPath(visitId) }));
export const abortVisit = (visitId: string, reason: AbortReason, note: string): Promise<ApiResult<Visit>> =>
  settle(
    api.POST('/v1/visits/{visitId}/abort', { params: visitPath(visitId), body: { reason, ...(note ? { note } : {}) } }),
  );
export const reattemptLater = (visitId: string): Promise<ApiResult<Visit>> =>
  settle(api.POST('/v1/visits/{visitId}/fallback', { params: visitPath(visitId), body: { method: 'reattempt' } }));
/** A doorstep drop: the photo goes up as the raw JPEG, stored by its hash as evidence. */
export const leaveAtDoorstep = (visitId: string, photo: Blob): Promise<ApiResult<Visit>> =>
  settle(api.POST('/v1/visits/{visitId}/fallback', { params: visitPath(visitId), ...rawBody(photo, 'image/jpeg') }));
