import {
  type LockerAlertKind,
  type LockerEffect,
  type LockerEvent,
  type LockerReservation,
  lockerStep,
} from '@threshold/core';
import { isoAt } from '../../ports.js';
import { insertAlert } from '../../store/alerts-repo.js';
import { type Db, withTransaction } from '../../store/db.js';
import { updateDelivery } from '../../store/deliveries-repo.js';
import { appendLedgerMany, type LedgerFact } from '../../store/ledger-repo.js';
import {
  findBank,
  findCompartment,
  findReservation,
  insertLockerAlert,
  type ReservationChange,
  releaseCompartment,
  updateReservation,
} from '../../store/lockers-repo.js';
import type { CompartmentRow, ReservationRow } from '../../store/schema-lockers.js';
import { enqueueWebhookEvent } from '../../webhooks/events.js';
import type { ServiceDeps } from '../deps.js';
import { fail, type Outcome } from '../failure.js';
import type { BankOpened, LockerBankLink } from './bank-link.js';
import { openParcel, type ParcelOpened } from './parcel-open.js';

// Applies one event to one reservation (docs/lockers.md): load it, let core decide, and write the next reservation
// with its effects in one transaction whose first statement is the compare-and-set on the reservation's version. A
// step that lost the race is tried again on the fresh reservation; a refusal changes nothing.

export type LockerDeps = ServiceDeps & { bank?: LockerBankLink | undefined };

export const reservationOf = (row: ReservationRow): LockerReservation => JSON.parse(row.data) as LockerReservation;

export interface Applied {
  reservation: ReservationRow;
  effects: LockerEffect[];
  compartment: CompartmentRow;
}

const NOTICES = {
  locker_ready: {
    kind: 'left_in_locker',
    text: 'Your parcel is in locker {label} at {site}. Ask the app for your pickup code.',
  },
  locker_expired: {
    kind: 'locker_expired',
    text: 'Your parcel in locker {label} was not collected in time and goes back to the sender.',
  },
  locker_collected: { kind: 'locker_collected', text: 'You collected your parcel from locker {label}.' },
  locker_hold: { kind: 'locker_hold', text: 'Your parcel stays in locker {label} for longer.' },
} as const;

/** An alert to the site's operator about one reservation's compartment (docs/lockers.md "Operator"). */
export async function alertOperator(
  tx: Db,
  deps: ServiceDeps,
  about: { row: ReservationRow; compartment: CompartmentRow; organisationId: string; at: string },
  alert: { kind: LockerAlertKind; detail: string },
): Promise<void> {
  await insertLockerAlert(tx, {
    id: deps.ids.id('lkal'),
    organisation_id: about.organisationId,
    site_id: about.row.site_id,
    compartment_id: about.compartment.id,
    reservation_id: about.row.id,
    kind: alert.kind,
    detail: alert.detail,
    at: about.at,
  });
}

async function writeEffects(
  tx: Db,
  deps: ServiceDeps,
  row: ReservationRow,
  compartment: CompartmentRow,
  effects: readonly LockerEffect[],
  nowMs: number,
): Promise<void> {
  const at = isoAt(nowMs);
  const site = await tx
    .selectFrom('locker_sites')
    .select(['name', 'organisation_id'])
    .where('id', '=', row.site_id)
    .executeTakeFirst();
  const facts: LedgerFact[] = [];
  for (const effect of effects) {
    switch (effect.type) {
      case 'ledger':
        facts.push({
          homeId: row.home_id,
          at,
          kind: effect.kind,
          subject: row.id,
          data: { ...effect.data, deliveryId: row.delivery_id, siteId: row.site_id, compartment: compartment.label },
        });
        break;
      case 'alert':
        await alertOperator(tx, deps, { row, compartment, organisationId: site?.organisation_id ?? '', at }, effect);
        break;
      case 'notify_customer': {
        const notice = NOTICES[effect.notice];
        await insertAlert(tx, {
          id: deps.ids.id('alr'),
          home_id: row.home_id,
          visit_id: null,
          kind: notice.kind,
          message: notice.text.replace('{label}', compartment.label).replace('{site}', site?.name ?? 'the locker site'),
          at,
          acknowledged_at: null,
        });
        break;
      }
      case 'tell_carrier':
        if (effect.event === 'delivery.delivered') {
          await updateDelivery(tx, row.delivery_id, { status: 'delivered', updated_at: at });
        }
        await enqueueWebhookEvent(tx, deps, {
          organisationId: row.organisation_id,
          type: effect.event,
          orderKey: row.delivery_id,
          data: {
            deliveryId: row.delivery_id,
            method: 'locker',
            siteId: row.site_id,
            compartment: compartment.label,
            reservationStatus: row.status,
            at,
          },
        });
        break;
      case 'free_compartment':
        await releaseCompartment(tx, compartment.id, row.id);
        break;
      case 'open_compartment':
        break; // sent after the commit (openAfterCommit)
    }
  }
  if (facts.length > 0) await appendLedgerMany(tx, facts);
}

