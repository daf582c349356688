import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import type { WebhookOutcome } from '../../store/schema-webhooks.js';
import { findMessage, insertSends, listAttempts, messagesSince } from '../../store/webhooks-repo.js';
import { newSend, subscribes } from '../../webhooks/events.js';
import type { ServiceDeps } from '../deps.js';
import { fail, type Outcome } from '../failure.js';
import { endpointFor } from './endpoints.js';

// What the partner can see of its deliveries, and how it asks for them again (docs/webhooks.md "Attempts", "Replay").

export interface WebhookAttempt {
  id: string;
  messageId: string;
  at: string;
  outcome: WebhookOutcome;
  statusCode: number | null;
  durationMs: number;
  response: string | null;
}

const cursorOf = (at: string, id: string) => Buffer.from(`${at}|${id}`).toString('base64url');

function parseCursor(cursor: string): { at: string; id: string } | undefined {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  return at && id && !Number.isNaN(Date.parse(at)) ? { at, id } : undefined;
}

export async function attemptsOf(
  deps: ServiceDeps,
  principal: Principal,
  endpointId: string,
  page: { limit: number; after?: string | undefined },
): Promise<Outcome<{ items: WebhookAttempt[]; nextCursor: string | null }>> {
  const found = await endpointFor(deps, principal, endpointId);
  if (!found.ok) return found;
  const after = page.after === undefined ? undefined : parseCursor(page.after);
  if (page.after !== undefined && !after) {
    return fail('validation', 'after is not a cursor this list gave', { field: 'querystring.after' });
  }
  const rows = await listAttempts(deps.db, endpointId, page.limit + 1, after);
  const items = rows.slice(0, page.limit).map((r) => ({
    id: r.id,
    messageId: r.message_id,
    at: r.at,
    outcome: r.outcome,
    statusCode: r.status_code,
    durationMs: r.duration_ms,
    response: r.response,
  }));
  const last = items[items.length - 1];
  return {
    ok: true,
    value: { items, nextCursor: rows.length > page.limit && last ? cursorOf(last.at, last.id) : null },
  };
}

/** At most this many messages per replay of "everything since". */
export const REPLAY_LIMIT = 1000;

/**
 * Queues one message, or every message of the organisation since an instant that the endpoint subscribes to, again
 * for the endpoint: same `webhook-id`, so a receiver that already processed it recognises it.
 */
export async function replay(
  deps: ServiceDeps,
  principal: Principal,
  endpointId: string,
  what: { messageId?: string | undefined; since?: string | undefined },
): Promise<Outcome<{ replayed: number; messageIds: string[] }>> {
  const found = await endpointFor(deps, principal, endpointId);
  if (!found.ok) return found;
  const endpoint = found.value;
  let messages: { id: string; order_key: string; type: string }[];
  if (what.messageId !== undefined) {
    const message = await findMessage(deps.db, what.messageId);
    if (!message || message.organisation_id !== endpoint.organisation_id) return fail('not-found', 'No such message');
    messages = [message];
  } else if (what.since !== undefined) {
    const since = isoAt(Date.parse(what.since));
    messages = (await messagesSince(deps.db, endpoint.organisation_id, since, REPLAY_LIMIT)).filter((m) =>
      subscribes(endpoint, m.type),
    );
  } else {
    return fail('validation', 'Give messageId or since', { field: 'body' });
  }
  const at = isoAt(deps.clock.now());
  await insertSends(
    deps.db,
    messages.map((m) => newSend(m.id, endpoint.id, m.order_key, at)),
  );
  return { ok: true, value: { replayed: messages.length, messageIds: messages.map((m) => m.id) } };
}
