import type { ApiResult } from '../../api/client.js';
import { fetchReservation, fetchSite, type SiteDetail } from '../../api/lockers.js';
import { lockoutCandidates } from './compartment-state.js';

// A site as its page shows it: the site's detail, and which compartments are locked out now. A lock-out lives on
// the reservation (its alert may be old news once an admin lifted it), so each one an alert names is read again.

export interface SiteView extends SiteDetail {
  /** Compartment id → the reservation locked out in it, for those still locked out. */
  lockedOut: Map<string, string>;
}

export async function loadSite(siteId: string, signal: AbortSignal): Promise<ApiResult<SiteView>> {
  const detail = await fetchSite(siteId, signal);
  if (!detail.ok) return detail;
  const lockedOut = new Map<string, string>();
  const held = new Set(detail.value.compartments.filter((c) => c.occupied).map((c) => c.id));
  const candidates = [...lockoutCandidates(detail.value.alerts)].filter(([compartmentId]) => held.has(compartmentId));
  const reads = await Promise.all(candidates.map(([, reservationId]) => fetchReservation(reservationId, signal)));
  for (const [i, read] of reads.entries()) {
    if (!read.ok) return read;
    const [compartmentId, reservationId] = candidates[i]!;
    const current = read.value.compartment.id === compartmentId && read.value.lockedOut;
    if (current && ['stored', 'expired'].includes(read.value.status)) lockedOut.set(compartmentId, reservationId);
  }
  return { ok: true, value: { ...detail.value, lockedOut } };
}
