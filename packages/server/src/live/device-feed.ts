import type { Bus } from '../bus.js';
import { presentDevice } from '../http/routes/devices-view.js';
import { findDeviceSoon } from '../services/devices-repo.js';
import type { Db } from '../store/db.js';
import { publishHomeEvent } from './home-events.js';

// Tells a home's browsers when one of its devices changes: connectivity, bolt, door, alarms, recording, state.
// Heartbeats are left out: they change nothing a dashboard shows (a visit's recording indicator follows the visit).

const SHOWN = new Set(['state', 'bolt', 'door', 'alarm', 'recording', 'hello']);

export function startDeviceFeed(deps: { db: Db; bus: Bus; onError?: (error: unknown) => void }): () => void {
  const announce = (deviceId: string) => {
    findDeviceSoon(deps.db, deviceId).then((device) => {
      if (!device?.home_id) return;
      const view = presentDevice(device);
      publishHomeEvent(deps.bus, device.home_id, {
        type: 'home.device',
        deviceId,
        online: view.online,
        health: view.health,
      });
    }, deps.onError);
  };
  // A device's event and the `state` that follows it usually arrive in one commit (gateway/accept-batch.ts): one
  // frame with the newest health for all changes of one turn of the event loop, read in the statement that also
  // answers the device alerts following the same events (findDeviceSoon).
  const due = new Set<string>();
  const soon = (deviceId: string) => {
    if (due.size === 0) {
      setImmediate(() => {
        for (const id of due) announce(id);
        due.clear();
      });
    }
    due.add(deviceId);
  };
  const offStatus = deps.bus.on('device.status', ({ deviceId }) => soon(deviceId));
  const offEvent = deps.bus.on('device.event', ({ deviceId, event }) => {
    if (SHOWN.has(event.type)) soon(deviceId);
  });
  return () => {
    offStatus();
    offEvent();
  };
}
