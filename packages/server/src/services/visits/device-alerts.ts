import type { AcceptedDevice } from '../../bus.js';
import { presentRow } from '../../live/device-feed.js';
import { publishHomeEvent } from '../../live/home-events.js';
import { isoAt } from '../../ports.js';
import { insertAlert } from '../../store/alerts-repo.js';
import { withTransaction } from '../../store/db.js';
import { deviceRows } from '../devices-repo.js';
import type { VisitDeps } from './deps.js';
import { enqueueDeviceWebhooks } from './device-webhooks.js';
import { recordFact } from './facts.js';

// A lock or camera that cannot serve the door any more is the customer's to know before a courier finds out:
// going offline and a low battery each raise one alert (and a ledger fact) when they begin, not on every report.

/** At or under this the battery is low (the dashboard shows it red from the same level). */
export const LOW_BATTERY_PERCENT = 15;

type Condition = 'device_offline' | 'battery_low';
const KIND_WORDS = {
  lock: 'lock',
  camera: 'camera',
  vehicle: 'car',
  opener: 'garage door opener',
  locker_bank: 'locker bank',
} as const;

function conditionsOf(view: ReturnType<typeof presentRow>): Set<Condition> {
  const now = new Set<Condition>();
  if (!view.online) now.add('device_offline');
  if (view.health.battery !== null && view.health.battery <= LOW_BATTERY_PERCENT) now.add('battery_low');
  return now;
}

function messageOf(condition: Condition, view: ReturnType<typeof presentRow>): string {
  const what = KIND_WORDS[view.kind];
  return condition === 'device_offline'
    ? `Your ${what} went offline: no one can be let in until it is back.`
    : `Your ${what}'s battery is at ${view.health.battery} %: replace it soon.`;
}

/** Follows device changes on the bus; answers the stop function. Conditions are remembered per device in memory. */
export function startDeviceAlerts(deps: VisitDeps): () => void {
  const known = new Map<string, Set<Condition>>();
  const queue = new Map<string, Promise<void>>();

  const rows = deviceRows(deps.db);

  /** `carried`: the row the event's accepting statement left, used unless a status change heard since is newer. */
  async function evaluate(deviceId: string, carried: AcceptedDevice | undefined): Promise<void> {
    const device = await rows.rowAfter(deviceId, carried);
    if (!device?.home_id) return;
    const homeId = device.home_id;
    const view = presentRow(device);
    const now = conditionsOf(view);
    const before = known.get(deviceId) ?? new Set();
    known.set(deviceId, now);
    const subject = { id: deviceId, homeId, kind: view.kind };
    if (before.has('device_offline') && !now.has('device_offline')) {
      await withTransaction(deps.db, (tx) => enqueueDeviceWebhooks(tx, deps, subject, true));
    }
    for (const condition of now) {
      if (before.has(condition)) continue;
      const alert = { id: deps.ids.id('alert'), kind: condition, message: messageOf(condition, view) };
      const data = { alert: condition, deviceId, battery: view.health.battery, online: view.online };
      await recordFact(deps, { homeId, subject: deviceId, kind: 'device.alert', data }, async (tx) => {
        await insertAlert(tx, {
          ...alert,
          home_id: homeId,
          visit_id: null,
          at: isoAt(deps.clock.now()),
          acknowledged_at: null,
        });
        if (condition === 'device_offline') await enqueueDeviceWebhooks(tx, deps, subject, false);
      });
      const { id: alertId, kind, message } = alert;
      publishHomeEvent(deps.bus, homeId, { type: 'home.alert', alertId, kind, message, visitId: null });
    }
  }

  const soon = (deviceId: string, carried?: AcceptedDevice) => {
    const next = (queue.get(deviceId) ?? Promise.resolve())
      .then(() => evaluate(deviceId, carried))
      .catch((error: unknown) => deps.log.error({ deviceId, err: String(error) }, 'device alert failed'));
    queue.set(deviceId, next);
  };
  const offStatus = deps.bus.on('device.status', ({ deviceId }) => {
    rows.statusChanged(deviceId);
    soon(deviceId);
  });
  const offEvent = deps.bus.on('device.event', ({ deviceId, event, device }) => {
    if (event.type === 'state' || event.type === 'alarm') soon(deviceId, device);
  });
  return () => {
    offStatus();
    offEvent();
  };
}
