import {
  type CompartmentSize,
  closedSiteReason,
  fullSiteReason,
  type LockerReservation,
  newReservation,
  openDuring,
  siteOrder,
} from '@threshold/core';
import { isoAt } from '../../ports.js';
import { withTransaction } from '../../store/db.js';
import { insertDelivery } from '../../store/deliveries-repo.js';
import { appendLedger } from '../../store/ledger-repo.js';
import { findSite, insertReservation, listAllSites, takeCompartment } from '../../store/lockers-repo.js';
import type { Home } from '../../store/schema.js';
import type { CompartmentRow, ReservationRow } from '../../store/schema-lockers.js';
import type { DeliveryRow } from '../../store/schema-visits.js';
import { enqueueDeliveryWebhook } from '../deliveries-webhooks.js';
import type { ServiceDeps } from '../deps.js';
import { fail, type Outcome } from '../failure.js';
import { hoursOf } from './site-hours.js';

// Booking a locker delivery (docs/lockers.md "Booking"): the compartment is reserved with the booking, in its
// transaction. The customer's chosen site is tried first, then every site by distance from the home; a full site,
// or one closed for the whole delivery window, is skipped with its reason, which the delivery carries. No room
// anywhere refuses the booking.

export interface LockerChoice {
  size: CompartmentSize;
  siteId?: string | undefined;
}

export interface LockerBooking {
  delivery: DeliveryRow;
  reservation: ReservationRow;
  compartment: CompartmentRow;
}

export async function bookLockerDelivery(
  deps: ServiceDeps,
  delivery: DeliveryRow,
  home: Pick<Home, 'lat' | 'lon'>,
  choice: LockerChoice,
): Promise<Outcome<LockerBooking>> {
  if (choice.siteId !== undefined && !(await findSite(deps.db, choice.siteId))) {
    return fail('validation', 'No locker site has this id', { field: 'body.locker.siteId' });
  }
  const sites = siteOrder(await listAllSites(deps.db), home, choice.siteId);
  const reservationId = deps.ids.id('lkr');
  const reasons: string[] = [];
  const booked = await withTransaction(deps.db, async (tx) => {
    for (const site of sites) {
      const chosen = site.id === choice.siteId;
      const hours = hoursOf(site);
      if (!openDuring(hours, site.time_zone, Date.parse(delivery.window_start), Date.parse(delivery.window_end))) {
        reasons.push(closedSiteReason({ name: site.name, hours }, chosen));
        continue;
      }
      const compartment = await takeCompartment(tx, site.id, choice.size, reservationId);
      if (!compartment) {
        reasons.push(fullSiteReason(site, choice.size, chosen));
        continue;
      }
      const at = isoAt(deps.clock.now());
      const row: DeliveryRow = { ...delivery, method_reasons: JSON.stringify(reasons) };
      const data: LockerReservation = newReservation(site.pickup_days);
      const reservation: ReservationRow = {
        id: reservationId,
        delivery_id: row.id,
        organisation_id: row.organisation_id,
        home_id: row.home_id,
        site_id: site.id,
        compartment_id: compartment.id,
        holding_compartment_id: compartment.id,
        parcel_size: choice.size,
        status: data.status,
        data: JSON.stringify(data),
        version: 1,
        expires_at: null,
        code_salt: null,
        code_hash: null,
        open_iat: 0,
        created_at: at,
        updated_at: at,
      };
      await insertDelivery(tx, row);
      await insertReservation(tx, reservation);
      await appendLedger(tx, {
        homeId: row.home_id,
        at,
        kind: 'locker.reserved',
        subject: reservationId,
        data: {
          deliveryId: row.id,
          siteId: site.id,
          compartment: compartment.label,
          size: compartment.size,
          skipped: reasons,
        },
      });
      await enqueueDeliveryWebhook(tx, deps, 'delivery.created', row);
      return { delivery: row, reservation, compartment };
    }
    return null;
  });
  if (!booked) {
    return fail('conflict', 'No locker site is open in the delivery window with a free compartment that fits', {
      reasons,
    });
  }
  return { ok: true, value: booked };
}
