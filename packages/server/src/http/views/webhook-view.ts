import { Type } from 'typebox';
import { WEBHOOK_EVENT_TYPES } from '../../webhooks/events.js';
import { Nullable, Timestamp } from '../schemas.js';

const escaped = WEBHOOK_EVENT_TYPES.map((t) => t.replaceAll('.', '\\.').replace('*', '\\*'));

/** A known event type, `grant.*`, any `grant.<word>`, or `*` (docs/webhooks.md "Events"). */
export const EventTypeSchema = Type.String({
  pattern: `^(${escaped.join('|')}|grant\\.[a-z_]+)$`,
  maxLength: 60,
  description: `One of ${WEBHOOK_EVENT_TYPES.join(', ')}, or grant.<event>`,
});

export const WebhookEndpointView = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  url: Type.String(),
  description: Type.String(),
  eventTypes: Type.Array(Type.String()),
  enabled: Type.Boolean(),
  disabled: Nullable(Type.Object({ reason: Type.String(), at: Timestamp })),
  failingSince: Nullable(Timestamp),
  previousSecretValidUntil: Nullable(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const WebhookAttemptView = Type.Object({
  id: Type.String(),
  messageId: Type.String(),
  at: Timestamp,
  outcome: Type.Union([
    Type.Literal('delivered'),
    Type.Literal('http_error'),
    Type.Literal('timeout'),
    Type.Literal('network'),
    Type.Literal('refused_address'),
  ]),
  statusCode: Nullable(Type.Integer()),
  durationMs: Type.Integer(),
  response: Nullable(Type.String()),
});
