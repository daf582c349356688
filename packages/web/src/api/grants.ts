import type { RequestBodyOf, ResponseOf } from '@threshold/sdk';
import { settle, threshold } from './client.js';
import type { Position } from './types.js';

// Service grants (docs/grants.md "API"): the owner's calls, and the worker's windows, check-in and check-out, through
// the typed SDK; every shape is the route's own.

const { api } = threshold;
const grantPath = (grantId: string) => ({ params: { path: { grantId } } });
const visitPath = (visitId: string) => ({ params: { path: { visitId } } });

export type Grant = ResponseOf<'/v1/homes/{homeId}/grants', 'get'>['items'][number];
export type GrantStatus = Grant['status'];
export type Grantee = Grant['grantee'];
export type GrantWindow = Grant['nextWindows'][number];
export type NewGrant = RequestBodyOf<'/v1/homes/{homeId}/grants', 'post'>;
export type ScheduleInput = NewGrant['schedule'];
export type GrantVisit = ResponseOf<'/v1/grants/{grantId}/visits', 'get'>['items'][number];
export type Verdict = NonNullable<GrantVisit['verdict']>;
export type Expectation = Verdict['expectations'][number];
export type MyWindow = ResponseOf<'/v1/me/windows', 'get'>['items'][number];

export const listHomeGrants = (homeId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/homes/{homeId}/grants', { params: { path: { homeId } }, signal }));
export const createGrant = (homeId: string, body: NewGrant) =>
  settle(api.POST('/v1/homes/{homeId}/grants', { params: { path: { homeId } }, body }));

const MOVES = {
  pause: (grantId: string) => api.POST('/v1/grants/{grantId}/pause', grantPath(grantId)),
  resume: (grantId: string) => api.POST('/v1/grants/{grantId}/resume', grantPath(grantId)),
  revoke: (grantId: string) => api.POST('/v1/grants/{grantId}/revoke', grantPath(grantId)),
};
export const moveGrant = (grantId: string, move: keyof typeof MOVES) => settle(MOVES[move](grantId));
export const listGrantVisits = (grantId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/grants/{grantId}/visits', { ...grantPath(grantId), signal }));

export const myWindows = (signal?: AbortSignal) =>
  settle(api.GET('/v1/me/windows', { params: { query: { days: 1 } }, signal }));
export const checkIn = (grantId: string, position: Position) =>
  settle(api.POST('/v1/grants/{grantId}/check-in', { ...grantPath(grantId), body: { position } }));
export const unlockVisit = (visitId: string) => settle(api.POST('/v1/visits/{visitId}/unlock', visitPath(visitId)));
export const checkOut = (visitId: string) => settle(api.POST('/v1/visits/{visitId}/check-out', visitPath(visitId)));
export const cantCome = (grantId: string, localDate: string, note: string) =>
  settle(
    api.POST('/v1/grants/{grantId}/cant-come', {
      ...grantPath(grantId),
      body: { localDate, ...(note ? { note } : {}) },
    }),
  );
