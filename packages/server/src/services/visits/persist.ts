import {
  deliveryStatusForVisit,
  type Effect,
  isTerminal,
  isTerminalDelivery,
  VISIT_ADMITTING_STATUSES,
  type Visit,
} from '@threshold/core';
import { isoAt } from '../../ports.js';
import { insertAlert } from '../../store/alerts-repo.js';
import type { Db } from '../../store/db.js';
import { updateDelivery, updateDeliveryFrom } from '../../store/deliveries-repo.js';
import { appendLedgerMany, type LedgerFact } from '../../store/ledger-repo.js';
import { enqueueNotice } from '../../store/notice-jobs.js';
import type { VisitRow } from '../../store/schema-visits.js';
import { updateVisitRow } from '../../store/visits-repo.js';
import type { ServiceDeps } from '../deps.js';
import { VISIT_STEP_KINDS } from '../notifications/kinds.js';
import { ledgerRecord } from './ledger-data.js';
import { noticeOf } from './notices.js';
import { armVisitTimers, nextDeadline } from './timer-row.js';
import { enqueueVisitWebhooks } from './webhooks.js';

// Writing one transition, all in the caller's transaction (STYLE.md, habit 9): the visit, its ledger facts, its
// alerts, its durable timers and the delivery's status commit together or not at all.

export interface Persisted {
  ledger: { seq: number; kind: string }[];
  alerts: { id: string; kind: string; message: string }[];
  timersSet: boolean;
}

/** The delivery of a visit that is being opened has ended: the whole transition is rolled back. */
export class DeliveryEnded extends Error {}

/**
 * The delivery follows its visit (core deliveryStatusForVisit): the visit's ending is the delivery's. While the visit
 * runs the delivery is `in_progress`, but only from a status that admits a visit, in one statement: an ended delivery
 * is never reopened by a visit, and a visit being opened for one is refused (DESIGN.md "An ended thing opens
 * nothing"). `keep` leaves the delivery as it is (a denied visit superseded by a new arrival).
 */
async function followVisit(tx: Db, row: VisitRow, visit: Visit, at: string, keep: boolean): Promise<void> {
  if (row.delivery_id === null || keep) return;
  const status = deliveryStatusForVisit(visit.state);
  if (isTerminalDelivery(status)) {
    await updateDelivery(tx, row.delivery_id, { status, updated_at: at });
    return;
  }
  // A step within a running visit leaves the delivery `in_progress` (or as another change left it): nothing to write.
  if (row.state !== 'scheduled' && deliveryStatusForVisit(row.state) === status) return;
  const moved = await updateDeliveryFrom(tx, row.delivery_id, VISIT_ADMITTING_STATUSES, { status, updated_at: at });
  if (!moved && row.state === 'scheduled') throw new DeliveryEnded();
}

/** Writes the visit if its row still has `row.version`; the row as written, or null when another write won. */
export async function writeVisit(
  tx: Db,
  deps: ServiceDeps,
  row: VisitRow,
  visit: Visit,
  options: { keepDelivery?: boolean | undefined } = {},
): Promise<VisitRow | null> {
  const at = isoAt(deps.clock.now());
  const changes = {
    state: visit.state,
    open: isTerminal(visit) ? 0 : 1,
    data: JSON.stringify(visit),
    closed_at: isTerminal(visit) ? at : null,
    updated_at: at,
  };
  if (!(await updateVisitRow(tx, row.id, row.version, changes))) return null;
  await followVisit(tx, row, visit, at, options.keepDelivery === true);
  // Arrival, unlock and relock are told to the home's people (docs/notifications.md); endings are told as alerts.
  if (visit.state !== row.state && VISIT_STEP_KINDS[visit.state]) {
    await enqueueNotice(tx, { source: 'visit', visitId: row.id, state: visit.state, homeId: row.home_id }, at);
  }
  return { ...row, ...changes, version: row.version + 1 };
}

/** Ledger facts (with `extra` merged into the fact of that kind), alerts and timers of a transition's effects. */
export async function writeEffects(
  tx: Db,
  deps: ServiceDeps,
  row: Pick<VisitRow, 'id' | 'home_id' | 'delivery_id'>,
  effects: readonly Effect[],
  extra: Partial<Record<string, Record<string, unknown>>> = {},
  /** The visit as the transition left it: its timers, and the customer's notice (`notify_customer`) worded from it. */
  visit: Visit,
  /** The timers the visit held before this step, whose row the store holds now. */
  timersBefore: Visit['timers'],
): Promise<Persisted> {
  const now = deps.clock.now();
  const out: Persisted = { ledger: [], alerts: [], timersSet: false };
  const facts: LedgerFact[] = [];
  for (const e of effects) {
    if (e.type === 'ledger') {
      const data = ledgerRecord({ ...e.data, ...extra[e.kind] });
      facts.push({ homeId: row.home_id, at: isoAt(now), kind: e.kind, subject: row.id, data });
    } else if (e.type === 'alert' || e.type === 'notify_customer') {
      // A transition that raised an alert has told the customer already: its notice would only say it twice.
      const alerted = effects.some((x) => x.type === 'alert');
      const notice = e.type === 'alert' ? e : !alerted ? noticeOf(visit) : null;
      if (!notice) continue;
      const alert = { id: deps.ids.id('alert'), kind: notice.kind, message: notice.message };
      await insertAlert(tx, {
        ...alert,
        home_id: row.home_id,
        visit_id: row.id,
        at: isoAt(now),
        acknowledged_at: null,
      });
      out.alerts.push(alert);
    }
  }
  // All of the visit's timers are one job row, due at the next deadline (timer-row.ts): one statement per step, and
  // none when the step leaves the next deadline where it was (a later timer armed or disarmed, a heartbeat behind
  // another deadline): the row is already due then.
  const timersChanged = effects.some((e) => e.type === 'set_timer' || e.type === 'cancel_timer');
  if (timersChanged && nextDeadline(visit.timers) !== nextDeadline(timersBefore)) {
    out.timersSet = await armVisitTimers(tx, deps, row.id, visit.timers);
  }
  // One head read, one multi-row insert and one head update for all of the transition's facts (same transaction).
  const entries = await appendLedgerMany(tx, facts);
  await enqueueVisitWebhooks(tx, deps, row, facts); // the carrier's webhooks, in this transaction too
  out.ledger = entries.map((entry) => ({ seq: entry.seq, kind: entry.kind }));
  return out;
}
