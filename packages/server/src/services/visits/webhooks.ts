import type { Db } from '../../store/db.js';
import type { LedgerFact } from '../../store/ledger-repo.js';
import type { VisitRow } from '../../store/schema-visits.js';
import { type OutboxDeps, writeWebhookEvents } from '../../webhooks/events.js';

// A delivery's visit announces its steps to the carrier (docs/webhooks.md "Events"), in the transaction that writes
// them (persist.ts writeEffects): each ledger fact below becomes one message, ordered by the delivery's id.

/** Ledger fact kind → webhook event type, and the fact's fields the carrier is told. */
const ANNOUNCED: Record<string, { type: string; fields: readonly string[] }> = {
  'visit.opened': { type: 'visit.arrived', fields: [] },
  'visit.denied': { type: 'visit.denied', fields: ['failed', 'reasons'] },
  'lock.unlocked': { type: 'visit.unlocked', fields: [] },
  'lock.relocked': { type: 'visit.relocked', fields: [] },
  'visit.completed': { type: 'visit.completed', fields: ['insideMs'] },
  'visit.fallback': { type: 'visit.fallback', fields: ['method'] },
  'visit.aborted': { type: 'visit.aborted', fields: ['reason'] },
  'visit.failed': { type: 'visit.failed', fields: ['reason'] },
  'visit.alert': { type: 'visit.alert', fields: ['kind', 'message'] },
};

export async function enqueueVisitWebhooks(
  tx: Db,
  deps: OutboxDeps,
  row: Pick<VisitRow, 'id' | 'delivery_id'>,
  facts: readonly LedgerFact[],
): Promise<void> {
  if (row.delivery_id === null) return;
  const announced = facts.filter((f) => ANNOUNCED[f.kind] !== undefined);
  if (announced.length === 0) return;
  // The delivery and its carrier's endpoints in one read, for all of the transition's events.
  const found = await tx
    .selectFrom('deliveries as d')
    .leftJoin('webhook_endpoints as e', 'e.organisation_id', 'd.organisation_id')
    .select(['d.id', 'd.external_id', 'd.organisation_id', 'e.id as endpoint_id', 'e.enabled', 'e.event_types'])
    .where('d.id', '=', row.delivery_id)
    .execute();
  const delivery = found[0];
  if (!delivery) return;
  const endpoints = found.flatMap((f) =>
    f.endpoint_id === null || f.enabled === null || f.event_types === null
      ? []
      : [{ id: f.endpoint_id, enabled: f.enabled, event_types: f.event_types }],
  );
  const events = announced.map((fact) => {
    const { type, fields } = ANNOUNCED[fact.kind]!;
    const data: Record<string, unknown> = {
      visitId: row.id,
      deliveryId: delivery.id,
      externalId: delivery.external_id,
      at: fact.at,
    };
    for (const field of fields) if (fact.data[field] !== undefined) data[field] = fact.data[field];
    return { organisationId: delivery.organisation_id, type, data, orderKey: delivery.id };
  });
  await writeWebhookEvents(tx, deps, events, endpoints);
}
