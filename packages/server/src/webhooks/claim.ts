import type { ExpressionBuilder } from 'kysely';
import type { Store } from '../store/db.js';
import type { Database } from '../store/schema.js';
import type { WebhookSendRow } from '../store/schema-webhooks.js';

// Claiming sends, as jobs/claim.ts claims jobs: leased in one statement (SQLite) or under FOR UPDATE SKIP LOCKED
// (PostgreSQL), so two nodes never hold one send at once. Only the head of each (endpoint, order key) line is
// claimable — no earlier send of that line is still pending — so a delivery's events arrive in the order written.

export interface SendClaim {
  nodeId: string;
  now: string;
  lockedUntil: string;
  limit: number;
}

function claimable(now: string) {
  return (eb: ExpressionBuilder<Database, 'webhook_sends'>) =>
    eb.and([
      eb('webhook_sends.status', '=', 'pending'),
      eb('webhook_sends.next_attempt_at', '<=', now),
      eb.or([eb('webhook_sends.locked_until', 'is', null), eb('webhook_sends.locked_until', '<=', now)]),
      eb.not(
        eb.exists(
          eb
            .selectFrom('webhook_sends as earlier')
            .select('earlier.seq')
            .whereRef('earlier.endpoint_id', '=', 'webhook_sends.endpoint_id')
            .whereRef('earlier.order_key', '=', 'webhook_sends.order_key')
            .where('earlier.status', '=', 'pending')
            .whereRef('earlier.seq', '<', 'webhook_sends.seq'),
        ),
      ),
      eb.exists(
        eb
          .selectFrom('webhook_endpoints')
          .select('webhook_endpoints.id')
          .whereRef('webhook_endpoints.id', '=', 'webhook_sends.endpoint_id')
          .where('webhook_endpoints.enabled', '=', 1),
      ),
    ]);
}

export async function claimDueSends(store: Store, o: SendClaim): Promise<WebhookSendRow[]> {
  const lease = { locked_by: o.nodeId, locked_until: o.lockedUntil };
  if (store.dialect === 'postgres') {
    return store.db.transaction().execute(async (tx) => {
      const due = await tx
        .selectFrom('webhook_sends')
        .select('seq')
        .where(claimable(o.now))
        .orderBy('seq')
        .limit(o.limit)
        .forUpdate()
        .skipLocked()
        .execute();
      if (due.length === 0) return [];
      const seqs = due.map((d) => d.seq);
      return tx.updateTable('webhook_sends').set(lease).where('seq', 'in', seqs).returningAll().execute();
    });
  }
  const rows = await store.db
    .updateTable('webhook_sends')
    .set(lease)
    .where('seq', 'in', (eb) =>
      eb.selectFrom('webhook_sends').select('seq').where(claimable(o.now)).orderBy('seq').limit(o.limit),
    )
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.seq - b.seq);
}

/** Sends leased by `nodeId` before a restart belong to nobody now. */
export async function releaseSendLeases(store: Store, nodeId: string): Promise<void> {
  await store.db
    .updateTable('webhook_sends')
    .set({ locked_by: null, locked_until: null })
    .where('locked_by', '=', nodeId)
    .where('status', '=', 'pending')
    .execute();
}
