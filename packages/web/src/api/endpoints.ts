import { get, newIdempotencyKey, post, put, request } from './client.js';
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

// One function per call the app makes, typed by what the route answers (GET /openapi.json).

const home = (homeId: string) => `/v1/homes/${encodeURIComponent(homeId)}`;

export const signIn = (email: string, password: string) =>
  post<{ token: string; user: User }>('/v1/auth/sign-in', { email, password });
export const signOut = () => post<void>('/v1/auth/sign-out');
export const fetchMe = () => get<Me>('/v1/me');

export const listHomes = (signal?: AbortSignal) => get<Page<Home>>('/v1/homes?limit=100', signal);
export const listAccessPoints = (homeId: string, signal?: AbortSignal) =>
  get<Items<AccessPoint>>(`${home(homeId)}/access-points`, signal);
export const listDevices = (homeId: string, signal?: AbortSignal) =>
  get<Items<Device>>(`${home(homeId)}/devices`, signal);
export const pairDevice = (claimCode: string, accessPointId: string, idempotencyKey = newIdempotencyKey()) =>
  post<Device>('/v1/devices/pair', { claimCode, accessPointId }, idempotencyKey);

export const fetchPreferences = (homeId: string, signal?: AbortSignal) =>
  get<Preferences>(`${home(homeId)}/preferences`, signal);
export const savePreferences = (homeId: string, preferences: Preferences) =>
  put<Preferences>(`${home(homeId)}/preferences`, preferences);

/** The live stream of a home (server-sent events, docs/api.md); the browser sends the session cookie. */
export const homeEventsUrl = (homeId: string) => `${home(homeId)}/events`;
export const clipUrl = (clipId: string) => `/v1/clips/${encodeURIComponent(clipId)}`;

export interface VisitFilter {
  state?: string;
  from?: string;
  to?: string;
  after?: string;
}

export function listVisits(homeId: string, filter: VisitFilter, signal?: AbortSignal) {
  const query = new URLSearchParams({ limit: '25' });
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, value);
  return get<Page<Visit>>(`${home(homeId)}/visits?${query}`, signal);
}
export const fetchVisit = (visitId: string, signal?: AbortSignal) => get<VisitDetail>(`/v1/visits/${visitId}`, signal);
export const listAlerts = (homeId: string, signal?: AbortSignal) =>
  get<Page<Alert>>(`${home(homeId)}/alerts?limit=50`, signal);

export const courierStops = (signal?: AbortSignal) => get<Items<Stop>>('/v1/courier/stops', signal);
export const arrive = (deliveryId: string, position: Position) =>
  post<Arrival>(`/v1/deliveries/${encodeURIComponent(deliveryId)}/arrive`, { position });
const visitStep = <T>(visitId: string, step: string, body?: unknown) =>
  post<T>(`/v1/visits/${encodeURIComponent(visitId)}/${step}`, body);
export const requestUnlock = (visitId: string) => visitStep<UnlockOutcome>(visitId, 'unlock');
export const completeVisit = (visitId: string) => visitStep<Visit>(visitId, 'complete');
export const abortVisit = (visitId: string, reason: AbortReason, note: string) =>
  visitStep<Visit>(visitId, 'abort', { reason, ...(note ? { note } : {}) });
export const reattemptLater = (visitId: string) => visitStep<Visit>(visitId, 'fallback', { method: 'reattempt' });
/** A doorstep drop: the photo goes up as the raw JPEG, stored by its hash as evidence. */
export const leaveAtDoorstep = (visitId: string, photo: Blob) =>
  request<Visit>('POST', `/v1/visits/${encodeURIComponent(visitId)}/fallback`, {
    raw: photo,
    contentType: 'image/jpeg',
  });
