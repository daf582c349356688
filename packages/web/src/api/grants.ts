import { get, post } from './client.js';
import type { Items, Position, UnlockOutcome, Visit } from './types.js';

// Service grants (docs/grants.md "API"): the owner's calls, and the worker's windows, check-in and check-out.

export type GrantStatus = 'pending' | 'active' | 'paused' | 'revoked';

export type Grantee =
  | { kind: 'provider'; organisationId: string; workerId?: string | null }
  | { kind: 'person'; email: string; acceptedAt?: string | null };

export type ScheduleInput =
  | { kind: 'once'; start: string; end: string }
  | {
      kind: 'recurring';
      rrule: string;
      firstDate: string;
      startLocal?: string;
      durationMinutes: number;
      exdates?: string[];
    };

export interface GrantWindow {
  localDate: string;
  start: string;
  end: string;
}

export interface Grant {
  id: string;
  homeId: string;
  version: number;
  status: GrantStatus;
  grantee: Grantee;
  accessPointIds: string[];
  schedule: ScheduleInput;
  maxVisitMinutes: number;
  cameraRequired: boolean;
  notes: string;
  nextWindows: GrantWindow[];
  createdAt: string;
  updatedAt: string;
}

export interface NewGrant {
  grantee: { kind: 'provider'; organisationId: string } | { kind: 'person'; email: string };
  accessPointIds: string[];
  schedule: ScheduleInput;
  maxVisitMinutes: number;
  cameraRequired?: boolean;
  notes?: string;
}

export interface Expectation {
  name: 'in_window' | 'max_duration' | 'door_relocked' | 'camera_recording' | 'checked_out';
  outcome: 'kept' | 'broken' | 'not_applicable';
  reason: string | null;
}

export interface Verdict {
  verdict: 'kept' | 'broken';
  expectations: Expectation[];
  judgedAtMs: number;
}

export interface GrantVisit {
  visitId: string;
  state: string;
  openedAt: string;
  closedAt: string | null;
  window: { start: string; end: string } | null;
  checkedOutAt: string | null;
  verdict: Verdict | null;
}

export interface MyWindow {
  grantId: string;
  homeId: string;
  homeName: string;
  address: string;
  location: { lat: number; lon: number };
  accessPointIds: string[];
  localDate: string;
  start: string;
  end: string;
  maxVisitMinutes: number;
  notes: string;
}

const grant = (grantId: string) => `/v1/grants/${encodeURIComponent(grantId)}`;

export const listHomeGrants = (homeId: string, signal?: AbortSignal) =>
  get<Items<Grant>>(`/v1/homes/${encodeURIComponent(homeId)}/grants`, signal);
export const createGrant = (homeId: string, body: NewGrant) =>
  post<Grant>(`/v1/homes/${encodeURIComponent(homeId)}/grants`, body);
export const moveGrant = (grantId: string, move: 'pause' | 'resume' | 'revoke') =>
  post<Grant>(`${grant(grantId)}/${move}`);
export const listGrantVisits = (grantId: string, signal?: AbortSignal) =>
  get<Items<GrantVisit>>(`${grant(grantId)}/visits`, signal);

export const myWindows = (signal?: AbortSignal) => get<Items<MyWindow>>('/v1/me/windows?days=1', signal);
export const checkIn = (grantId: string, position: Position) =>
  post<{ visit: Visit }>(`${grant(grantId)}/check-in`, { position });
export const unlockVisit = (visitId: string) => post<UnlockOutcome>(`/v1/visits/${encodeURIComponent(visitId)}/unlock`);
export const checkOut = (visitId: string) =>
  post<{ visit: Visit; verdict: Verdict | null }>(`/v1/visits/${encodeURIComponent(visitId)}/check-out`);
export const cantCome = (grantId: string, localDate: string, note: string) =>
  post<{ alertId: string; message: string; at: string }>(`${grant(grantId)}/cant-come`, {
    localDate,
    ...(note ? { note } : {}),
  });
