import { parseArgs } from 'node:util';
import { deviceKindOf, normaliseClaimCode } from '@threshold/protocol';
import type { HostPort } from './kit.js';

// The command line of `npm run conformance` (docs/conformance.md).

export const USAGE = `usage: npm run conformance -- --device <id> [--claim-code XXXX-XXXX-XXXX]
    [--listen 127.0.0.1:1884 | --mqtt mqtt://user:pass@host:port] [--http 127.0.0.1:8080]
    [--key conformance-key.json] [--wait 60] [--json]

  --device      the device under test (lk-… or cam-…)
  --claim-code  the code printed on it, so the kit can pair it (docs/protocol.md §6)
  --listen      run the kit's own broker here (default 127.0.0.1:1884, the platform's default)
  --mqtt        use this broker instead (the kit's client must be allowed every topic)
  --http        take clip uploads here: the device's platform URL (default 127.0.0.1:8080)
  --key         the kit's platform key file, made on first use; reuse it to test a device the kit paired before
  --wait        seconds to wait for the device's first hello (default 60)
  --json        print the report as JSON`;

export interface CliOptions {
  deviceId: string;
  claimCode: string | null;
  mqtt: { listen: HostPort } | { url: string };
  http: HostPort;
  keyFile: string | null;
  waitMs: number;
  json: boolean;
}

export const DEFAULT_LISTEN: HostPort = Object.freeze({ host: '127.0.0.1', port: 1884 });
export const DEFAULT_HTTP: HostPort = Object.freeze({ host: '127.0.0.1', port: 8080 });

/** The options, or a message saying what is wrong with them. */
export function parseCli(argv: readonly string[]): { ok: true; value: CliOptions } | { ok: false; error: string } {
  let v: ReturnType<typeof parse>['values'];
  try {
    v = parse(argv).values;
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  if (v.device === undefined || deviceKindOf(v.device) === null) return { ok: false, error: '--device <lk-…|cam-…>' };
  if (v['claim-code'] !== undefined && normaliseClaimCode(v['claim-code']) === null) {
    return { ok: false, error: '--claim-code must be 12 Crockford base32 characters (XXXX-XXXX-XXXX)' };
  }
  if (v.mqtt !== undefined && v.listen !== undefined) return { ok: false, error: '--listen or --mqtt, not both' };
  const listen = v.listen === undefined ? DEFAULT_LISTEN : hostPort(v.listen);
  const http = v.http === undefined ? DEFAULT_HTTP : hostPort(v.http);
  if (listen === null || http === null) return { ok: false, error: '--listen and --http want host:port' };
  if (v.mqtt !== undefined && !/^(mqtts?|tcp|wss?):\/\//.test(v.mqtt))
    return { ok: false, error: '--mqtt wants a URL' };
  const wait = Number(v.wait ?? 60);
  if (!Number.isFinite(wait) || wait <= 0) return { ok: false, error: '--wait wants a number of seconds' };
  return {
    ok: true,
    value: {
      deviceId: v.device,
      claimCode: v['claim-code'] ?? null,
      mqtt: v.mqtt === undefined ? { listen } : { url: v.mqtt },
      http,
      keyFile: v.key ?? null,
      waitMs: wait * 1000,
      json: v.json === true,
    },
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      device: { type: 'string' },
      'claim-code': { type: 'string' },
      listen: { type: 'string' },
      mqtt: { type: 'string' },
      http: { type: 'string' },
      key: { type: 'string' },
      wait: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
}

function hostPort(s: string): HostPort | null {
  const m = /^\[?([^\]]*?)\]?:(\d{1,5})$/.exec(s);
  const port = Number(m?.[2]);
  return m !== null && port <= 65535 ? { host: m[1] || '127.0.0.1', port } : null;
}
