import { type ClaimEvent, type ClaimResolution, type ClaimStatus, claimTransition } from '@threshold/core';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { insertAlert } from '../../store/alerts-repo.js';
import { findClaim, insertClaimNotice, updateClaim } from '../../store/claims-repo.js';
import { type Db, withTransaction } from '../../store/db.js';
import { appendLedger } from '../../store/ledger-repo.js';
import type { ClaimRow } from '../../store/schema-claims.js';
import { enqueueWebhookEvent } from '../../webhooks/events.js';
import type { ServiceDeps } from '../deps.js';
import { fail, type Outcome } from '../failure.js';
import { authorRole, type ClaimAccess } from './access.js';

// One step of a claim (docs/claims.md "Steps"): the pure machine (core claim-machine.ts) decides, then in one
// transaction the row moves (guarded by its version), the step becomes a fact in the home's ledger, the customer is
// told through an alert of the home (which carries its own notification job) and the visit's carrier or provider
// through a claim notice and a `claim.*` webhook event.

/** How long a claim assigned to a support person lets them watch the visit's clips. */
export const ASSIGNED_ACCESS_MS = 24 * 3_600_000;

export const statusOf = (row: ClaimRow): ClaimStatus => ({
  state: row.state as ClaimStatus['state'],
  assignee: row.assignee_id,
  resolution: row.resolution ? (JSON.parse(row.resolution) as ClaimResolution) : null,
});

export interface StepNotice {
  /** `claim.<step>`: the ledger kind, the alert kind (dots as underscores) and the webhook event type. */
  kind: string;
  data: Record<string, unknown>;
  /** What the customer is told, or null when the step is the customer's own. */
  customer: string | null;
  /** What the carrier or provider is told, or null when the step is its own. */
  carrier: string | null;
}

/** Writes a step's fact and notices in `tx`; the claim row is already written. */
export async function recordStep(tx: Db, deps: ServiceDeps, claim: ClaimRow, step: StepNotice, at: string) {
  await appendLedger(tx, {
    homeId: claim.home_id,
    at,
    kind: step.kind,
    subject: claim.id,
    data: { claimId: claim.id, visitId: claim.visit_id, ...step.data },
  });
  if (step.customer !== null) {
    await insertAlert(tx, {
      id: deps.ids.id('alert'),
      home_id: claim.home_id,
      visit_id: claim.visit_id,
      kind: step.kind.replace('.', '_'),
      message: step.customer,
      at,
      acknowledged_at: null,
    });
  }
  if (step.carrier !== null && claim.organisation_id !== null) {
    const notice = { claim_id: claim.id, organisation_id: claim.organisation_id, kind: step.kind };
    await insertClaimNotice(tx, { id: deps.ids.id('cnot'), ...notice, message: step.carrier, at });
    await enqueueWebhookEvent(tx, deps, {
      organisationId: claim.organisation_id,
      type: step.kind,
      data: { claimId: claim.id, visitId: claim.visit_id, state: claim.state, message: step.carrier, at },
      orderKey: claim.id,
    });
  }
}

type Changes = Partial<Pick<ClaimRow, 'assigned_at' | 'access_until'>>;

/** Runs `event` through the machine and, when it is allowed, writes the claim, its fact and its notices. */
export async function applyStep(
  deps: ServiceDeps,
  access: ClaimAccess,
  event: ClaimEvent,
  step: (next: ClaimStatus, at: string) => { notice: StepNotice; changes?: Changes; extra?: (tx: Db) => Promise<void> },
): Promise<Outcome<ClaimRow>> {
  const { claim } = access;
  const moved = claimTransition(statusOf(claim), event);
  if (!moved.ok) return fail('conflict', `This claim cannot do that now: ${moved.reason}`, { state: claim.state });
  const at = isoAt(deps.clock.now());
  const { notice, changes, extra } = step(moved.claim, at);
  return withTransaction(deps.db, async (tx) => {
    const written = await updateClaim(tx, claim, {
      state: moved.claim.state,
      assignee_id: moved.claim.assignee,
      resolution: moved.claim.resolution ? JSON.stringify(moved.claim.resolution) : null,
      updated_at: at,
      ...changes,
    });
    if (!written) return fail('conflict', 'The claim changed meanwhile; read it again');
    const row = (await findClaim(tx, claim.id))!;
    await extra?.(tx);
    await recordStep(tx, deps, row, notice, at);
    return { ok: true, value: row };
  });
}

/** Who a step's author is, as facts name them: a person's id and their side (an API key has no person). */
export function authorOf(principal: Principal, access: ClaimAccess) {
  return {
    role: authorRole(access.relation),
    userId: principal.kind === 'user' ? principal.userId : null,
    keyId: principal.kind === 'api_key' ? principal.keyId : null,
  };
}
