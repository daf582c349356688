import { decideOperatorOpen } from '@threshold/core';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { withTransaction } from '../../store/db.js';
import {
  approveOpenRequest,
  dueReservations,
  findCompartment,
  findOpenRequest,
  insertOpenRequest,
  listCompartments,
  listOpenRequests,
  openHeldCompartments,
} from '../../store/lockers-repo.js';
import type { OpenRequestRow } from '../../store/schema-lockers.js';
import { fail, type Outcome } from '../failure.js';
import { siteFor } from './access.js';
import { applyLockerEvent, type LockerDeps, sendOperatorOpen } from './steps.js';

// The operator's hand on the compartments (docs/lockers.md "Operator openings") and the expiry round.

export interface OpenRequestResult {
  request: OpenRequestRow;
  sent: number;
}

async function openAll(deps: LockerDeps, compartmentIds: readonly string[]): Promise<number> {
  let sent = 0;
  for (const id of compartmentIds) {
    const compartment = await findCompartment(deps.db, id);
    if (compartment && (await sendOperatorOpen(deps, compartment)) === 'sent') sent++;
  }
  return sent;
}

/**
 * An operator admin asks to open compartments of a site by hand. One opens at once; more wait, refused, until a
 * second admin approves (the two-person rule: never again a whole site opened by one account).
 */
export async function requestOperatorOpen(
  deps: LockerDeps,
  principal: Principal,
  siteId: string,
  input: { compartmentIds: string[]; reason: string },
): Promise<Outcome<OpenRequestResult>> {
  const site = await siteFor(deps.db, principal, siteId, 'manage');
  if (!site.ok) return site;
  if (principal.kind !== 'user') return fail('forbidden', 'Only a signed-in operator admin opens compartments');
  const ids = [...new Set(input.compartmentIds)];
  const own = new Set((await listCompartments(deps.db, siteId)).map((c) => c.id));
  const foreign = ids.find((id) => !own.has(id));
  if (foreign) return fail('not-found', `The site has no compartment ${foreign}`);
  const decision = decideOperatorOpen({ compartments: ids.length, requestedBy: principal.userId, approvedBy: null });
  if (!decision.allowed && !decision.pending) return fail('validation', decision.reason);
  const at = isoAt(deps.clock.now());
  const request: OpenRequestRow = {
    id: deps.ids.id('lko'),
    site_id: siteId,
    compartment_ids: JSON.stringify(ids),
    reason: input.reason,
    requested_by: principal.userId,
    approved_by: null,
    status: decision.allowed ? 'opened' : 'pending',
    created_at: at,
    decided_at: decision.allowed ? at : null,
  };
  await withTransaction(deps.db, (tx) => insertOpenRequest(tx, request));
  return { ok: true, value: { request, sent: decision.allowed ? await openAll(deps, ids) : 0 } };
}

export interface ListedOpenRequest {
  request: OpenRequestRow;
  /** The compartments it names, with their labels, so an approver reads what they approve. */
  compartments: { id: string; label: string }[];
}

/** A site's operator openings for the operator's members (admins approve the pending ones from here). */
export async function listOperatorOpens(
  deps: LockerDeps,
  principal: Principal,
  siteId: string,
  status: OpenRequestRow['status'] | undefined,
): Promise<Outcome<ListedOpenRequest[]>> {
  const site = await siteFor(deps.db, principal, siteId, 'read');
  if (!site.ok) return site;
  const [rows, compartments] = await Promise.all([
    listOpenRequests(deps.db, siteId, status, 100),
    listCompartments(deps.db, siteId),
  ]);
  const labels = new Map(compartments.map((c) => [c.id, c.label]));
  const listed = rows.map((request) => ({
    request,
    compartments: (JSON.parse(request.compartment_ids) as string[]).map((id) => ({ id, label: labels.get(id) ?? '?' })),
  }));
  return { ok: true, value: listed };
}

/** The second admin's approval; the one who asked cannot approve their own request. */
export async function approveOperatorOpen(
  deps: LockerDeps,
  principal: Principal,
  requestId: string,
): Promise<Outcome<OpenRequestResult>> {
  const request = await findOpenRequest(deps.db, requestId);
  if (!request) return fail('not-found', 'No such open request');
  const site = await siteFor(deps.db, principal, request.site_id, 'manage');
  if (!site.ok) return site.error.code === 'forbidden' ? site : fail('not-found', 'No such open request');
  if (principal.kind !== 'user') return fail('forbidden', 'Only a signed-in operator admin approves');
  const ids = JSON.parse(request.compartment_ids) as string[];
  const decision = decideOperatorOpen({
    compartments: ids.length,
    requestedBy: request.requested_by,
    approvedBy: principal.userId,
  });
  if (!decision.allowed) return fail('forbidden', decision.reason);
  const at = isoAt(deps.clock.now());
  if (!(await approveOpenRequest(deps.db, requestId, principal.userId, at))) {
    return fail('conflict', 'The request was already decided');
  }
  const approved: OpenRequestRow = { ...request, status: 'opened', approved_by: principal.userId, decided_at: at };
  return { ok: true, value: { request: approved, sent: await openAll(deps, ids) } };
}

/** Marks every parcel past its pickup period for return (and tells its carrier); returns how many. */
export async function expireDueReservations(deps: LockerDeps, limit = 100): Promise<number> {
  const due = await dueReservations(deps.db, isoAt(deps.clock.now()), limit);
  let expired = 0;
  for (const row of due) if ((await applyLockerEvent(deps, row.id, { type: 'expire' })).ok) expired++;
  return expired;
}

/** Tells the operator of every compartment door that has stood open too long (once per opening); returns how many. */
export async function checkOpenDoors(deps: LockerDeps): Promise<number> {
  const open = await openHeldCompartments(deps.db);
  let told = 0;
  for (const c of open) if ((await applyLockerEvent(deps, c.reservation_id, { type: 'door_check' })).ok) told++;
  return told;
}
