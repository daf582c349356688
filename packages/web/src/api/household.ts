import type { ResponseOf } from '@threshold/sdk';
import { settle, threshold } from './client.js';

// The people of a home and the signed-in person's invitations (docs/api.md "Invitations"), through the typed SDK.

const { api } = threshold;

export type Member = ResponseOf<'/v1/homes/{homeId}/members', 'get'>['items'][number];
export type Invitation = ResponseOf<'/v1/me/invitations', 'get'>['items'][number];

export const listMembers = (homeId: string, signal?: AbortSignal) =>
  settle(api.GET('/v1/homes/{homeId}/members', { params: { path: { homeId } }, signal }));
export const inviteResident = (homeId: string, email: string) =>
  settle(api.POST('/v1/homes/{homeId}/members', { params: { path: { homeId } }, body: { email, role: 'resident' } }));
export const listInvitations = (signal?: AbortSignal) => settle(api.GET('/v1/me/invitations', { signal }));
export const acceptInvitation = (invitationId: string) =>
  settle(api.POST('/v1/me/invitations/{invitationId}/accept', { params: { path: { invitationId } } }));
