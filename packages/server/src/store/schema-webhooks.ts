import type { Generated, Selectable } from 'kysely';

// Row types for the tables of migrations/20261202-0006-webhooks.ts (docs/webhooks.md).

export interface WebhookEndpointsTable {
  id: string;
  organisation_id: string;
  url: string;
  description: string;
  /** JSON array of event types; `grant.*` takes every type under `grant.`. */
  event_types: string;
  enabled: number;
  /** `whsec_…`, kept as issued: signing needs the key itself (docs/decisions.md "Webhooks"). */
  secret: string;
  /** The secret before the last rotation, still signing until `previous_secret_until`. */
  previous_secret: string | null;
  previous_secret_until: string | null;
  /** The first failed attempt since the last success; null while the endpoint answers. */
  failing_since: string | null;
  disabled_reason: string | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface WebhookMessagesTable {
  id: string;
  organisation_id: string;
  type: string;
  /** Messages with one key (a delivery's id) reach each endpoint in the order they were written. */
  order_key: string;
  payload: string;
  created_at: string;
}

export type WebhookSendStatus = 'pending' | 'delivered' | 'failed';

export interface WebhookSendsTable {
  seq: Generated<number>;
  message_id: string;
  endpoint_id: string;
  order_key: string;
  status: WebhookSendStatus;
  attempts: number;
  next_attempt_at: string;
  locked_by: string | null;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export type WebhookOutcome = 'delivered' | 'http_error' | 'timeout' | 'network' | 'refused_address';

export interface WebhookAttemptsTable {
  id: string;
  endpoint_id: string;
  message_id: string;
  at: string;
  outcome: WebhookOutcome;
  status_code: number | null;
  duration_ms: number;
  response: string | null;
}

export interface WebhookTables {
  webhook_endpoints: WebhookEndpointsTable;
  webhook_messages: WebhookMessagesTable;
  webhook_sends: WebhookSendsTable;
  webhook_attempts: WebhookAttemptsTable;
}

export type WebhookEndpointRow = Selectable<WebhookEndpointsTable>;
export type WebhookMessageRow = Selectable<WebhookMessagesTable>;
export type WebhookSendRow = Selectable<WebhookSendsTable>;
export type WebhookAttemptRow = Selectable<WebhookAttemptsTable>;
