import type { Clock, Ids } from '../ports.js';
import { isoAt } from '../ports.js';
import type { Db } from '../store/db.js';
import type { WebhookEndpointRow } from '../store/schema-webhooks.js';
import { insertMessages, insertSends, type NewSend } from '../store/webhooks-repo.js';

// The outbox (DESIGN.md "partner events"): a message is written in the transaction of the change it announces, with
// one send row per endpoint that wants it; the dispatcher (dispatcher.ts) delivers them after the commit.

/**
 * Event types an endpoint may subscribe to (docs/webhooks.md "Events"); `grant.*` and `claim.*` cover every type of
 * their prefix.
 */
export const WEBHOOK_EVENT_TYPES = [
  'delivery.created',
  'delivery.assigned',
  'visit.arrived',
  'visit.denied',
  'visit.unlocked',
  'visit.relocked',
  'visit.completed',
  'visit.fallback',
  'visit.aborted',
  'visit.failed',
  'visit.alert',
  'device.offline',
  'device.online',
  'grant.*',
  'claim.opened',
  'claim.message',
  'claim.assigned',
  'claim.info_requested',
  'claim.resolved',
  'claim.closed',
  'claim.*',
  '*',
] as const;

/** What a grant event's type must look like: `grant.` and a lower-case word (`grant.created`, `grant.revoked`). */
export const GRANT_EVENT_TYPE = /^grant\.[a-z_]+$/;

export interface WebhookEvent {
  /** The organisation whose endpoints receive it (for a visit: the carrier of its delivery). */
  organisationId: string;
  type: string;
  data: Record<string, unknown>;
  /** Messages with one key reach each endpoint in the order written (a delivery's or a grant's id). */
  orderKey?: string | undefined;
}

export interface OutboxDeps {
  clock: Clock;
  ids: Ids;
}

export function subscribes(endpoint: Pick<WebhookEndpointRow, 'event_types'>, type: string): boolean {
  const wanted = JSON.parse(endpoint.event_types) as string[];
  return wanted.some((w) => w === '*' || w === type || (w.endsWith('.*') && type.startsWith(w.slice(0, -1))));
}

/** The body as sent and signed: `{ type, timestamp, data }` (Standard Webhooks payload structure). */
export function webhookBody(type: string, at: string, data: Record<string, unknown>): string {
  return JSON.stringify({ type, timestamp: at, data });
}

/** What writing to the outbox needs to know of an organisation's endpoint. */
export type OutboxEndpoint = Pick<WebhookEndpointRow, 'id' | 'enabled' | 'event_types'>;

/** The organisation's endpoints, read in `tx` so the messages written after it match what is registered. */
export function outboxEndpoints(tx: Db, organisationId: string): Promise<OutboxEndpoint[]> {
  return tx
    .selectFrom('webhook_endpoints')
    .select(['id', 'enabled', 'event_types'])
    .where('organisation_id', '=', organisationId)
    .execute();
}

/**
 * Writes an event to the outbox in `tx`, the caller's transaction, so the event exists exactly when the change does.
 * An organisation with no endpoint stores nothing. Answers the message id (the `webhook-id`), or null.
 */
export async function enqueueWebhookEvent(tx: Db, deps: OutboxDeps, event: WebhookEvent): Promise<string | null> {
  const endpoints = await outboxEndpoints(tx, event.organisationId);
  const [id] = await writeWebhookEvents(tx, deps, [event], endpoints);
  return id ?? null;
}

/**
 * Writes events of one organisation to the outbox in `tx`, given its endpoints as read in `tx` (outboxEndpoints):
 * one insert for the messages and one for their sends, in the order given. Nothing when there is no endpoint (a
 * message is kept for replay whenever one exists, subscribed to its type or not). Answers the message ids.
 */
export async function writeWebhookEvents(
  tx: Db,
  deps: OutboxDeps,
  events: readonly WebhookEvent[],
  endpoints: readonly OutboxEndpoint[],
): Promise<string[]> {
  if (endpoints.length === 0 || events.length === 0) return [];
  const at = isoAt(deps.clock.now());
  const messages = events.map((event) => {
    const id = deps.ids.id('msg');
    return {
      id,
      organisation_id: event.organisationId,
      type: event.type,
      order_key: event.orderKey ?? id,
      payload: webhookBody(event.type, at, event.data),
      created_at: at,
    };
  });
  await insertMessages(tx, messages);
  const live = endpoints.filter((e) => e.enabled === 1);
  const sends = messages.flatMap((m) =>
    live.filter((e) => subscribes(e, m.type)).map((e) => newSend(m.id, e.id, m.order_key, at)),
  );
  await insertSends(tx, sends);
  return messages.map((m) => m.id);
}

export function newSend(messageId: string, endpointId: string, orderKey: string, at: string): NewSend {
  return {
    message_id: messageId,
    endpoint_id: endpointId,
    order_key: orderKey,
    status: 'pending',
    attempts: 0,
    next_attempt_at: at,
    locked_by: null,
    locked_until: null,
    created_at: at,
    updated_at: at,
  };
}
