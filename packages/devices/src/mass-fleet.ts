import type { DeviceKind } from '@threshold/protocol';
import { provision } from './identity.js';
import { type DeviceHandle, startDevice } from './start-device.js';

// Many generated devices in one process, for load (`npm run devices -- --count N`, docs/devices.md "A large fleet";
// `npm run bench -- fleet`). Identities are made fresh at start and the flash lives in memory: a new fleet is new
// devices. Devices start at a bounded rate, half locks and half cameras.

export interface MassFleetOptions {
  count: number;
  mqttUrl: string;
  platformUrl: string;
  /** Devices started per second at most (the connection ramp). */
  rampPerSecond: number;
  /** Each camera sends a load heartbeat this often (camera.ts `loadHeartbeatMs`); 0: none. */
  heartbeatMs: number;
}

export interface MassFleet {
  readonly devices: readonly DeviceHandle[];
  /** Devices whose MQTT session is up now. */
  connected(): number;
  /** Resolves once every device was started (not necessarily connected). */
  readonly started: Promise<void>;
  /**
   * Takes `n` devices off the network without a goodbye, as a power cut would (the `offline` fault: the broker
   * publishes their last will), and keeps them away; returns their ids.
   */
  cut(n: number): string[];
  stop(): Promise<void>;
}

const KINDS: readonly DeviceKind[] = ['lock', 'camera'];
/** Devices are started in small batches so the ramp is smooth without a timer per device. */
const TICK_MS = 50;

export function startMassFleet(o: MassFleetOptions): MassFleet {
  const devices: DeviceHandle[] = [];
  const cutIds = new Set<string>();
  let stopping = false;
  const perTick = Math.max(1, Math.round((o.rampPerSecond * TICK_MS) / 1000));

  async function startOne(i: number): Promise<void> {
    const identity = provision(KINDS[i % KINDS.length]!);
    const camera = o.heartbeatMs > 0 ? { camera: { loadHeartbeatMs: o.heartbeatMs } } : {};
    devices.push(await startDevice(identity, { mqttUrl: o.mqttUrl, platformUrl: o.platformUrl, ...camera }));
  }

  const started = (async () => {
    for (let i = 0; i < o.count && !stopping; i += perTick) {
      const batch = [];
      for (let j = i; j < Math.min(o.count, i + perTick); j++) batch.push(startOne(j));
      await Promise.all([...batch, new Promise((r) => setTimeout(r, TICK_MS))]);
    }
  })();

  return {
    devices,
    started,
    connected: () => devices.reduce((n, d) => n + (d.connected() ? 1 : 0), 0),
    cut(n) {
      const ids: string[] = [];
      for (const d of devices) {
        if (ids.length === n) break;
        if (cutIds.has(d.id)) continue;
        d.faults.set({ offline: true });
        cutIds.add(d.id);
        ids.push(d.id);
      }
      return ids;
    },
    async stop() {
      stopping = true;
      await started;
      await Promise.all(devices.map((d) => d.stop()));
    },
  };
}
