import { type ClaimKind, type ClaimResolution, newClaim, resolutionProblem } from '@threshold/core';
import { claimPolicy } from '../../claims-policy.js';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { insertClaim, insertClaimMessage, linkClaimAlerts } from '../../store/claims-repo.js';
import { withTransaction } from '../../store/db.js';
import { ledgerEntriesFor } from '../../store/ledger-repo.js';
import type { ClaimRow } from '../../store/schema-claims.js';
import { findVisitRow } from '../../store/visits-repo.js';
import type { ServiceDeps } from '../deps.js';
import { denied, fail, type Outcome } from '../failure.js';
import { claimFor, organisationOfVisit, relationTo } from './access.js';
import { ASSIGNED_ACCESS_MS, applyStep, authorOf, recordStep } from './steps.js';

// Claims (docs/claims.md): opened by the home's people about a visit of their home, reviewed and decided by platform
// support, read and answered by the visit's carrier or provider. Each function: authorise, run the machine, write.

export interface NewClaim {
  kind: ClaimKind;
  description: string;
  alertIds?: readonly string[] | undefined;
}

const KIND_WORDS: Record<ClaimKind, string> = {
  damage: 'damage',
  missing_item: 'a missing item',
  door_left_open: 'a door left open',
  privacy: 'privacy',
  other: 'a visit',
};

/** The visit's evidence as it stands: its ledger entries (visit and clips) from first to last, and the last hash. */
async function pinEvidence(deps: ServiceDeps, homeId: string, visitId: string) {
  const clips = await deps.db.selectFrom('clips').select('id').where('visit_id', '=', visitId).execute();
  const entries = await ledgerEntriesFor(deps.db, homeId, [visitId, ...clips.map((c) => c.id)]);
  const first = entries[0];
  const last = entries.at(-1);
  if (!first || !last) return null;
  return { fromSeq: first.seq, toSeq: last.seq, headHash: last.hash, entries: entries.length };
}

