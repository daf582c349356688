import { COMPARTMENT_SIZES, type CompartmentSize, DEFAULT_PICKUP_DAYS, type OpeningHours } from '@threshold/core';
import type { Principal } from '../../policy.js';
import { isoAt } from '../../ports.js';
import { withTransaction } from '../../store/db.js';
import {
  insertBank,
  insertSite,
  listBanks,
  listCompartments,
  listLockerAlerts,
  sizeRank,
} from '../../store/lockers-repo.js';
import type { CompartmentRow, LockerAlertRow, LockerBankRow, LockerSiteRow } from '../../store/schema-lockers.js';
import type { ServiceDeps } from '../deps.js';
import { fail, type Outcome } from '../failure.js';
import { operatorOrganisation, siteFor } from './access.js';
import { storedHours } from './site-hours.js';

// A locker operator's sites and their banks of compartments (docs/lockers.md "Sites").

export interface NewSite {
  organisationId: string;
  name: string;
  lat: number;
  lon: number;
  timeZone: string;
  openingHours: OpeningHours;
  hasCamera: boolean;
  pickupDays?: number | undefined;
}

export async function createSite(
  deps: ServiceDeps,
  principal: Principal,
  input: NewSite,
): Promise<Outcome<LockerSiteRow>> {
  const org = await operatorOrganisation(deps.db, principal, input.organisationId);
  if (!org.ok) return org;
  const hours = storedHours(input.openingHours, input.timeZone);
  if (!hours.ok) return hours;
  const row: LockerSiteRow = {
    id: deps.ids.id('lks'),
    organisation_id: input.organisationId,
    name: input.name,
    lat: input.lat,
    lon: input.lon,
    time_zone: input.timeZone,
    opening_hours: hours.value.text,
    hours: hours.value.hours,
    has_camera: input.hasCamera ? 1 : 0,
    pickup_days: input.pickupDays ?? DEFAULT_PICKUP_DAYS,
    created_at: isoAt(deps.clock.now()),
  };
  await insertSite(deps.db, row);
  return { ok: true, value: row };
}

export interface NewBank {
  name: string;
  deviceId?: string | undefined;
  compartments: { label: string; size: CompartmentSize }[];
}

export async function addBank(
  deps: ServiceDeps,
  principal: Principal,
  siteId: string,
  input: NewBank,
): Promise<Outcome<{ bank: LockerBankRow; compartments: CompartmentRow[] }>> {
  const site = await siteFor(deps.db, principal, siteId, 'manage');
  if (!site.ok) return site;
  const labels = new Set(input.compartments.map((c) => c.label));
  if (labels.size !== input.compartments.length) {
    return fail('validation', 'Compartment labels must be unique', { field: 'body.compartments' });
  }
  const existing = new Set((await listCompartments(deps.db, siteId)).map((c) => c.label));
  const clash = input.compartments.find((c) => existing.has(c.label));
  if (clash) return fail('conflict', `The site already has a compartment labelled ${clash.label}`);
  const at = isoAt(deps.clock.now());
  const bank: LockerBankRow = {
    id: deps.ids.id('lkb'),
    site_id: siteId,
    name: input.name,
    device_id: input.deviceId ?? null,
    created_at: at,
  };
  const compartments: CompartmentRow[] = input.compartments.map((c, i) => ({
    id: deps.ids.id('lkc'),
    site_id: siteId,
    bank_id: bank.id,
    position: i + 1,
    label: c.label,
    size: c.size,
    size_rank: sizeRank(c.size),
    door: 'closed',
    reservation_id: null,
    created_at: at,
  }));
  try {
    await withTransaction(deps.db, (tx) => insertBank(tx, bank, compartments));
  } catch {
    return fail('conflict', 'That device already serves another locker bank');
  }
  return { ok: true, value: { bank, compartments } };
}

export interface SiteDetail {
  site: LockerSiteRow;
  banks: LockerBankRow[];
  compartments: CompartmentRow[];
  alerts: LockerAlertRow[];
  free: Record<CompartmentSize, number>;
}

export async function siteDetail(
  deps: ServiceDeps,
  principal: Principal,
  siteId: string,
): Promise<Outcome<SiteDetail>> {
  const site = await siteFor(deps.db, principal, siteId, 'read');
  if (!site.ok) return site;
  const compartments = await listCompartments(deps.db, siteId);
  const free = Object.fromEntries(COMPARTMENT_SIZES.map((s) => [s, 0])) as Record<CompartmentSize, number>;
  for (const c of compartments) if (c.reservation_id === null && c.door !== 'jammed') free[c.size as CompartmentSize]++;
  return {
    ok: true,
    value: {
      site: site.value,
      banks: await listBanks(deps.db, siteId),
      compartments,
      alerts: await listLockerAlerts(deps.db, siteId, 50),
      free,
    },
  };
}
