import { parseArgs } from 'node:util';
import type { DeviceKind, Result } from '@threshold/protocol';
import { type Faults, parseFaultArg } from './faults.js';

export type CliCommand =
  /** One identity file per kind, in order: `provision lock --out a.json camera --out b.json` makes both. */
  | { command: 'provision'; identities: { kind: DeviceKind; out: string }[] }
  | {
      command: 'run';
      files: string[];
      mqttUrl: string;
      platformUrl: string;
      control: { host: string; port: number } | null;
      faults: Partial<Faults>;
      /** Where an emulated car stands, parked, when the fleet starts (`--vehicle-at lat,lon`). */
      vehicleAt?: { lat: number; lon: number };
    }
  | ({ command: 'fleet' } & FleetLoadOptions);

/** `devices --count N`: generated devices for load, in `procs` processes (docs/devices.md, "A large fleet"). */
export interface FleetLoadOptions {
  count: number;
  procs: number;
  /** Devices started per second, over all processes. */
  rampPerSecond: number;
  /** Load heartbeat of every camera (camera.ts `loadHeartbeatMs`); 0: none. */
  heartbeatMs: number;
  mqttUrl: string;
  platformUrl: string;
}

export const USAGE = `usage:
  devices provision lock|camera|vehicle|opener|locker_bank --out <file.json> [<kind> --out <file.json>]...
  devices run <device.json>... [--mqtt mqtt://127.0.0.1:1884] [--platform http://127.0.0.1:8080]
                               [--control 127.0.0.1:8091] [--fault jam] [--fault clockSkewMs=5000]
                               [--vehicle-at 52.3702,4.8952]
  devices --count 10000 [--procs 4] [--ramp 500] [--heartbeat-ms 10000] [--mqtt …] [--platform …]`;

/** Defaults match the platform's embedded broker and HTTP port (README, "Configuration"). */
export const DEFAULT_MQTT_URL = 'mqtt://127.0.0.1:1884';
export const DEFAULT_PLATFORM_URL = 'http://127.0.0.1:8080';

export function parseCli(argv: string[], env: Record<string, string | undefined>): Result<CliCommand, string> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  const [command, ...rest] = parsed.positionals;
  const v = parsed.values;
  if (command === 'provision') {
    if (rest.length === 0 || !rest.every(isProvisionable))
      return { ok: false, error: `provision ${PROVISIONABLE.join('|')}` };
    const outs = v.out ?? [];
    if (outs.length !== rest.length) return { ok: false, error: '--out <file.json> is required for each kind' };
    return { ok: true, value: { command, identities: rest.map((kind, i) => ({ kind, out: outs[i]! })) } };
  }
  const mqttUrl = v.mqtt ?? env.THRESHOLD_MQTT_URL ?? env.MQTT_URL ?? DEFAULT_MQTT_URL;
  const platformUrl = v.platform ?? env.THRESHOLD_URL ?? DEFAULT_PLATFORM_URL;
  if (v.count !== undefined && (command === undefined || command === 'fleet') && rest.length === 0) {
    return fleetLoad(v, mqttUrl, platformUrl);
  }
  if (command !== 'run') return { ok: false, error: USAGE };
  if (rest.length === 0) return { ok: false, error: 'run needs at least one identity file' };
  const faults: Partial<Faults> = {};
  for (const arg of v.fault ?? []) {
    const fault = parseFaultArg(arg);
    if (fault === null) return { ok: false, error: `unknown fault: ${arg}` };
    Object.assign(faults, fault);
  }
  const control = v.control === undefined ? null : parseHostPort(v.control);
  if (control === undefined) return { ok: false, error: '--control wants host:port' };
  const vehicleAt = v['vehicle-at'] === undefined ? undefined : parseLatLon(v['vehicle-at']);
  if (vehicleAt === null) return { ok: false, error: '--vehicle-at wants lat,lon' };
  const run = { command, files: rest, mqttUrl, platformUrl, control, faults } as const;
  return { ok: true, value: vehicleAt ? { ...run, vehicleAt } : run };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', multiple: true },
      mqtt: { type: 'string' },
      platform: { type: 'string' },
      control: { type: 'string' },
      fault: { type: 'string', multiple: true },
      'vehicle-at': { type: 'string' },
      count: { type: 'string' },
      procs: { type: 'string' },
      ramp: { type: 'string' },
      'heartbeat-ms': { type: 'string' },
    },
  });
}

function whole(raw: string | undefined, fallback: number, min: number, max: number): number | null {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  return /^\d+$/.test(raw) && n >= min && n <= max ? n : null;
}

function fleetLoad(
  v: ReturnType<typeof parse>['values'],
  mqttUrl: string,
  platformUrl: string,
): Result<CliCommand, string> {
  const count = whole(v.count, 0, 1, 100_000);
  const procs = whole(v.procs, 1, 1, 64);
  const rampPerSecond = whole(v.ramp, 500, 1, 100_000);
  const heartbeatMs = whole(v['heartbeat-ms'], 10_000, 0, 3_600_000);
  if (count === null) return { ok: false, error: '--count wants 1 to 100000 devices' };
  if (procs === null) return { ok: false, error: '--procs wants 1 to 64' };
  if (rampPerSecond === null) return { ok: false, error: '--ramp wants devices per second (at least 1)' };
  if (heartbeatMs === null) return { ok: false, error: '--heartbeat-ms wants ms (0: no heartbeats)' };
  return { ok: true, value: { command: 'fleet', count, procs, rampPerSecond, heartbeatMs, mqttUrl, platformUrl } };
}

function parseLatLon(s: string): { lat: number; lon: number } | null {
  const [lat, lon] = s.split(',').map(Number);
  const valid = lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return valid && s.split(',').length === 2 ? { lat, lon } : null;
}

function parseHostPort(s: string): { host: string; port: number } | undefined {
  const m = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(s) ?? /^()(\d{1,5})$/.exec(s);
  if (m === null) return undefined;
  const port = Number(m[2]);
  return port <= 65535 ? { host: m[1] || '127.0.0.1', port } : undefined;
}

/** The device kinds `provision` makes an identity for. */
const PROVISIONABLE: readonly DeviceKind[] = ['lock', 'camera', 'vehicle', 'opener', 'locker_bank'];
const isProvisionable = (kind: string | undefined): kind is DeviceKind => PROVISIONABLE.includes(kind as DeviceKind);
