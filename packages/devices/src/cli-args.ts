import { parseArgs } from 'node:util';
import type { DeviceKind, Result } from '@threshold/protocol';
import { type Faults, parseFaultArg } from './faults.js';

export type CliCommand =
  | { command: 'provision'; kind: DeviceKind; out: string }
  | {
      command: 'run';
      files: string[];
      mqttUrl: string;
      platformUrl: string;
      control: { host: string; port: number } | null;
      faults: Partial<Faults>;
      /** Where an emulated car stands, parked, when the fleet starts (`--vehicle-at lat,lon`). */
      vehicleAt?: { lat: number; lon: number };
    };

export const USAGE = `usage:
  devices provision lock|camera|vehicle|opener|locker_bank --out <file.json>
  devices run <device.json>... [--mqtt mqtt://127.0.0.1:1884] [--platform http://127.0.0.1:8080]
                               [--control 127.0.0.1:8091] [--fault jam] [--fault clockSkewMs=5000]
                               [--vehicle-at 52.3702,4.8952]`;

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
    const kind = rest[0];
    if (!isProvisionable(kind) || rest.length !== 1)
      return { ok: false, error: `provision ${PROVISIONABLE.join('|')}` };
    if (v.out === undefined) return { ok: false, error: '--out <file.json> is required' };
    return { ok: true, value: { command, kind, out: v.out } };
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
  const mqttUrl = v.mqtt ?? env.THRESHOLD_MQTT_URL ?? env.MQTT_URL ?? DEFAULT_MQTT_URL;
  const platformUrl = v.platform ?? env.THRESHOLD_URL ?? DEFAULT_PLATFORM_URL;
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
      out: { type: 'string' },
      mqtt: { type: 'string' },
      platform: { type: 'string' },
      control: { type: 'string' },
      fault: { type: 'string', multiple: true },
      'vehicle-at': { type: 'string' },
    },
  });
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