/** Sends the open command of a committed step to the compartment's bank, recorded first where the site has a camera. */
export async function openAfterCommit(deps: LockerDeps, applied: Applied): Promise<Outcome<ParcelOpened | null>> {
  const open = applied.effects.find(
    (e): e is Extract<LockerEffect, { type: 'open_compartment' }> => e.type === 'open_compartment',
  );
  if (!open) return { ok: true, value: null };
  return openParcel(deps, applied.reservation, applied.compartment, open.purpose);
}

/** An operator's opening (docs/lockers.md "Operator openings"): no capability, the signed command alone. */
export async function sendOperatorOpen(deps: LockerDeps, compartment: CompartmentRow): Promise<BankOpened> {
  const bank = await findBank(deps.db, compartment.bank_id);
  if (!bank?.device_id || !deps.bank) return 'offline';
  return deps.bank.open({
    deviceId: bank.device_id,
    position: compartment.position,
    purpose: 'operator',
    reservationId: compartment.reservation_id,
    capability: null,
  });
}

/**
 * The `iat` of an opening's capability: now, or one second past the reservation's last opening when that is not
 * older (two openings in one second, or a node whose clock is a little behind). The bank keeps the newest `iat` per
 * reservation and refuses an equal one with another nonce as `superseded` (docs/protocol-locker.md §3); written in
 * the step's compare-and-set, so two openings never share one. It runs ahead of the clock only by the openings of
 * one second, well inside the bank's skew.
 */
const nextOpenIat = (row: ReservationRow, nowMs: number) =>
  Math.max(Math.floor(nowMs / 1000), Number(row.open_iat) + 1);

/**
 * One event on one reservation. `extra` writes columns that go with the step (a code's hash) in the same
 * compare-and-set.
 */
export async function applyLockerEvent(
  deps: LockerDeps,
  reservationId: string,
  event: LockerEvent | ((row: ReservationRow, compartment: CompartmentRow) => LockerEvent),
  extra: (row: ReservationRow) => ReservationChange = () => ({}),
): Promise<Outcome<Applied>> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const row = await findReservation(deps.db, reservationId);
    if (!row) return fail('not-found', 'No such locker reservation');
    const compartment = await findCompartment(deps.db, row.compartment_id);
    if (!compartment) return fail('not-found', 'The reservation has no compartment');
    const nowMs = deps.clock.now();
    const step = lockerStep(reservationOf(row), typeof event === 'function' ? event(row, compartment) : event, nowMs);
    if (!step.ok) return fail('conflict', `Refused: ${step.reason}`, { reason: step.reason, status: row.status });
    const next = step.reservation;
    const opens = step.effects.some((e) => e.type === 'open_compartment');
    const change: ReservationChange & { updated_at: string } = {
      status: next.status,
      data: JSON.stringify(next),
      expires_at: next.expiresAtMs === null ? null : isoAt(next.expiresAtMs),
      ...(step.effects.some((e) => e.type === 'free_compartment') ? { holding_compartment_id: null } : {}),
      ...(opens ? { open_iat: nextOpenIat(row, nowMs) } : {}),
      ...extra(row),
      updated_at: isoAt(nowMs),
    };
    const written = await withTransaction(deps.db, async (tx) => {
      if (!(await updateReservation(tx, row.id, row.version, change))) return null;
      const updated = { ...row, ...change, version: row.version + 1 };
      await writeEffects(tx, deps, updated, compartment, step.effects, nowMs);
      return updated;
    });
    if (written) return { ok: true, value: { reservation: written, effects: step.effects, compartment } };
  }
  return fail('conflict', 'The reservation is changing; try again');
}
