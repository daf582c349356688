import type { Principal } from '../policy.js';
import type { Db } from '../store/db.js';
import { findDelivery } from '../store/deliveries-repo.js';
import { findMembership } from '../store/organisations-repo.js';
import type { DeliveryRow } from '../store/schema-visits.js';
import { fail, type Outcome } from './failure.js';

// Who may see and act on a delivery (docs/api.md "Scoping"): the carrier that booked it (its API keys with a
// deliveries scope, its staff), and the courier it is assigned to. Everybody else is told it does not exist.

export type DeliveryAction = 'read' | 'write';

const SCOPE: Record<DeliveryAction, readonly string[]> = {
  read: ['deliveries:read', 'deliveries:write'],
  write: ['deliveries:write'],
};

export async function deliveryFor(
  db: Db,
  principal: Principal,
  deliveryId: string,
  action: DeliveryAction,
): Promise<Outcome<DeliveryRow>> {
  if (principal.kind === 'anonymous') return fail('unauthenticated', 'Sign in, or send an API key');
  const delivery = await findDelivery(db, deliveryId);
  const hidden = fail('not-found', 'No such delivery');
  if (!delivery) return hidden;
  if (principal.kind === 'api_key') {
    if (principal.organisationId !== delivery.organisation_id) return hidden;
    const scopes = SCOPE[action];
    if (!principal.scopes.some((s) => scopes.includes(s))) {
      return fail('insufficient-scope', `This API key lacks the scope "${scopes.at(-1)}"`, { scope: scopes.at(-1) });
    }
    return { ok: true, value: delivery };
  }
  const membership = await findMembership(db, delivery.organisation_id, principal.userId);
  if (membership?.role === 'admin' || membership?.role === 'member') {
    return action === 'read' || membership.role === 'admin'
      ? { ok: true, value: delivery }
      : fail('forbidden', 'Only an organisation admin may change a delivery');
  }
  if (delivery.courier_id === principal.userId) {
    return action === 'read' ? { ok: true, value: delivery } : fail('forbidden', 'Couriers do not reassign deliveries');
  }
  return hidden;
}

/** The signed-in courier assigned to the delivery (the only person who may arrive for it). */
export async function assignedDelivery(
  db: Db,
  principal: Principal,
  deliveryId: string,
): Promise<Outcome<DeliveryRow>> {
  if (principal.kind !== 'user') return fail('unauthenticated', 'Sign in as the courier');
  const delivery = await deliveryFor(db, principal, deliveryId, 'read');
  if (!delivery.ok) return delivery;
  if (delivery.value.courier_id !== principal.userId) {
    return fail('forbidden', 'Only the courier assigned to this delivery may do this');
  }
  return delivery;
}
