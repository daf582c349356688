import { type Principal, webhookPolicy } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { findMembership } from '../../store/organisations-repo.js';
import type { WebhookEndpointRow } from '../../store/schema-webhooks.js';
import {
  deleteEndpoint,
  findEndpoint,
  insertEndpoint,
  listEndpoints,
  updateEndpoint,
} from '../../store/webhooks-repo.js';
import { checkHost } from '../../webhooks/address.js';
import { newWebhookSecret } from '../../webhooks/sign.js';
import type { ServiceDeps } from '../deps.js';
import { denied, fail, type Outcome } from '../failure.js';

// Webhook endpoints of an organisation (docs/webhooks.md): register, list, change, remove, rotate the secret.

export const WEBHOOK_SCOPE = 'webhooks:write';
/** How long the secret before a rotation keeps signing next to the new one. */
export const ROTATION_GRACE_MS = 24 * 3_600_000;

export interface WebhookDeps extends ServiceDeps {
  allowPrivate: boolean;
}

export interface WebhookEndpoint {
  id: string;
  organisationId: string;
  url: string;
  description: string;
  eventTypes: string[];
  enabled: boolean;
  /** Why the platform disabled the endpoint (it failed for days), and when; null when it did not. */
  disabled: { reason: string; at: string } | null;
  failingSince: string | null;
  /** Until when the secret before the last rotation still signs too. */
  previousSecretValidUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export function presentEndpoint(row: WebhookEndpointRow, now: number): WebhookEndpoint {
  const graceOpen = row.previous_secret_until !== null && Date.parse(row.previous_secret_until) > now;
  return {
    id: row.id,
    organisationId: row.organisation_id,
    url: row.url,
    description: row.description,
    eventTypes: JSON.parse(row.event_types) as string[],
    enabled: row.enabled === 1,
    disabled: row.disabled_reason && row.disabled_at ? { reason: row.disabled_reason, at: row.disabled_at } : null,
    failingSince: row.failing_since,
    previousSecretValidUntil: graceOpen ? row.previous_secret_until : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** May the principal manage the organisation's webhooks? Keys need `webhooks:write`. */
export async function mayManage(
  deps: ServiceDeps,
  principal: Principal,
  organisationId: string,
): Promise<Outcome<true>> {
  const membership =
    principal.kind === 'user' ? await findMembership(deps.db, organisationId, principal.userId) : undefined;
  const decision = webhookPolicy(principal, organisationId, membership?.role);
  if (!decision.allowed) return denied(decision, 'organisation');
  if (principal.kind === 'api_key' && !principal.scopes.includes(WEBHOOK_SCOPE)) {
    return fail('insufficient-scope', `This API key lacks the scope "${WEBHOOK_SCOPE}"`, { scope: WEBHOOK_SCOPE });
  }
  return { ok: true, value: true };
}

/** The endpoint, when the principal may manage it; another organisation's endpoint is not found. */
export async function endpointFor(
  deps: ServiceDeps,
  principal: Principal,
  endpointId: string,
): Promise<Outcome<WebhookEndpointRow>> {
  const row = await findEndpoint(deps.db, endpointId);
  if (!row) return fail('not-found', 'No such webhook endpoint');
  const allowed = await mayManage(deps, principal, row.organisation_id);
  if (!allowed.ok) return allowed.error.code === 'not-found' ? fail('not-found', 'No such webhook endpoint') : allowed;
  return { ok: true, value: row };
}

/** The organisation a call acts for: the key's own, or the one a signed-in admin names. */
export function organisationOf(principal: Principal, named: string | undefined): Outcome<string> {
  if (principal.kind === 'api_key') {
    if (named !== undefined && named !== principal.organisationId) return fail('not-found', 'No such organisation');
    return { ok: true, value: principal.organisationId };
  }
  if (named === undefined) {
    return fail('validation', 'Name the organisation: organisationId is required when signed in', {
      field: 'organisationId',
    });
  }
  return { ok: true, value: named };
}

/** The URL rule (docs/webhooks.md "Where webhooks may go"): http(s), no credentials, public addresses only. */
export async function checkWebhookUrl(raw: string, allowPrivate: boolean): Promise<Outcome<string>> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('validation', 'url must be an absolute http or https URL', { field: 'body.url' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail('validation', 'url must use https (or http)', { field: 'body.url' });
  }
  if (url.username || url.password) {
    return fail('validation', 'url must not carry a user name or password', { field: 'body.url' });
  }
  const checked = await checkHost(url.hostname, allowPrivate);
  if (!checked.ok) return fail('webhook-url-refused', checked.detail, { reason: checked.reason, field: 'body.url' });
  return { ok: true, value: url.toString() };
}

export interface EndpointInput {
  organisationId?: string | undefined;
  url: string;
  eventTypes: string[];
  description?: string | undefined;
  enabled?: boolean | undefined;
}

export async function createEndpoint(
  deps: WebhookDeps,
  principal: Principal,
  input: EndpointInput,
): Promise<Outcome<{ endpoint: WebhookEndpoint; secret: string }>> {
  const organisationId = organisationOf(principal, input.organisationId);
  if (!organisationId.ok) return organisationId;
  const allowed = await mayManage(deps, principal, organisationId.value);
  if (!allowed.ok) return allowed;
  const url = await checkWebhookUrl(input.url, deps.allowPrivate);
  if (!url.ok) return url;
  const at = isoAt(deps.clock.now());
  const secret = newWebhookSecret();
  const row: WebhookEndpointRow = {
    id: deps.ids.id('whe'),
    organisation_id: organisationId.value,
    url: url.value,
    description: input.description ?? '',
    event_types: JSON.stringify([...new Set(input.eventTypes)].sort()),
    enabled: input.enabled === false ? 0 : 1,
    secret,
    previous_secret: null,
    previous_secret_until: null,
    failing_since: null,
    disabled_reason: null,
    disabled_at: null,
    created_at: at,
    updated_at: at,
  };
  await insertEndpoint(deps.db, row);
  return { ok: true, value: { endpoint: presentEndpoint(row, deps.clock.now()), secret } };
}

export async function listEndpointsFor(
  deps: ServiceDeps,
  principal: Principal,
  named: string | undefined,
): Promise<Outcome<WebhookEndpoint[]>> {
  const organisationId = organisationOf(principal, named);
  if (!organisationId.ok) return organisationId;
  const allowed = await mayManage(deps, principal, organisationId.value);
  if (!allowed.ok) return allowed;
  const rows = await listEndpoints(deps.db, organisationId.value);
  return { ok: true, value: rows.map((r) => presentEndpoint(r, deps.clock.now())) };
}

export async function changeEndpoint(
  deps: WebhookDeps,
  principal: Principal,
  endpointId: string,
  input: Partial<Omit<EndpointInput, 'organisationId'>>,
): Promise<Outcome<WebhookEndpoint>> {
  const found = await endpointFor(deps, principal, endpointId);
  if (!found.ok) return found;
  const at = isoAt(deps.clock.now());
  const changes: Partial<WebhookEndpointRow> = { updated_at: at };
  if (input.url !== undefined) {
    const url = await checkWebhookUrl(input.url, deps.allowPrivate);
    if (!url.ok) return url;
    changes.url = url.value;
  }
  if (input.eventTypes !== undefined) changes.event_types = JSON.stringify([...new Set(input.eventTypes)].sort());
  if (input.description !== undefined) changes.description = input.description;
  if (input.enabled !== undefined) {
    changes.enabled = input.enabled ? 1 : 0;
    // Enabled again by its owner: the platform's notice is answered and the queue resumes at once.
    if (input.enabled && found.value.enabled === 0) {
      Object.assign(changes, { disabled_reason: null, disabled_at: null, failing_since: null });
      await deps.db
        .updateTable('webhook_sends')
        .set({ next_attempt_at: at })
        .where('endpoint_id', '=', endpointId)
        .where('status', '=', 'pending')
        .execute();
    }
  }
  await updateEndpoint(deps.db, endpointId, changes);
  return { ok: true, value: presentEndpoint({ ...found.value, ...changes }, deps.clock.now()) };
}

export async function removeEndpoint(
  deps: ServiceDeps,
  principal: Principal,
  endpointId: string,
): Promise<Outcome<true>> {
  const found = await endpointFor(deps, principal, endpointId);
  if (!found.ok) return found;
  await deleteEndpoint(deps.db, endpointId);
  return { ok: true, value: true };
}

/** A new secret; the one before keeps signing too (two signatures per message) for ROTATION_GRACE_MS. */
export async function rotateSecret(
  deps: ServiceDeps,
  principal: Principal,
  endpointId: string,
): Promise<Outcome<{ endpoint: WebhookEndpoint; secret: string }>> {
  const found = await endpointFor(deps, principal, endpointId);
  if (!found.ok) return found;
  const now = deps.clock.now();
  const secret = newWebhookSecret();
  const changes = {
    secret,
    previous_secret: found.value.secret,
    previous_secret_until: isoAt(now + ROTATION_GRACE_MS),
    updated_at: isoAt(now),
  };
  await updateEndpoint(deps.db, endpointId, changes);
  return { ok: true, value: { endpoint: presentEndpoint({ ...found.value, ...changes }, now), secret } };
}

export async function readEndpoint(
  deps: ServiceDeps,
  principal: Principal,
  endpointId: string,
): Promise<Outcome<WebhookEndpoint>> {
  const found = await endpointFor(deps, principal, endpointId);
  return found.ok ? { ok: true, value: presentEndpoint(found.value, deps.clock.now()) } : found;
}
