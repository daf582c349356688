import type { Result } from '@threshold/protocol';
import type { Faults } from './faults.js';
import { readIdentity } from './identity.js';
import { type DeviceHandle, startDevice } from './start-device.js';

export interface FleetOptions {
  /** Identity files; each device keeps its runtime state next to its file as `<file>.state.json`. */
  files: string[];
  mqttUrl: string;
  platformUrl: string;
  faults?: Partial<Faults>;
  /** Where an emulated car starts, parked (docs/devices.md). */
  vehicleAt?: { lat: number; lon: number } | undefined;
}

export interface Fleet {
  readonly devices: ReadonlyMap<string, DeviceHandle>;
  stop(): Promise<void>;
}

/** Starts several devices in one process; refuses to start any if one identity file is bad. */
export async function startFleet(o: FleetOptions): Promise<Result<Fleet, string>> {
  const identities = [];
  for (const file of o.files) {
    const read = readIdentity(file);
    if (!read.ok) return { ok: false, error: `${file}: ${read.error}` };
    identities.push({ file, identity: read.value });
  }
  const devices = new Map<string, DeviceHandle>();
  for (const { file, identity } of identities) {
    if (devices.has(identity.id)) return { ok: false, error: `${file}: ${identity.id} is listed twice` };
    const { mqttUrl, platformUrl, faults, vehicleAt } = o;
    const vehicle = vehicleAt ? { vehicle: { position: { ...vehicleAt, accuracyM: 4 } } } : {};
    const handle = await startDevice(identity, {
      mqttUrl,
      platformUrl,
      statePath: `${file}.state.json`,
      ...(faults ? { faults } : {}),
      ...vehicle,
    });
    devices.set(identity.id, handle);
  }
  return {
    ok: true,
    value: { devices, stop: async () => void (await Promise.all([...devices.values()].map((d) => d.stop()))) },
  };
}
