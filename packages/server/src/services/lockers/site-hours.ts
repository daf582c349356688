import {
  type Check,
  checkSiteOpen,
  type OpeningHours,
  type OpenPurpose,
  renderOpeningHours,
  validateOpeningHours,
} from '@threshold/core';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import type { Db } from '../../store/db.js';
import { appendLedger } from '../../store/ledger-repo.js';
import { findCompartment, findSite, setSiteHours } from '../../store/lockers-repo.js';
import type { LockerSiteRow, ReservationRow } from '../../store/schema-lockers.js';
import type { ServiceDeps } from '../deps.js';
import { fail, type Outcome } from '../failure.js';
import { siteFor } from './access.js';

// A site's opening hours (docs/lockers.md "Opening hours"): validated when stated, stored as JSON with their
// rendering, and enforced by core's `site_open` check before a parcel's opening: a courier's refused opening is a
// `locker.open_refused` fact on the customer's ledger, a pickup code at a closed site is refused before it is
// compared with anything.

/** The stable reason a closed site's refusal carries (`409`, `reason: "site_closed"`). */
export const SITE_CLOSED = 'site_closed';

export const hoursOf = (site: Pick<LockerSiteRow, 'hours'>): OpeningHours => JSON.parse(site.hours) as OpeningHours;

/** Validated hours as the two columns that store them, or the 400 naming the bad field. */
export function storedHours(hours: OpeningHours, zone: string): Outcome<{ hours: string; text: string }> {
  const valid = validateOpeningHours(hours, zone);
  if (!valid.ok) {
    return fail('validation', `Opening hours: ${valid.error}`, { field: `body.${valid.field.replaceAll('/', '.')}` });
  }
  return { ok: true, value: { hours: JSON.stringify(valid.value), text: renderOpeningHours(valid.value) } };
}

/** An operator admin states a site's hours; they apply from the next opening. */
export async function setOpeningHours(
  deps: ServiceDeps,
  principal: Principal,
  siteId: string,
  hours: OpeningHours,
): Promise<Outcome<LockerSiteRow>> {
  const site = await siteFor(deps.db, principal, siteId, 'manage');
  if (!site.ok) return site;
  const stored = storedHours(hours, site.value.time_zone);
  if (!stored.ok) return stored;
  await setSiteHours(deps.db, siteId, stored.value.hours, stored.value.text);
  return { ok: true, value: { ...site.value, hours: stored.value.hours, opening_hours: stored.value.text } };
}

/** The `site_open` check for a site at `nowMs`. */
export const siteOpenCheck = (site: LockerSiteRow, nowMs: number): Check =>
  checkSiteOpen({ id: site.id, name: site.name, zone: site.time_zone, hours: hoursOf(site) }, nowMs);

/** A closed site's refusal: a conflict whose `reason` is `site_closed` and which says when the site opens. */
export function siteClosed(check: Check) {
  const opensAtMs = check.evidence.opensAtMs as number | null;
  return fail('conflict', check.reason ?? 'The locker site is closed', {
    reason: SITE_CLOSED,
    opensAt: opensAtMs === null ? null : isoAt(opensAtMs),
  });
}

/**
 * A parcel's opening for the courier is refused outside the site's hours before any step is taken; the refusal is a
 * `locker.open_refused` fact with the check, so the customer sees the courier came and why nothing opened.
 */
export async function courierOpenRefusal(
  db: Db,
  row: ReservationRow,
  purpose: OpenPurpose,
  nowMs: number,
): Promise<Outcome<null>> {
  const site = await findSite(db, row.site_id);
  if (!site) return fail('not-found', 'No such locker site');
  const check = siteOpenCheck(site, nowMs);
  if (check.passed) return { ok: true, value: null };
  const compartment = await findCompartment(db, row.compartment_id);
  await appendLedger(db, {
    homeId: row.home_id,
    at: isoAt(nowMs),
    kind: 'locker.open_refused',
    subject: row.id,
    data: { purpose, compartment: compartment?.label ?? null, reason: SITE_CLOSED, check },
  });
  return siteClosed(check);
}
