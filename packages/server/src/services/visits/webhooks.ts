import type { Db } from '../../store/db.js';
import { findDelivery } from '../../store/deliveries-repo.js';
import type { LedgerFact } from '../../store/ledger-repo.js';
import type { VisitRow } from '../../store/schema-visits.js';
import { enqueueWebhookEvent, type OutboxDeps } from '../../webhooks/events.js';

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
  const delivery = await findDelivery(tx, row.delivery_id);
  if (!delivery) return;
  for (const fact of announced) {
    const { type, fields } = ANNOUNCED[fact.kind]!;
    const data: Record<string, unknown> = {
      visitId: row.id,
      deliveryId: delivery.id,
      externalId: delivery.external_id,
      at: fact.at,
    };
    for (const field of fields) if (fact.data[field] !== undefined) data[field] = fact.data[field];
    await enqueueWebhookEvent(tx, deps, {
      organisationId: delivery.organisation_id,
      type,
      data,
      orderKey: delivery.id,
    });
  }
}
