import { nextScheduleOccurrences, type ScheduleInput } from '@threshold/core';
import { Type } from 'typebox';
import { scheduleOf, termsOf } from '../../services/grants/terms.js';
import type { GrantRow, ProviderAlertRow } from '../../store/schema-grants.js';
import { IdSchema, Nullable, Timestamp } from '../schemas.js';

// The shapes of grants on the wire (docs/grants.md "API"): the request bodies and what every grant route answers.

const LocalDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const ScheduleBody = Type.Union([
  Type.Object({ kind: Type.Literal('once'), start: Timestamp, end: Timestamp }, { additionalProperties: false }),
  Type.Object(
    {
      kind: Type.Literal('recurring'),
      rrule: Type.String({
        minLength: 1,
        maxLength: 500,
        description: "RFC 5545 RRULE value, e.g. 'FREQ=WEEKLY;BYDAY=TU'",
      }),
      firstDate: LocalDate,
      startLocal: Type.Optional(Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' })),
      durationMinutes: Type.Integer({ minimum: 1, maximum: 10_080 }),
      exdates: Type.Optional(Type.Array(LocalDate, { maxItems: 366 })),
    },
    { additionalProperties: false },
  ),
]);

const terms = {
  accessPointIds: Type.Array(IdSchema('ap'), { minItems: 1, maxItems: 10 }),
  schedule: ScheduleBody,
  maxVisitMinutes: Type.Integer({ minimum: 1, maximum: 1440, description: 'The longest a visit may last' }),
  cameraRequired: Type.Optional(Type.Boolean({ description: 'Default true' })),
  notes: Type.Optional(Type.String({ maxLength: 2000 })),
};

export const TermsBody = Type.Object(terms, { additionalProperties: false });
export const TermsPatch = Type.Object(
  {
    accessPointIds: Type.Optional(terms.accessPointIds),
    schedule: Type.Optional(terms.schedule),
    maxVisitMinutes: Type.Optional(terms.maxVisitMinutes),
    cameraRequired: terms.cameraRequired,
    notes: terms.notes,
  },
  { additionalProperties: false, minProperties: 1 },
);

export const GranteeBody = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('provider'),
      organisationId: IdSchema('org'),
      workerId: Type.Optional(IdSchema('usr')),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('person'), email: Type.String({ format: 'email', maxLength: 254 }) },
    { additionalProperties: false },
  ),
]);

export const CreateGrantBody = Type.Object({ grantee: GranteeBody, ...terms }, { additionalProperties: false });

const Any = Type.Unknown();
const WindowView = Type.Object({ localDate: Type.String(), start: Timestamp, end: Timestamp });

/** Who the grant lets in: a provider's workers (one of them when `workerId` is set), or a person invited by email. */
const GranteeView = Type.Union([
  Type.Object({
    kind: Type.Literal('provider'),
    organisationId: Type.String(),
    workerId: Nullable(Type.String()),
  }),
  Type.Object({ kind: Type.Literal('person'), email: Type.String(), acceptedAt: Nullable(Type.String()) }),
]);
/** The schedule as the grant was made with it (the request's ScheduleBody). */
const ScheduleView = Type.Union([
  Type.Object({ kind: Type.Literal('once'), start: Type.String(), end: Type.String() }),
  Type.Object({
    kind: Type.Literal('recurring'),
    rrule: Type.String(),
    firstDate: Type.String(),
    startLocal: Type.Optional(Type.String()),
    durationMinutes: Type.Integer(),
    exdates: Type.Optional(Type.Array(Type.String())),
  }),
]);

export const GrantView = Type.Object({
  id: Type.String(),
  homeId: Type.String(),
  version: Type.Integer(),
  status: Type.Union([
    Type.Literal('pending'),
    Type.Literal('active'),
    Type.Literal('paused'),
    Type.Literal('revoked'),
  ]),
  grantee: GranteeView,
  accessPointIds: Type.Array(Type.String()),
  schedule: ScheduleView,
  maxVisitMinutes: Type.Integer(),
  cameraRequired: Type.Boolean(),
  notes: Type.String(),
  nextWindows: Type.Array(WindowView, { description: 'The next windows (up to 5), in progress first' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const GrantDetailView = Type.Object({
  ...GrantView.properties,
  versions: Type.Array(
    Type.Object({ version: Type.Integer(), terms: Any, createdBy: Type.String(), createdAt: Timestamp }),
  ),
});

export const windowsOf = (g: GrantRow, zone: string, fromMs: number, n: number) => {
  const schedule = scheduleOf(termsOf(g), zone);
  return (schedule ? nextScheduleOccurrences(schedule, fromMs, n) : []).map((o) => ({
    localDate: o.localDate,
    start: new Date(o.startMs).toISOString(),
    end: new Date(o.endMs).toISOString(),
  }));
};

const presentSchedule = (s: ScheduleInput) =>
  s.kind === 'recurring' && s.exdates ? { ...s, exdates: [...s.exdates] } : { ...s, exdates: undefined };

export function presentGrant(g: GrantRow, zone: string, nowMs: number) {
  const t = termsOf(g);
  const grantee =
    g.grantee_kind === 'provider'
      ? { kind: 'provider' as const, organisationId: g.organisation_id ?? '', workerId: g.worker_id }
      : { kind: 'person' as const, email: g.person_email ?? '', acceptedAt: g.accepted_at };
  return {
    id: g.id,
    homeId: g.home_id,
    version: g.version,
    status: g.status,
    grantee,
    accessPointIds: t.accessPointIds,
    schedule: presentSchedule(t.schedule),
    maxVisitMinutes: t.maxVisitMinutes,
    cameraRequired: t.cameraRequired,
    notes: t.notes,
    nextWindows: g.status === 'revoked' ? [] : windowsOf(g, zone, nowMs, 5),
    createdAt: g.created_at,
    updatedAt: g.updated_at,
  };
}

export const ProviderAlertView = Type.Object({
  id: Type.String(),
  grantId: Type.String(),
  homeId: Type.String(),
  visitId: Nullable(Type.String()),
  kind: Type.String(),
  message: Type.String(),
  at: Timestamp,
});

export const presentProviderAlert = (a: ProviderAlertRow) => ({
  id: a.id,
  grantId: a.grant_id,
  homeId: a.home_id,
  visitId: a.visit_id,
  kind: a.kind,
  message: a.message,
  at: a.at,
});
