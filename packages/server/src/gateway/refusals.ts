import { deviceKindOf } from '@threshold/protocol';
import type { Bus } from '../bus.js';
import { publishHomeEvent } from '../live/home-events.js';
import { type Clock, type Ids, isoAt } from '../ports.js';
import { ledgerRecord } from '../services/visits/ledger-data.js';
import { insertAlert } from '../store/alerts-repo.js';
import { type Db, withTransaction } from '../store/db.js';
import { bumpDeviceWindow } from '../store/device-trust-repo.js';
import { appendLedger } from '../store/ledger-repo.js';
import { deviceEventRef, type GatewayLog } from './log.js';

// Refusals are visible (DESIGN.md "Trust rules"; docs/protocol.md "Refusals"): every refused device message is a row
// the owner and the device maker can read, counted by reason; the rows kept per device are bounded; the home's
// ledger records the first refusal of a window and a burst, never one entry per message; a burst alerts the customer.

export const REFUSAL_LIMITS = {
  /** Rows kept per device in device_rejections; older ones are deleted, their counts kept by reason. */
  keepPerDevice: 200,
  /** Characters of a refused payload kept as evidence. */
  payloadChars: 4096,
  /** The burst window, per device. */
  windowMs: 10 * 60_000,
  /** Refusals in one window that make a burst: one alert and one ledger fact, once per window. */
  burstThreshold: 20,
} as const;

export type RejectionReason =
  | 'unsigned'
  | 'bad_signature'
  | 'replayed'
  | 'malformed'
  | 'unknown_device'
  | 'key_mismatch'
  // The broker refused a publish (acknowledged and dropped) or a subscription (docs/protocol.md, "Broker behaviour").
  | 'foreign_topic'
  | 'wrong_channel'
  | 'bad_status'
  | 'wildcard';

export interface RefusalDeps {
  db: Db;
  clock: Clock;
  ids: Ids;
  log: GatewayLog;
  bus: Pick<Bus, 'emit'>;
}

export interface Refusal {
  deviceId: string;
  topic: string;
  reason: RejectionReason;
  payload: Buffer | string;
}

type Announcement = {
  homeId: string;
  seq: number;
  kind: string;
  alert?: { id: string; kind: string; message: string };
};

async function storeRow(tx: Db, deps: RefusalDeps, r: Refusal, at: string): Promise<void> {
  const payload = (typeof r.payload === 'string' ? r.payload : r.payload.toString('utf8')).slice(
    0,
    REFUSAL_LIMITS.payloadChars,
  );
  const id = deps.ids.id('rej');
  await tx
    .insertInto('device_rejections')
    .values({ id, device_id: r.deviceId, topic: r.topic.slice(0, 512), reason: r.reason, payload, at })
    .execute();
  // Bounded: keep the newest rows of this device only (a paired device could otherwise fill the table).
  await tx
    .deleteFrom('device_rejections')
    .where('device_id', '=', r.deviceId)
    .where('id', 'not in', (eb) =>
      eb
        .selectFrom('device_rejections')
        .select('id')
        .where('device_id', '=', r.deviceId)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(REFUSAL_LIMITS.keepPerDevice),
    )
    .execute();
  await tx
    .insertInto('device_rejection_counts')
    .values({ device_id: r.deviceId, reason: r.reason, count: 1, last_at: at })
    .onConflict((oc) =>
      oc.columns(['device_id', 'reason']).doUpdateSet((eb) => ({
        count: eb('device_rejection_counts.count', '+', 1),
        last_at: eb.ref('excluded.last_at'),
      })),
    )
    .execute();
}

function burstMessage(deviceId: string, count: number): string {
  const kind = deviceKindOf(deviceId) ?? 'device';
  const minutes = REFUSAL_LIMITS.windowMs / 60_000;
  return (
    `Your ${kind} sent ${count} messages the platform refused within ${minutes} minutes. ` +
    'Someone may be tampering with it, or attacking it on your network.'
  );
}

/** The home's ledger fact (and, for a burst, the alert) for this refusal, if it opens a window or makes a burst. */
async function recordOnLedger(
  tx: Db,
  deps: RefusalDeps,
  r: Refusal,
  window: { count: number; windowStart: string },
  at: string,
): Promise<Announcement | null> {
  const burst = window.count === REFUSAL_LIMITS.burstThreshold;
  if (window.count !== 1 && !burst) return null;
  const device = await tx.selectFrom('devices').select('home_id').where('id', '=', r.deviceId).executeTakeFirst();
  const homeId = device?.home_id;
  if (!homeId) return null; // an unpaired device's refusals belong to no home
  const data = { deviceId: r.deviceId, reason: r.reason, windowStart: window.windowStart, count: window.count, burst };
  const entry = await appendLedger(tx, {
    homeId,
    at,
    kind: 'device.refusals',
    subject: r.deviceId,
    data: ledgerRecord(data),
  });
  if (!burst) return { homeId, seq: entry.seq, kind: entry.kind };
  const alert = { id: deps.ids.id('alert'), kind: 'device_refusals', message: burstMessage(r.deviceId, window.count) };
  await insertAlert(tx, { ...alert, home_id: homeId, visit_id: null, at, acknowledged_at: null });
  return { homeId, seq: entry.seq, kind: entry.kind, alert };
}

/** The refused message's correlation id, read from its payload when that is an envelope naming a seq. */
function eventRef(r: Refusal): string {
  try {
    return deviceEventRef(r.deviceId, (JSON.parse(String(r.payload)) as { seq?: unknown } | null)?.seq);
  } catch {
    return deviceEventRef(r.deviceId, undefined);
  }
}

/**
 * Records one refused message: its row (bounded per device), its count by reason, its window; the window's first
 * refusal and its burst go to the home's ledger, and the burst alerts the customer, each once per window.
 */
export async function recordRefusal(deps: RefusalDeps, r: Refusal): Promise<void> {
  const now = deps.clock.now();
  const at = isoAt(now);
  deps.log.warn(
    { deviceId: r.deviceId, topic: r.topic, reason: r.reason, event: eventRef(r) },
    'device message refused',
  );
  deps.bus.emit('device.refused', { deviceId: r.deviceId, reason: r.reason });
  const announced = await withTransaction(deps.db, async (tx) => {
    await storeRow(tx, deps, r, at);
    const window = await bumpDeviceWindow(tx, {
      deviceId: r.deviceId,
      purpose: 'refusal',
      nowIso: at,
      windowStartCutoffIso: isoAt(now - REFUSAL_LIMITS.windowMs),
    });
    return recordOnLedger(tx, deps, r, window, at);
  });
  if (!announced) return;
  publishHomeEvent(deps.bus, announced.homeId, { type: 'home.ledger', seq: announced.seq, kind: announced.kind });
  if (announced.alert) {
    const { id, kind, message } = announced.alert;
    publishHomeEvent(deps.bus, announced.homeId, { type: 'home.alert', alertId: id, kind, message, visitId: null });
  }
}