export async function openClaim(
  deps: ServiceDeps,
  principal: Principal,
  visitId: string,
  input: NewClaim,
): Promise<Outcome<ClaimRow>> {
  if (principal.kind !== 'user') return fail('not-found', 'No such visit');
  const visit = await findVisitRow(deps.db, visitId);
  if (!visit) return fail('not-found', 'No such visit');
  const organisationId = await organisationOfVisit(deps.db, visit);
  const relation = await relationTo(deps.db, principal, { homeId: visit.home_id, organisationId });
  const decision = claimPolicy(principal, relation, 'open');
  // Staff and carriers without a reason to know the visit are told it does not exist.
  if (!decision.allowed)
    return denied(relation.kind === 'home' ? decision : { ...decision, status: 'not-found' }, 'visit');
  const alertIds = [...new Set(input.alertIds ?? [])];
  const cited = alertIds.length
    ? await deps.db
        .selectFrom('alerts')
        .select('id')
        .where('id', 'in', alertIds)
        .where('visit_id', '=', visit.id)
        .execute()
    : [];
  if (cited.length !== alertIds.length)
    return fail('validation', 'Only alerts of the same visit may be cited', { field: 'body.alertIds' });
  const evidence = await pinEvidence(deps, visit.home_id, visit.id);
  if (!evidence) return fail('conflict', 'The visit has no evidence yet; try again in a moment');
  const at = isoAt(deps.clock.now());
  const row: ClaimRow = {
    id: deps.ids.id('claim'),
    home_id: visit.home_id,
    visit_id: visit.id,
    organisation_id: organisationId,
    opened_by: principal.userId,
    kind: input.kind,
    description: input.description,
    state: newClaim().state,
    assignee_id: null,
    assigned_at: null,
    access_until: null,
    resolution: null,
    evidence_from_seq: evidence.fromSeq,
    evidence_to_seq: evidence.toSeq,
    evidence_head_hash: evidence.headHash,
    evidence_entries: evidence.entries,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  return withTransaction(deps.db, async (tx) => {
    await insertClaim(tx, row);
    await linkClaimAlerts(tx, row.id, alertIds);
    const words = KIND_WORDS[input.kind];
    await recordStep(
      tx,
      deps,
      row,
      {
        kind: 'claim.opened',
        data: { kind: input.kind, openedBy: principal.userId, alertIds: alertIds.sort(), evidence },
        customer: `Your claim about ${words} was received; support will review it.`,
        carrier: `The customer opened a claim about ${words} on one of your visits.`,
      },
      at,
    );
    return { ok: true, value: row };
  });
}

export async function postMessage(
  deps: ServiceDeps,
  principal: Principal,
  claimId: string,
  body: string,
): Promise<Outcome<ClaimRow>> {
  const access = await claimFor(deps.db, principal, claimId, 'message');
  if (!access.ok) return access;
  const author = authorOf(principal, access.value);
  return applyStep(deps, access.value, { type: 'message', from: author.role }, (_next, at) => ({
    notice: {
      kind: 'claim.message',
      data: { author },
      customer: author.role === 'customer' ? null : `New message on your claim from ${author.role}.`,
      carrier: author.role === 'carrier' ? null : `New message on a claim about your visit from ${author.role}.`,
    },
    extra: (tx) =>
      insertClaimMessage(tx, {
        id: deps.ids.id('cmsg'),
        claim_id: claimId,
        author_id: author.userId,
        author_role: author.role,
        body,
        at,
      }),
  }));
}

/** Support takes a claim for themselves; it opens the visit's clips to them for ASSIGNED_ACCESS_MS. */
export async function assignClaim(deps: ServiceDeps, principal: Principal, claimId: string) {
  const access = await claimFor(deps.db, principal, claimId, 'assign');
  if (!access.ok || principal.kind !== 'user') return access as Outcome<never>;
  const { claim } = access.value;
  const now = deps.clock.now();
  if (claim.assignee_id && claim.assignee_id !== principal.userId && (claim.access_until ?? '') > isoAt(now))
    return fail('conflict', 'The claim is assigned to someone else', { state: claim.state });
  const until = isoAt(now + ASSIGNED_ACCESS_MS);
  return applyStep(deps, access.value, { type: 'assign', staffId: principal.userId }, (_next, at) => ({
    notice: {
      kind: 'claim.assigned',
      data: { assignee: principal.userId, accessUntil: until },
      customer: `Support is reviewing your claim and may watch the visit's video until ${until}.`,
      carrier: 'Support is reviewing a claim about your visit.',
    },
    changes: { assigned_at: at, access_until: until },
  }));
}

export async function requestInfo(deps: ServiceDeps, principal: Principal, claimId: string, question: string) {
  const access = await claimFor(deps.db, principal, claimId, 'request_info');
  if (!access.ok || principal.kind !== 'user') return access as Outcome<never>;
  return applyStep(deps, access.value, { type: 'request_info', staffId: principal.userId }, (_next, at) => ({
    notice: {
      kind: 'claim.info_requested',
      data: { by: principal.userId },
      customer: `Support needs more information about your claim: ${question}`,
      carrier: 'Support asked the customer for more information about a claim on your visit.',
    },
    extra: (tx) =>
      insertClaimMessage(tx, {
        id: deps.ids.id('cmsg'),
        claim_id: claimId,
        author_id: principal.userId,
        author_role: 'support',
        body: question,
        at,
      }),
  }));
}

const resolutionWords = (r: ClaimResolution) =>
  r.outcome === 'upheld'
    ? `upheld: ${(r.amount.minor / 100).toFixed(2)} ${r.amount.currency}`
    : `rejected: ${r.reason}`;

export async function decideClaim(
  deps: ServiceDeps,
  principal: Principal,
  claimId: string,
  resolution: ClaimResolution,
) {
  const access = await claimFor(deps.db, principal, claimId, 'decide');
  if (!access.ok || principal.kind !== 'user') return access as Outcome<never>;
  const problem = resolutionProblem(resolution);
  if (problem) return fail('validation', problem, { field: 'body' });
  return applyStep(deps, access.value, { type: 'decide', staffId: principal.userId, resolution }, () => ({
    notice: {
      kind: 'claim.resolved',
      data: { by: principal.userId, resolution: { ...resolution } },
      customer: `Your claim was ${resolutionWords(resolution)}.`,
      carrier: `A claim about your visit was ${resolutionWords(resolution)}.`,
    },
  }));
}

export async function closeClaim(deps: ServiceDeps, principal: Principal, claimId: string) {
  const access = await claimFor(deps.db, principal, claimId, 'close');
  if (!access.ok) return access;
  const author = authorOf(principal, access.value);
  return applyStep(deps, access.value, { type: 'close' }, () => ({
    notice: {
      kind: 'claim.closed',
      data: { by: author },
      customer: author.role === 'customer' ? null : 'Your claim is closed.',
      carrier: 'A claim about your visit is closed.',
    },
  }));
}
