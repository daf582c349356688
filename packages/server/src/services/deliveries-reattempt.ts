import { decideReattempt } from '@threshold/core';
import type { Principal } from '../policy.js';
import { isoAt } from '../ports.js';
import { withTransaction } from '../store/db.js';
import { updateDeliveryFrom } from '../store/deliveries-repo.js';
import { appendLedger } from '../store/ledger-repo.js';
import type { DeliveryRow } from '../store/schema-visits.js';
import { deliveryFor } from './deliveries-access.js';
import type { ServiceDeps } from './deps.js';
import { fail, type Outcome } from './failure.js';

// A carrier's reattempt (core delivery-lifecycle.ts): an ended delivery opens no visit until the carrier explicitly
// reopens it, and that is a fact in the home's ledger. A delivered or cancelled one is never reopened.

const who = (principal: Principal) =>
  principal.kind === 'api_key'
    ? { apiKeyId: principal.keyId }
    : principal.kind === 'user'
      ? { userId: principal.userId }
      : {};

export async function reattemptDelivery(
  deps: ServiceDeps,
  principal: Principal,
  deliveryId: string,
): Promise<Outcome<DeliveryRow>> {
  const found = await deliveryFor(deps.db, principal, deliveryId, 'write');
  if (!found.ok) return found;
  const d = found.value;
  const decided = decideReattempt(d.status, d.courier_id !== null);
  if (!decided.ok) return fail('conflict', decided.message, { reason: decided.reason, status: d.status });
  const at = isoAt(deps.clock.now());
  const changes = { status: decided.status, updated_at: at };
  const moved = await withTransaction(deps.db, async (tx) => {
    // From the status just read only, in one statement: two reattempts at once reopen it once.
    if (!(await updateDeliveryFrom(tx, d.id, [d.status], changes))) return false;
    const data = { from: d.status, to: decided.status, organisationId: d.organisation_id, ...who(principal) };
    await appendLedger(tx, { homeId: d.home_id, at, kind: 'delivery.reattempt', subject: d.id, data });
    return true;
  });
  if (!moved) return fail('conflict', 'The delivery changed meanwhile; read it again', { reason: 'delivery_changed' });
  return { ok: true, value: { ...d, ...changes } };
}
