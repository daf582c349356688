import { type AbortReason, liveCapability } from '@threshold/core';
import { publishHomeEvent } from '../../live/home-events.js';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { insertAlert } from '../../store/alerts-repo.js';
import { updateDelivery } from '../../store/deliveries-repo.js';
import { findVisitRow } from '../../store/visits-repo.js';
import { type Failure, fail, type Outcome } from '../failure.js';
import { visitForCourier } from './access.js';
import { capabilityGrant } from './capability.js';
import type { VisitDeps } from './deps.js';
import { doorDevices } from './door-devices.js';
import { recordFact } from './facts.js';
import { fallbackNotice } from './notices.js';
import { type Applied, applyVisitEvent, parseVisit } from './runner.js';

// The courier's other actions on a visit: finish it, leave the parcel another way, give up, or carry the capability
// to a lock that cannot reach the cloud.

export async function completeVisit(deps: VisitDeps, principal: Principal, visitId: string): Promise<Outcome<Applied>> {
  const row = await visitForCourier(deps.db, principal, visitId);
  return row.ok ? applyVisitEvent(deps, visitId, { type: 'complete' }, row.value) : row;
}

export async function abortVisit(
  deps: VisitDeps,
  principal: Principal,
  visitId: string,
  input: { reason: AbortReason; note?: string | undefined },
): Promise<Outcome<Applied>> {
  const row = await visitForCourier(deps.db, principal, visitId);
  if (!row.ok) return row;
  const event = { type: 'abort' as const, reason: input.reason, note: input.note ?? '' };
  return applyVisitEvent(deps, visitId, event, row.value);
}

export type FallbackInput = { method: 'doorstep'; photo: string } | { method: 'reattempt' };

/**
 * After a denial (or instead of asking to open) the visit itself falls back. After a failure that never moved the
 * bolt (the camera did not record, the lock refused) the visit stays failed and the delivery falls back.
 */
export async function fallBack(
  deps: VisitDeps,
  principal: Principal,
  visitId: string,
  input: FallbackInput,
): Promise<Outcome<{ visitId: string }>> {
  const found = await visitForCourier(deps.db, principal, visitId);
  if (!found.ok) return found;
  const row = found.value;
  const visit = parseVisit(row);
  const photo = input.method === 'doorstep' ? input.photo : undefined;
  if (visit.state === 'failed' && !visit.boltMayBeOpen) {
    const data = { method: input.method, photo: photo ?? null, after: visit.reason };
    const notice = { id: deps.ids.id('alert'), ...fallbackNotice(input.method) };
    await recordFact(deps, { homeId: row.home_id, subject: row.id, kind: 'visit.fallback', data }, async (tx) => {
      const at = isoAt(deps.clock.now());
      if (row.delivery_id) await updateDelivery(tx, row.delivery_id, { status: 'fallback', updated_at: at });
      await insertAlert(tx, { ...notice, home_id: row.home_id, visit_id: row.id, at, acknowledged_at: null });
    });
    const { id: alertId, kind, message } = notice;
    publishHomeEvent(deps.bus, row.home_id, { type: 'home.alert', alertId, kind, message, visitId });
    return { ok: true, value: { visitId } };
  }
  const event = { type: 'fallback' as const, method: input.method, ...(photo ? { photo } : {}) };
  const applied = await applyVisitEvent(deps, visitId, event, row);
  return applied.ok ? { ok: true, value: { visitId } } : applied;
}

/**
 * A capability for the courier's phone to hand to a lock that cannot reach the cloud (DESIGN.md "Unlock
 * capability"). Only after the camera confirmed recording, before the bolt moved: exactly when the unlock is due.
 * The request is a visit event, so "one live capability per visit" is decided by the machine and made atomic by the
 * visit's versioned write (core visit-capability.ts); the rest get 409 `capability_live` until it expires.
 */
export async function phoneCapability(
  deps: VisitDeps,
  principal: Principal,
  visitId: string,
): Promise<Outcome<{ capability: string; expiresAt: string; lockId: string }>> {
  const found = await visitForCourier(deps.db, principal, visitId);
  if (!found.ok) return found;
  const { lockId } = await doorDevices(deps.db, found.value.access_point_id);
  if (lockId === null) return fail('conflict', 'No lock is paired to this door');
  const event = { type: 'capability_requested' as const, capability: capabilityGrant(deps) };
  const applied = await applyVisitEvent(deps, visitId, event, found.value);
  if (!applied.ok) return capabilityRefused(deps, visitId, applied.error);
  const cap = applied.value.capability;
  if (!cap) return fail('conflict', 'No lock is paired to this door');
  return { ok: true, value: { capability: cap.token, expiresAt: cap.facts.expiresAt, lockId: cap.facts.lockId } };
}

async function capabilityRefused(deps: VisitDeps, visitId: string, error: Failure): Promise<Outcome<never>> {
  if (error.code !== 'conflict') return { ok: false, error };
  const row = await findVisitRow(deps.db, visitId);
  const visit = row ? parseVisit(row) : undefined;
  const live = visit ? liveCapability(visit, deps.clock.now()) : null;
  if (error.extra?.reason === 'capability_live' && live) {
    return fail('conflict', 'This visit already has a live capability; a new one only once it has expired', {
      reason: 'capability_live',
      expiresAt: isoAt(live.expiresAtMs),
    });
  }
  return fail('conflict', 'A capability is issued only once the camera confirmed recording, before the door opens', {
    reason: 'not_recording',
    state: row?.state ?? 'unknown',
  });
}
