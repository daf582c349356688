import type { ClaimKind, ClaimState } from '@threshold/core';
import { Type } from 'typebox';
import type { ClaimDetail } from '../../services/claims/read.js';
import type { ClaimRow } from '../../store/schema-claims.js';
import { Nullable, Timestamp } from '../schemas.js';

// How a claim is presented (docs/claims.md "API"). The assignee is named to nobody: the customer sees that support
// holds the claim and until when it may watch the visit's clips; the assignee sees `assignedToYou`.

export const ClaimKindSchema = Type.Union([
  Type.Literal('damage'),
  Type.Literal('missing_item'),
  Type.Literal('door_left_open'),
  Type.Literal('privacy'),
  Type.Literal('other'),
]);

const Money = Type.Object({
  currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code' }),
  minor: Type.Integer({ minimum: 1, maximum: 100_000_000, description: 'In minor units (cents)' }),
});

export const Resolution = Type.Union([
  Type.Object({ outcome: Type.Literal('upheld'), amount: Money }, { additionalProperties: false }),
  Type.Object(
    { outcome: Type.Literal('rejected'), reason: Type.String({ minLength: 1, maxLength: 2000 }) },
    { additionalProperties: false },
  ),
]);

export const ClaimView = Type.Object({
  id: Type.String(),
  homeId: Type.String(),
  visitId: Type.String(),
  kind: ClaimKindSchema,
  description: Type.String(),
  state: Type.Union([
    Type.Literal('open'),
    Type.Literal('in_review'),
    Type.Literal('needs_info'),
    Type.Literal('resolved'),
    Type.Literal('closed'),
  ]),
  openedAt: Timestamp,
  updatedAt: Timestamp,
  assignedAt: Nullable(Timestamp),
  accessUntil: Nullable(Type.String({ description: "End of the assignee's access to the visit's clips" })),
  assignedToYou: Type.Boolean(),
  resolution: Nullable(Resolution),
  evidence: Type.Object(
    {
      fromSeq: Type.Integer(),
      toSeq: Type.Integer(),
      headHash: Type.String(),
      entries: Type.Integer(),
    },
    { description: "The visit's ledger entries as they stood when the claim was opened" },
  ),
});

export const ClaimDetailView = Type.Object({
  ...ClaimView.properties,
  alertIds: Type.Array(Type.String()),
  messages: Type.Array(
    Type.Object({
      id: Type.String(),
      from: Type.Union([Type.Literal('customer'), Type.Literal('carrier'), Type.Literal('support')]),
      body: Type.String(),
      at: Timestamp,
    }),
  ),
  photos: Type.Array(
    Type.Object({
      sha256: Type.String(),
      contentType: Type.String(),
      bytes: Type.Integer(),
      at: Timestamp,
      url: Type.String(),
    }),
  ),
  notices: Type.Array(Type.Object({ kind: Type.String(), message: Type.String(), at: Timestamp })),
  visit: Type.Object({
    id: Type.String(),
    state: Type.String(),
    openedAt: Timestamp,
    closedAt: Nullable(Timestamp),
    clipIds: Type.Array(Type.String()),
  }),
});

export function presentClaim(row: ClaimRow, viewerId: string | null) {
  return {
    id: row.id,
    homeId: row.home_id,
    visitId: row.visit_id,
    kind: row.kind as ClaimKind,
    description: row.description,
    state: row.state as ClaimState,
    openedAt: row.created_at,
    updatedAt: row.updated_at,
    assignedAt: row.assigned_at,
    accessUntil: row.access_until,
    assignedToYou: viewerId !== null && row.assignee_id === viewerId,
    resolution: row.resolution ? JSON.parse(row.resolution) : null,
    evidence: {
      fromSeq: Number(row.evidence_from_seq),
      toSeq: Number(row.evidence_to_seq),
      headHash: row.evidence_head_hash,
      entries: Number(row.evidence_entries),
    },
  };
}

export function presentClaimDetail(d: ClaimDetail, viewerId: string | null) {
  return {
    ...presentClaim(d.claim, viewerId),
    alertIds: d.alertIds,
    messages: d.messages.map((m) => ({ id: m.id, from: m.author_role, body: m.body, at: m.at })),
    photos: d.photos.map((p) => ({
      sha256: p.sha256,
      contentType: p.content_type,
      bytes: Number(p.bytes),
      at: p.at,
      url: `/v1/claims/${d.claim.id}/photos/${p.sha256}`,
    })),
    notices: d.notices.map((n) => ({ kind: n.kind, message: n.message, at: n.at })),
    visit: d.visit,
  };
}
