import type { AcceptedDevice, Bus } from '../bus.js';
import type { AcceptedRow } from '../gateway/device-store.js';
import { presentDevice } from '../http/routes/devices-view.js';
import { deviceRows } from '../services/devices-repo.js';
import type { Db } from '../store/db.js';
import type { Device } from '../store/schema.js';
import { publishHomeEvent } from './home-events.js';

// Tells a home's browsers when one of its devices changes: connectivity, bolt, door, alarms, recording, state.
// Heartbeats are left out: they change nothing a dashboard shows (a visit's recording indicator follows the visit).

const SHOWN = new Set(['state', 'bolt', 'door', 'alarm', 'recording', 'hello']);

/** A device's view from a row with or without its `state`: presentDevice reads no `state`. */
export function presentRow(row: AcceptedRow): ReturnType<typeof presentDevice> {
  return presentDevice(row as Device);
}

export function startDeviceFeed(deps: { db: Db; bus: Bus; onError?: (error: unknown) => void }): () => void {
  const rows = deviceRows(deps.db);
  const announce = (deviceId: string, carried: AcceptedDevice | undefined) => {
    rows.rowAfter(deviceId, carried).then((device) => {
      if (!device?.home_id) return;
      const view = presentRow(device);
      publishHomeEvent(deps.bus, device.home_id, {
        type: 'home.device',
        deviceId,
        online: view.online,
        health: view.health,
      });
    }, deps.onError);
  };
  // A device's event and the `state` that follows it usually arrive in one commit (gateway/accept-batch.ts): one
  // frame with the newest health for all changes of one turn of the event loop. It comes from the row the accepting
  // statement left (bus.ts AcceptedDevice) when every change of the turn carried one; otherwise from one read, the
  // statement that also answers the device alerts following the same events (findDeviceSoon).
  const due = new Map<string, AcceptedDevice | null>();
  const soon = (deviceId: string, carried: AcceptedDevice | undefined) => {
    if (due.size === 0) {
      setImmediate(() => {
        for (const [id, newest] of due) announce(id, newest ?? undefined);
        due.clear();
      });
    }
    const before = due.get(deviceId);
    const kept = before === null || carried === undefined ? null : before && before.at > carried.at ? before : carried;
    due.set(deviceId, kept);
  };
  const offStatus = deps.bus.on('device.status', ({ deviceId }) => {
    rows.statusChanged(deviceId);
    soon(deviceId, undefined);
  });
  const offEvent = deps.bus.on('device.event', ({ deviceId, event, device }) => {
    if (SHOWN.has(event.type)) soon(deviceId, device);
  });
  return () => {
    offStatus();
    offEvent();
  };
}
