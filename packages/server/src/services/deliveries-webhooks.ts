import type { Db } from '../store/db.js';
import type { DeliveryRow } from '../store/schema-visits.js';
import { enqueueWebhookEvent, type OutboxDeps } from '../webhooks/events.js';

// delivery.created and delivery.assigned (docs/webhooks.md "Events"), written with the delivery's own change.

export function enqueueDeliveryWebhook(
  tx: Db,
  deps: OutboxDeps,
  type: 'delivery.created' | 'delivery.assigned',
  row: DeliveryRow,
): Promise<string | null> {
  const data = {
    deliveryId: row.id,
    externalId: row.external_id,
    homeId: row.home_id,
    status: row.status,
    method: row.method,
    courierId: row.courier_id,
    window: { start: row.window_start, end: row.window_end },
    at: row.updated_at,
  };
  return enqueueWebhookEvent(tx, deps, { organisationId: row.organisation_id, type, data, orderKey: row.id });
}
