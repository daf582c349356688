import { presentDevice } from '../../http/routes/devices-view.js';
import { publishHomeEvent } from '../../live/home-events.js';
import { isoAt } from '../../ports.js';
import { insertAlert } from '../../store/alerts-repo.js';
import { withTransaction } from '../../store/db.js';
import { findDeviceSoon } from '../devices-repo.js';
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

function conditionsOf(view: ReturnType<typeof presentDevice>): Set<Condition> {
  const now = new Set<Condition>();
  if (!view.online) now.add('device_offline');
  if (view.health.battery !== null && view.health.battery <= LOW_BATTERY_PERCENT) now.add('battery_low');
  return now;
}

function messageOf(condition: Condition, view: ReturnType<typeof presentDevice>): string {
  const what = KIND_WORDS[view.kind];
  return condition === 'device_offline'
    ? `Your ${what} went offline: no one can be let in until it is back.`
    : `Your ${what}'s battery is at ${view.health.battery} %: replace it soon.`;
}

/** Follows device changes on the bus; answers the stop function. Conditions are remembered per device in memory. */
export function startDeviceAlerts(deps: VisitDeps): () => void {
  const known = new Map<string, Set<Condition>>();
  const queue = new Map<string, Promise<void>>();

  async function evaluate(deviceId: string): Promise<void> {
    const device = await findDeviceSoon(deps.db, deviceId);
    if (!device?.home_id) return;
    const homeId = device.home_id;
    const view = presentDevice(device);
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

  const soon = (deviceId: string) => {
    const next = (queue.get(deviceId) ?? Promise.resolve())
      .then(() => evaluate(deviceId))
      .catch((error: unknown) => deps.log.error({ deviceId, err: String(error) }, 'device alert failed'));
    queue.set(deviceId, next);
  };
  const offStatus = deps.bus.on('device.status', ({ deviceId }) => soon(deviceId));
  const offEvent = deps.bus.on('device.event', ({ deviceId, event }) => {
    if (event.type === 'state' || event.type === 'alarm') soon(deviceId);
  });
  return () => {
    offStatus();
    offEvent();
  };
}
