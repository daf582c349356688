import type { FallbackDecision, Visit } from '@threshold/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { clipLooks } from '../../services/ledger-clip-views.js';
import type { ArrivalAnswer } from '../../services/visits/arrive.js';
import type { VisitDeps } from '../../services/visits/deps.js';
import type { VisitDetail } from '../../services/visits/read.js';
import type { UnlockOutcome } from '../../services/visits/unlock.js';
import type { AlertRow } from '../../store/alerts-repo.js';
import type { VisitRow } from '../../store/schema-visits.js';
import { unavailable } from '../problems.js';
import { Nullable, Timestamp } from '../schemas.js';

/** The visit services as the routes use them; 503 when the app runs without a gateway or visit runtime. */
export function visitDepsOf(app: FastifyInstance): VisitDeps {
  const { gateway, visits, clips } = app.deps;
  if (!gateway || !visits) throw unavailable('The device gateway is not running');
  return { ...app.services, ...visits, gateway, blobs: clips };
}

const Any = Type.Unknown();
const CheckView = Type.Object({
  name: Type.String(),
  passed: Type.Boolean(),
  reason: Nullable(Type.String()),
  evidence: Any,
});

export const VisitView = Type.Object({
  id: Type.String(),
  homeId: Type.String(),
  accessPointId: Type.String(),
  deliveryId: Nullable(Type.String()),
  personId: Type.String(),
  state: Type.String(),
  checks: Type.Array(CheckView),
  unverified: Type.Boolean({ description: 'The footage does not cover all the time the door was unlocked' }),
  marks: Type.Array(Type.String(), { description: 'Alerts raised during the visit, in order' }),
  outcome: Nullable(Any),
  openedAt: Timestamp,
  closedAt: Nullable(Timestamp),
  updatedAt: Timestamp,
});

/** The facts of a terminal state: why it failed, how it fell back, why it was aborted. */
function outcomeOf(v: Visit): Record<string, unknown> | null {
  if (v.state === 'failed') return { reason: v.reason, detail: v.detail, boltMayBeOpen: v.boltMayBeOpen };
  if (v.state === 'fallback') return { method: v.method, photo: v.photo };
  if (v.state === 'aborted') return { reason: v.reason, note: v.note };
  return null;
}

export function presentVisit(row: VisitRow, visit: Visit) {
  return {
    id: row.id,
    homeId: row.home_id,
    accessPointId: row.access_point_id,
    deliveryId: row.delivery_id,
    personId: row.person_id,
    state: visit.state,
    checks: 'checks' in visit ? [...visit.checks] : [],
    unverified: visit.marks.unverified,
    marks: [...visit.marks.alerts],
    outcome: outcomeOf(visit),
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    updatedAt: row.updated_at,
  };
}

const FallbackMethod = Type.Union([Type.Literal('doorstep'), Type.Literal('locker'), Type.Literal('reattempt')]);
/** core FallbackDecision: what to do when the door will not open (docs/visits.md "Fallback"); null when it opens. */
const FallbackView = Nullable(
  Type.Union([
    Type.Object({
      kind: Type.Literal('fallback'),
      method: FallbackMethod,
      photoRequired: Type.Boolean(),
      reason: Type.String(),
    }),
    Type.Object({ kind: Type.Literal('retry'), reason: Type.String() }),
  ]),
);

export const ArrivalView = Type.Object({ visit: VisitView, fallback: FallbackView });

export function presentArrival(a: ArrivalAnswer) {
  return { visit: presentVisit(a.applied.row, a.applied.visit), fallback: a.fallback as FallbackDecision | null };
}

export const UnlockView = Type.Object({
  visit: VisitView,
  unlocked: Type.Boolean(),
  lockUnreachable: Type.Boolean(),
  fallback: FallbackView,
});

export function presentUnlock(u: UnlockOutcome) {
  return {
    visit: presentVisit(u.row, u.visit),
    unlocked: u.unlocked,
    lockUnreachable: u.lockUnreachable,
    fallback: u.fallback,
  };
}

export const AlertView = Type.Object({
  id: Type.String(),
  homeId: Type.String(),
  visitId: Nullable(Type.String()),
  kind: Type.String(),
  message: Type.String(),
  at: Timestamp,
  acknowledgedAt: Type.Optional(Nullable(Timestamp)),
});

export const presentAlert = (a: AlertRow) => ({
  id: a.id,
  homeId: a.home_id,
  visitId: a.visit_id,
  kind: a.kind,
  message: a.message,
  at: a.at,
  acknowledgedAt: a.acknowledged_at,
});

export const VisitDetailView = Type.Object({
  ...VisitView.properties,
  timeline: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      at: Timestamp,
      kind: Type.String(),
      data: Type.Object({}, { additionalProperties: true, description: "The ledger entry's JSON object" }),
    }),
  ),
  clips: Type.Array(
    Type.Object({
      id: Type.String(),
      sha256: Type.String(),
      bytes: Type.Integer(),
      durationMs: Type.Integer(),
      startedAt: Timestamp,
      endedAt: Timestamp,
      url: Type.String(),
      expired: Type.Boolean({ description: 'The file was deleted at the end of its retention; the hash stays' }),
      expiredAt: Nullable(Timestamp),
    }),
  ),
  alerts: Type.Array(AlertView),
  photoUrl: Nullable(Type.String({ description: 'The doorstep photo of a parcel left outside' })),
  who: Type.Optional(
    Nullable(
      Type.Object({
        firstName: Type.String({ description: 'First name of the person who came' }),
        carrier: Nullable(Type.String({ description: 'The carrier they delivered for' })),
      }),
    ),
  ),
  grantId: Nullable(Type.String({ description: 'The service grant the visit was made under' })),
  verdict: Nullable(Any),
  clipViews: Type.Array(
    Type.Object({
      by: Type.Union([Type.Literal('Household'), Type.Literal('Support')]),
      clipId: Type.String(),
      claimId: Nullable(Type.String({ description: 'The claim that let support look' })),
      consentId: Nullable(Type.String({ description: "The customer's consent that let support look" })),
      at: Timestamp,
    }),
    { description: "Every logged look at the visit's clips (docs/claims.md)" },
  ),
});

/** The SHA-256 of the doorstep photo of the visit, from its state or its latest `visit.fallback` fact, or null. */
export function photoOf(d: VisitDetail): string | null {
  if (d.visit.state === 'fallback' && d.visit.photo) return d.visit.photo;
  const fact = d.timeline.findLast((e) => e.kind === 'visit.fallback' && typeof e.data.photo === 'string');
  return (fact?.data.photo as string | undefined) ?? null;
}

export function presentDetail(d: VisitDetail) {
  return {
    ...presentVisit(d.row, d.visit),
    timeline: d.timeline,
    clips: d.clips.map((c) => ({
      id: c.id,
      sha256: c.sha256,
      bytes: Number(c.bytes),
      durationMs: Number(c.duration_ms),
      startedAt: c.started_at,
      endedAt: c.ended_at,
      url: `/v1/clips/${c.id}`,
      expired: c.expired_at !== null,
      expiredAt: c.expired_at,
    })),
    alerts: d.alerts.map(presentAlert),
    photoUrl: photoOf(d) === null ? null : `/v1/visits/${d.row.id}/photo`,
    grantId: d.service?.grantId ?? null,
    verdict: d.service?.verdict ?? null,
    clipViews: clipLooks(d.timeline),
  };
}
